import type { MapCluster, MapData, MapFamily, MapFilters, MapLine, MapOffer, Urgency } from './types';

/**
 * What the map draws, worked out from the API's data and the filters, with no Leaflet in it (so
 * it is tested on its own and the accessible list shows exactly the same things).
 *
 * Offers and families are vector circles, never icon images: they show even when the tiles cannot
 * load. They differ by outline and fill, not by colour alone: an offer has a solid outline (filled
 * when available, hollow when placed); a family has a dashed outline, larger the more urgent.
 * Proposals are dashed lines, live placements solid ones, from the family to the offer.
 */

export type LatLon = [number, number];

/** Leaflet path options (SVG attributes, so the CSP's style-src 'self' is never in the way). */
export type VectorStyle = {
  color: string;
  weight: number;
  fillColor?: string;
  fillOpacity?: number;
  dashArray?: string;
  opacity?: number;
};

export type OfferMarker = {
  kind: 'offer';
  offer: MapOffer;
  position: LatLon;
  radius: number;
  style: VectorStyle;
};

export type FamilyMarker = {
  kind: 'family';
  family: MapFamily;
  position: LatLon;
  radius: number;
  style: VectorStyle;
};

export type LineLayer = {
  line: MapLine;
  family: MapFamily;
  offer: MapOffer;
  positions: [LatLon, LatLon];
  style: VectorStyle;
};

export type MapLayers = { offers: OfferMarker[]; families: FamilyMarker[]; lines: LineLayer[] };

const OFFER_COLOUR = '#0b4f8a';
const FAMILY_COLOUR = '#8a3b00';
const FAMILY_FILL = '#ffbf47';
const PROPOSAL_COLOUR = '#4a5360';
const PLACEMENT_COLOUR = '#125c2e';

export const OFFER_RADIUS = 8;
export const FAMILY_RADIUS: Record<Urgency, number> = { CRITICAL: 12, HIGH: 10, NORMAL: 8 };

export const OFFER_STYLE: Record<MapOffer['status'], VectorStyle> = {
  AVAILABLE: { color: OFFER_COLOUR, weight: 3, fillColor: OFFER_COLOUR, fillOpacity: 0.85 },
  PLACED: { color: OFFER_COLOUR, weight: 3, fillColor: '#ffffff', fillOpacity: 1 },
};

export const FAMILY_STYLE: VectorStyle = {
  color: FAMILY_COLOUR,
  weight: 3,
  dashArray: '4 3',
  fillColor: FAMILY_FILL,
  fillOpacity: 0.85,
};

export const LINE_STYLE: Record<MapLine['kind'], VectorStyle> = {
  PROPOSAL: { color: PROPOSAL_COLOUR, weight: 3, dashArray: '8 6', opacity: 0.9 },
  PLACEMENT: { color: PLACEMENT_COLOUR, weight: 4, opacity: 0.9 },
};

function isPlaced(value: number): boolean {
  return Number.isFinite(value);
}

function located(item: { lat: number; lon: number }): boolean {
  return isPlaced(item.lat) && isPlaced(item.lon);
}

function urgencyShown(family: MapFamily, filters: MapFilters): boolean {
  return filters.urgency === '' || family.urgency === filters.urgency;
}

function lineShown(line: MapLine, filters: MapFilters): boolean {
  return line.kind === 'PROPOSAL' ? filters.proposals : filters.placements;
}

export function mapLayers(data: MapData, filters: MapFilters): MapLayers {
  const offersById = new Map(data.offers.filter(located).map((offer) => [offer.id, offer]));
  const familiesById = new Map(data.families.filter(located).map((family) => [family.id, family]));

  const offers: OfferMarker[] = filters.offers
    ? [...offersById.values()].map((offer) => ({
        kind: 'offer',
        offer,
        position: [offer.lat, offer.lon],
        radius: OFFER_RADIUS,
        style: OFFER_STYLE[offer.status],
      }))
    : [];

  const families: FamilyMarker[] = filters.families
    ? [...familiesById.values()]
        .filter((family) => urgencyShown(family, filters))
        .map((family) => ({
          kind: 'family',
          family,
          position: [family.lat, family.lon],
          radius: FAMILY_RADIUS[family.urgency],
          style: FAMILY_STYLE,
        }))
    : [];

  // A line needs both ends on the map data; one whose family or offer is missing is not drawn.
  const lines: LineLayer[] = data.lines.flatMap((line) => {
    const family = familiesById.get(line.familyId);
    const offer = offersById.get(line.offerId);
    if (!family || !offer || !lineShown(line, filters) || !urgencyShown(family, filters)) return [];
    return [
      {
        line,
        family,
        offer,
        positions: [
          [family.lat, family.lon],
          [offer.lat, offer.lon],
        ],
        style: LINE_STYLE[line.kind],
      },
    ];
  });

  return { offers, families, lines };
}

export type ClusterMarker = {
  cluster: MapCluster;
  /** Numbered from 1, largest first: the accessible list says "group 3" for the same circle. */
  number: number;
  /** What it holds of what the filters show. */
  total: number;
  position: LatLon;
  radius: number;
  style: VectorStyle;
  /** Where to look to see its points (a little around a single place). */
  bounds: [LatLon, LatLon];
};

const CLUSTER_STYLE: VectorStyle = { color: '#1d2a36', weight: 2, fillColor: '#ffffff', fillOpacity: 0.9 };

/** Clusters largest first, each a circle that grows with the logarithm of what it holds. */
export function clusterMarkers(clusters: MapCluster[], filters: MapFilters): ClusterMarker[] {
  return clusters
    .map((cluster) => ({ cluster, total: clusterTotal(cluster, filters) }))
    .filter(({ total }) => total > 0)
    .sort((a, b) => b.total - a.total)
    .map(({ cluster, total }, index) => ({
      cluster,
      number: index + 1,
      total,
      position: [cluster.lat, cluster.lon] as LatLon,
      radius: Math.round(12 + 4 * Math.log10(total)),
      style: CLUSTER_STYLE,
      bounds: [
        [cluster.south - 0.01, cluster.west - 0.01],
        [cluster.north + 0.01, cluster.east + 0.01],
      ] as [LatLon, LatLon],
    }));
}

/** What a cluster holds of what the filters show. */
export function clusterTotal(cluster: MapCluster, filters: MapFilters): number {
  return (filters.offers ? cluster.offers : 0) + (filters.families ? cluster.families : 0);
}
