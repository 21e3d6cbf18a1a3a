import { describe, expect, it } from 'vitest';
import baseMap from './uk-base-map.json';

const data = baseMap as { polygons: number[][][][]; cities: { name: string; lat: number; lon: number }[] };
const points = data.polygons.flat(2) as unknown as [number, number][];

describe('the bundled base map', () => {
  it('outlines the UK and Ireland from the Channel Islands to Shetland', () => {
    const lats = points.map(([, lat]) => lat);
    const lons = points.map(([lon]) => lon);
    expect(Math.min(...lats)).toBeLessThan(49.5); // Jersey
    expect(Math.max(...lats)).toBeGreaterThan(60.5); // Unst, Shetland
    expect(Math.min(...lons)).toBeLessThan(-10); // the west of Ireland
    expect(Math.max(...lons)).toBeGreaterThan(1.6); // Lowestoft
    expect(points.every(([lon, lat]) => lat > 49 && lat < 61 && lon > -11 && lon < 2)).toBe(true);
  });

  it('names the four capitals at their places', () => {
    const city = (name: string) => data.cities.find((entry) => entry.name === name);
    expect(city('London')).toMatchObject({
      lat: expect.closeTo(51.51, 1) as unknown,
      lon: expect.closeTo(-0.13, 1) as unknown,
    });
    expect(city('Edinburgh')).toMatchObject({ lat: expect.closeTo(55.95, 1) as unknown });
    expect(city('Cardiff')).toMatchObject({ lon: expect.closeTo(-3.18, 1) as unknown });
    expect(city('Belfast')).toMatchObject({ lat: expect.closeTo(54.6, 1) as unknown });
  });
});
