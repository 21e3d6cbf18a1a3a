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

export type MapData = { offers: MapOffer[]; families: MapFamily[]; lines: MapLine[] };

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
