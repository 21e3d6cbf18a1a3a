import { describe, expect, it } from 'vitest';
import { FAMILY_RADIUS, LINE_STYLE, OFFER_STYLE, clusterMarkers, mapLayers } from './map-layers';
import { clusteredData, mapData } from './test-data';
import { ALL_SHOWN } from './types';

describe('map data to what the map draws', () => {
  it('makes a marker per offer and family at its place, and a line per proposal or placement with both ends', () => {
    const layers = mapLayers(mapData, ALL_SHOWN);

    expect(layers.offers.map((marker) => [marker.offer.id, marker.position])).toEqual([
      ['o-1', [53.8, -1.55]],
      ['o-2', [51.45, -2.6]],
    ]);
    expect(layers.families.map((marker) => [marker.family.id, marker.position, marker.radius])).toEqual([
      ['f-1', [53.79, -1.75], FAMILY_RADIUS.CRITICAL],
      ['f-2', [51.5, -0.12], FAMILY_RADIUS.NORMAL],
      ['f-3', [51.48, -3.18], FAMILY_RADIUS.HIGH],
    ]);
    expect(layers.lines.map((layer) => [layer.line.id, layer.positions])).toEqual([
      [
        'p-1',
        [
          [53.79, -1.75],
          [53.8, -1.55],
        ],
      ],
      [
        'pl-1',
        [
          [51.48, -3.18],
          [51.45, -2.6],
        ],
      ],
    ]);
  });

  it('tells kinds apart by outline and fill, not by colour alone', () => {
    const layers = mapLayers(mapData, ALL_SHOWN);
    const [available, placed] = layers.offers;
    const family = layers.families[0]!;

    expect(available?.style.dashArray).toBeUndefined();
    expect(family.style.dashArray).toBeTruthy();
    expect(available?.style).toEqual(OFFER_STYLE.AVAILABLE);
    expect(placed?.style).toEqual(OFFER_STYLE.PLACED);
    expect(OFFER_STYLE.PLACED.fillColor).toBe('#ffffff'); // hollow
    expect(OFFER_STYLE.AVAILABLE.fillColor).toBe(OFFER_STYLE.AVAILABLE.color); // filled
    expect(FAMILY_RADIUS.CRITICAL).toBeGreaterThan(FAMILY_RADIUS.HIGH);
    expect(FAMILY_RADIUS.HIGH).toBeGreaterThan(FAMILY_RADIUS.NORMAL);
    expect(layers.lines[0]?.style).toEqual(LINE_STYLE.PROPOSAL);
    expect(LINE_STYLE.PROPOSAL.dashArray).toBeTruthy();
    expect(layers.lines[1]?.style).toEqual(LINE_STYLE.PLACEMENT);
    expect(LINE_STYLE.PLACEMENT.dashArray).toBeUndefined();
  });

  it('follows the filters: kinds shown, and one urgency for families and their lines', () => {
    expect(mapLayers(mapData, { ...ALL_SHOWN, offers: false }).offers).toEqual([]);
    expect(mapLayers(mapData, { ...ALL_SHOWN, families: false }).families).toEqual([]);
    // Lines keep their ends even when the markers are hidden.
    expect(mapLayers(mapData, { ...ALL_SHOWN, offers: false, families: false }).lines).toHaveLength(2);
    expect(mapLayers(mapData, { ...ALL_SHOWN, proposals: false }).lines.map((layer) => layer.line.id)).toEqual([
      'pl-1',
    ]);
    expect(mapLayers(mapData, { ...ALL_SHOWN, placements: false }).lines.map((layer) => layer.line.id)).toEqual([
      'p-1',
    ]);

    const critical = mapLayers(mapData, { ...ALL_SHOWN, urgency: 'CRITICAL' });
    expect(critical.families.map((marker) => marker.family.id)).toEqual(['f-1']);
    expect(critical.lines.map((layer) => layer.line.id)).toEqual(['p-1']);
    expect(critical.offers).toHaveLength(2);
  });

  it('leaves out a place without coordinates rather than drawing it at 0, 0', () => {
    const data = {
      ...mapData,
      families: [...mapData.families, { ...mapData.families[0]!, id: 'f-x', lat: Number.NaN }],
    };
    expect(mapLayers(data, ALL_SHOWN).families.map((marker) => marker.family.id)).not.toContain('f-x');
  });

  it('numbers groups largest first, counting what the filters show, and drops the empty ones', () => {
    const markers = clusterMarkers(clusteredData.clusters, ALL_SHOWN);
    expect(markers.map((marker) => [marker.number, marker.total])).toEqual([
      [1, 1490],
      [2, 170],
      [3, 110],
    ]);
    expect(markers[0]!.radius).toBeGreaterThan(markers[2]!.radius);

    const offersOnly = clusterMarkers(clusteredData.clusters, { ...ALL_SHOWN, families: false });
    expect(offersOnly.map((marker) => marker.total)).toEqual([90, 20, 10]);
    const none = clusterMarkers(clusteredData.clusters, { ...ALL_SHOWN, families: false, offers: false });
    expect(none).toEqual([]);
  });

  it('frames a group at a single place with a margin, so looking closer never zooms to a point', () => {
    const cardiff = clusterMarkers(clusteredData.clusters, ALL_SHOWN).find((marker) => marker.cluster.lat === 51.48)!;
    const [[south, west], [north, east]] = cardiff.bounds;
    expect([south, west, north, east].map((value) => Math.round(value * 100) / 100)).toEqual([
      51.47, -3.19, 51.49, -3.17,
    ]);
  });
});
