// Writes src/features/map/base-map/uk-base-map.json: the coastlines of the United Kingdom, Ireland,
// the Isle of Man and the Channel Islands from Natural Earth (public domain, through the world-atlas
// package's 1:50m TopoJSON), and the UK's main cities from Haven's own gazetteer
// (backend/src/main/resources/geo/places.csv). The map draws them when no map tiles can be had.
// Run once after changing either source: `node scripts/build-base-map.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const here = new URL('..', import.meta.url);
const world = require('world-atlas/countries-50m.json');

/** ISO 3166 numeric codes: UK, Ireland, Isle of Man, Jersey, Guernsey. */
const COUNTRIES = new Set(['826', '372', '833', '832', '831']);
const CITIES = [
  'London',
  'Birmingham',
  'Manchester',
  'Leeds',
  'Liverpool',
  'Newcastle upon Tyne',
  'Sheffield',
  'Bristol',
  'Nottingham',
  'Leicester',
  'Southampton',
  'Plymouth',
  'Norwich',
  'Cambridge',
  'Exeter',
  'Kingston upon Hull',
  'York',
  'Glasgow',
  'Edinburgh',
  'Aberdeen',
  'Inverness',
  'Dundee',
  'Cardiff',
  'Swansea',
  'Belfast',
  'Londonderry',
];

const round = (value) => Math.round(value * 1000) / 1000;
const roundRing = (ring) => ring.map(([lon, lat]) => [round(lon), round(lat)]);

const outlines = feature(world, world.objects.countries)
  .features.filter((country) => COUNTRIES.has(String(country.id)))
  .map((country) => {
    const { type, coordinates } = country.geometry;
    const polygons = type === 'Polygon' ? [coordinates] : coordinates;
    return polygons.map((polygon) => polygon.map(roundRing));
  })
  .flat();

const places = new Map(
  readFileSync(new URL('../backend/src/main/resources/geo/places.csv', here), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter((fields) => fields.length >= 3)
    .map(([name, lat, lon]) => [name, [round(Number(lat)), round(Number(lon))]]),
);
const cities = CITIES.map((name) => {
  const position = places.get(name);
  if (!position) throw new Error(`${name} is not in the gazetteer`);
  return { name, lat: position[0], lon: position[1] };
});

const baseMap = {
  source: 'Coastlines: Natural Earth 1:50m (public domain) via world-atlas 2.0.2; cities: Haven gazetteer',
  polygons: outlines,
  cities,
};
writeFileSync(new URL('src/features/map/base-map/uk-base-map.json', here), JSON.stringify(baseMap) + '\n');
console.log(`${outlines.length} polygons, ${cities.length} cities`);
