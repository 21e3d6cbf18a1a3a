import { CircleMarker, Pane, Polygon, Tooltip } from 'react-leaflet';
import baseMap from '../base-map/uk-base-map.json';

type BaseMapData = { polygons: number[][][][]; cities: { name: string; lat: number; lon: number }[] };

const data = baseMap as BaseMapData;
/** GeoJSON rings are longitude first; Leaflet takes latitude first. */
const polygons = data.polygons.map((polygon) =>
  polygon.map((ring) => ring.map(([lon, lat]) => [lat!, lon!] as [number, number])),
);

const LAND = { color: '#7a8691', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 };
const CITY = { color: '#4a5360', weight: 1, fillColor: '#4a5360', fillOpacity: 1 };

/**
 * The UK's coastline (Natural Earth, public domain) under the tiles, so the marks have a place when
 * no tile can be had (no tile server, no internet, a blocked host); with tiles, they cover it. The
 * main cities are named only when the tiles are missing (the tiles name them otherwise).
 */
export function BaseMap({ showCities }: { showCities: boolean }) {
  return (
    <>
      {/* Below Leaflet's tile pane (map.css): the tiles, when they load, hide the outline. */}
      <Pane name="base-map">
        {polygons.map((polygon, index) => (
          <Polygon key={index} positions={polygon} pathOptions={LAND} interactive={false} />
        ))}
      </Pane>
      {showCities &&
        data.cities.map((city) => (
          <CircleMarker key={city.name} center={[city.lat, city.lon]} radius={2} pathOptions={CITY} interactive={false}>
            <Tooltip permanent direction="right" className="map-city-label">
              {city.name}
            </Tooltip>
          </CircleMarker>
        ))}
    </>
  );
}
