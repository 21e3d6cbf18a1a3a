import 'leaflet/dist/leaflet.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, MapContainer, Polyline, Popup, TileLayer, useMap } from 'react-leaflet';
import { Link } from 'react-router';
import type { LatLon, MapLayers } from '../map-layers';
import type { MapTiles } from '../types';
import { useMapWords } from './map-words';

/** Most of Great Britain, for a map with nothing on it yet. */
const UK_CENTRE: LatLon = [54.5, -3];
const UK_ZOOM = 5;

type MapCanvasProps = {
  layers: MapLayers;
  /** Where to look at first (everything there is, whatever the filters). */
  bounds: [LatLon, LatLon] | null;
  /** Null while unknown or when they could not be had: the markers are drawn all the same. */
  tiles: MapTiles | null;
};

/**
 * The Leaflet map itself. Loaded only on the map page (Leaflet and its CSS are a chunk of their
 * own). The tiles are asked for with a referrer (the app otherwise sends none; OpenStreetMap's
 * tile policy requires one).
 */
export function MapCanvas({ layers, bounds, tiles }: MapCanvasProps) {
  const words = useMapWords();
  const view = bounds
    ? { bounds, boundsOptions: { padding: [24, 24] as [number, number], maxZoom: 11 } }
    : { center: UK_CENTRE, zoom: UK_ZOOM };
  return (
    <MapContainer className="map-canvas" scrollWheelZoom={false} {...view}>
      {tiles && (
        <TileLayer
          url={tiles.tileUrl}
          attribution={tiles.attribution}
          referrerPolicy="strict-origin-when-cross-origin"
        />
      )}
      {layers.lines.map((layer) => (
        <Polyline key={layer.line.id} positions={layer.positions} pathOptions={layer.style}>
          <Popup>
            <p className="map-popup__title">{words.lineKind(layer.line.kind)}</p>
            <p>{words.lineText(layer)}</p>
            <p>
              <Link to={words.lineLink(layer.line)}>{words.lineLinkText(layer.line.kind)}</Link>
            </p>
          </Popup>
        </Polyline>
      ))}
      {layers.offers.map((marker) => (
        <CircleMarker key={marker.offer.id} center={marker.position} radius={marker.radius} pathOptions={marker.style}>
          <Popup>
            <p className="map-popup__title">
              <bdi>{marker.offer.title}</bdi>
            </p>
            <p>{words.offerText(marker.offer)}</p>
            <p>
              <Link to={words.hostLink(marker.offer.hostId)}>{words.hostLinkText}</Link>
            </p>
          </Popup>
        </CircleMarker>
      ))}
      {layers.families.map((marker) => (
        <CircleMarker
          key={marker.family.id}
          center={marker.position}
          radius={marker.radius}
          pathOptions={marker.style}
        >
          <Popup>
            <p className="map-popup__title">
              <bdi>{marker.family.reference}</bdi>
            </p>
            <p>{words.familyText(marker.family)}</p>
            <p>
              <Link to={words.familyLink(marker.family.id)}>{words.familyLinkText}</Link>
            </p>
          </Popup>
        </CircleMarker>
      ))}
      <TranslatedControls />
    </MapContainer>
  );
}

/** Leaflet's zoom buttons say "Zoom in" in English; this gives them the reader's language. */
function TranslatedControls() {
  const { t } = useTranslation();
  return <ZoomLabels zoomIn={t('map.zoomIn')} zoomOut={t('map.zoomOut')} />;
}

function ZoomLabels({ zoomIn, zoomOut }: { zoomIn: string; zoomOut: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    for (const [selector, label] of [
      ['.leaflet-control-zoom-in', zoomIn],
      ['.leaflet-control-zoom-out', zoomOut],
    ] as const) {
      const button = container.querySelector(selector);
      button?.setAttribute('title', label);
      button?.setAttribute('aria-label', label);
    }
  }, [map, zoomIn, zoomOut]);
  return null;
}
