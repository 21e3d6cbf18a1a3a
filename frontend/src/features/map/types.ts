/** GET /api/map and GET /api/map/tiles; see docs/api.md. Places are approximate (a district or town). */

import type { Urgency } from '../../lib/api';

export { URGENCIES } from '../../lib/api';
export type { Urgency };

export type MapOffer = {
  id: string;
  title: string;
  type: 'ROOM_IN_HOME' | 'SELF_CONTAINED';
  /** PLACED while a live placement holds it. */
  status: 'AVAILABLE' | 'PLACED';
  lat: number;
  lon: number;
  place: string | null;
  maxGuests: number;
  hostId: string;
};

export type MapFamily = {
  id: string;
  reference: string;
  urgency: Urgency;
  size: number;
  lat: number;
  lon: number;
  place: string | null;
};

/** A proposal (its id is the proposal's) or a live placement (the placement's id). */
export type MapLine = { id: string; kind: 'PROPOSAL' | 'PLACEMENT'; familyId: string; offerId: string };

/** The points of one grid cell when there are too many to pin: their mean place, counts and extent. */
export type MapCluster = {
  lat: number;
  lon: number;
  offers: number;
  families: number;
  south: number;
  west: number;
  north: number;
  east: number;
};

/**
 * What the server shows of an area: clusters (and no pins) when it holds too many points to pin at
 * this zoom; otherwise pins and the lines between them (a line's other end may lie outside the area).
 */
export type MapData = {
  zoom: number;
  clustered: boolean;
  /** Zoomed in and still too many: only the first pins of each kind were sent. */
  truncated: boolean;
  counts: { offers: number; families: number };
  clusters: MapCluster[];
  offers: MapOffer[];
  families: MapFamily[];
  lines: MapLine[];
};

/** The part of the map on screen and its zoom, as the map reports it after each move. */
export type MapView = { south: number; west: number; north: number; east: number; zoom: number };

/** How many pins of each kind the server sends at most (docs/api.md). */
export const MAX_PINS = 500;

/** Leaflet's tile URL template and the attribution the tile server asks for (may hold HTML). */
export type MapTiles = { tileUrl: string; attribution: string };

export type MapFilters = {
  offers: boolean;
  families: boolean;
  proposals: boolean;
  placements: boolean;
  /** Families (and their lines) of this urgency only; '' for all. */
  urgency: Urgency | '';
};

export const ALL_SHOWN: MapFilters = { offers: true, families: true, proposals: true, placements: true, urgency: '' };
