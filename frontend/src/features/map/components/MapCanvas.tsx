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
  const marks = [
    ...layers.offers.map((marker) => ({
      key: marker.offer.id,
      marker,
      popup: {
        title: marker.offer.title,
        text: words.offerText(marker.offer),
        to: words.hostLink(marker.offer.hostId),
        linkText: words.hostLinkText,
      },
    })),
    ...layers.families.map((marker) => ({
      key: marker.family.id,
      marker,
      popup: {
        title: marker.family.reference,
        text: words.familyText(marker.family),
        to: words.familyLink(marker.family.id),
        linkText: words.familyLinkText,
      },
    })),
  ];
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
          <InfoPopup
            title={words.lineKind(layer.line.kind)}
            text={words.lineText(layer)}
            to={words.lineLink(layer.line)}
            linkText={words.lineLinkText(layer.line.kind)}
          />
        </Polyline>
      ))}
      {marks.map(({ key, marker, popup }) => (
        <CircleMarker key={key} center={marker.position} radius={marker.radius} pathOptions={marker.style}>
          <InfoPopup {...popup} />
        </CircleMarker>
      ))}
      <TranslatedControls />
    </MapContainer>
  );
}

type InfoPopupProps = { title: string; text: string; to: string; linkText: string };

/** What a mark or line stands for and a link to it, in the page's direction (the map is left-to-right). */
function InfoPopup({ title, text, to, linkText }: InfoPopupProps) {
  const { i18n } = useTranslation();
  return (
    <Popup>
      <div dir={i18n.dir()}>
        <p className="map-popup__title">
          <bdi>{title}</bdi>
        </p>
        <p>{text}</p>
        <p>
          <Link to={to}>{linkText}</Link>
        </p>
      </div>
    </Popup>
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
