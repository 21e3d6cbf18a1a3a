import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, MapContainer, Polyline, Popup, TileLayer, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { Link } from 'react-router';
import { IsolatedText } from '../../../lib/i18n';
import type { ClusterMarker, LatLon, MapLayers } from '../map-layers';
import type { MapTiles, MapView } from '../types';
import { BaseMap } from './BaseMap';
import { useMapWords } from './map-words';

/** Great Britain and Northern Ireland: where the map opens (a step further out on a phone). */
const UK_CENTRE: LatLon = [54.5, -3];
const UK_ZOOM = 6;
const UK_ZOOM_NARROW = 5;

type MapCanvasProps = {
  layers: MapLayers;
  /** Groups of points, when the server counted instead of pinning; drawn instead of the layers' pins. */
  clusters: ClusterMarker[];
  /** Where to look now (a group chosen in the list); null to stay where the person is. */
  focus: [LatLon, LatLon] | null;
  /** Told the part of the map on screen when the map opens and after every move. */
  onView: (view: MapView) => void;
  /** Null while unknown or when they could not be had: the markers are drawn all the same. */
  tiles: MapTiles | null;
};

/**
 * The Leaflet map itself. Loaded only on the map page (Leaflet and its CSS are a chunk of their
 * own). The tiles are asked for with a referrer (the app otherwise sends none; OpenStreetMap's
 * tile policy requires one).
 */
export function MapCanvas({ layers, clusters, focus, onView, tiles }: MapCanvasProps) {
  const words = useMapWords();
  const [tilesFailed, setTilesFailed] = useState(false);
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
  const zoom = window.matchMedia?.('(max-width: 40rem)').matches ? UK_ZOOM_NARROW : UK_ZOOM;
  return (
    <MapContainer className="map-canvas" scrollWheelZoom={false} center={UK_CENTRE} zoom={zoom}>
      <BaseMap showCities={!tiles || tilesFailed} />
      {tiles && (
        <TileLayer
          url={tiles.tileUrl}
          attribution={tiles.attribution}
          referrerPolicy="strict-origin-when-cross-origin"
          eventHandlers={{ tileerror: () => setTilesFailed(true) }}
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
      {clusters.map((marker) => (
        <ClusterCircle key={`${marker.cluster.lat},${marker.cluster.lon}`} marker={marker} />
      ))}
      <ViewReporter onView={onView} />
      <Focus bounds={focus} />
      <TranslatedControls />
    </MapContainer>
  );
}

/** A group: a white circle with its count; a click looks closer at it. */
function ClusterCircle({ marker }: { marker: ClusterMarker }) {
  const map = useMap();
  const words = useMapWords();
  return (
    <CircleMarker
      center={marker.position}
      radius={marker.radius}
      pathOptions={marker.style}
      eventHandlers={{ click: () => map.fitBounds(marker.bounds, { maxZoom: map.getZoom() + 3 }) }}
    >
      <Tooltip permanent direction="center" className="map-cluster-label">
        {words.clusterCount(marker)}
      </Tooltip>
    </CircleMarker>
  );
}

/** Reports the area on screen once the map has its size, and after every pan or zoom. */
function ViewReporter({ onView }: { onView: (view: MapView) => void }) {
  const report = useRef(onView);
  useEffect(() => {
    report.current = onView;
  });
  const map = useMapEvents({ moveend: () => report.current(viewOf(map)) });
  useEffect(() => {
    map.whenReady(() => report.current(viewOf(map)));
  }, [map]);
  return null;
}

function viewOf(map: ReturnType<typeof useMap>): MapView {
  const bounds = map.getBounds();
  return {
    south: bounds.getSouth(),
    west: bounds.getWest(),
    north: bounds.getNorth(),
    east: bounds.getEast(),
    zoom: map.getZoom(),
  };
}

/** Moves the map to a group chosen in the list beside it. */
function Focus({ bounds }: { bounds: [LatLon, LatLon] | null }) {
  const map = useMap();
  useEffect(() => {
    if (bounds) map.fitBounds(bounds, { maxZoom: 13 });
  }, [map, bounds]);
  return null;
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
        <p>
          <IsolatedText>{text}</IsolatedText>
        </p>
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
