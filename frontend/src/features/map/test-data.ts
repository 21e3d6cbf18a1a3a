import type { MapData } from './types';

/** Two offers (one placed), three families of each urgency, a proposal and a placement. */
export const mapData: MapData = {
  zoom: 6,
  clustered: false,
  truncated: false,
  counts: { offers: 2, families: 3 },
  clusters: [],
  offers: [
    {
      id: 'o-1',
      title: 'Two rooms in a family home',
      type: 'ROOM_IN_HOME',
      status: 'AVAILABLE',
      lat: 53.8,
      lon: -1.55,
      place: 'LS (Leeds)',
      maxGuests: 4,
      hostId: 'h-1',
    },
    {
      id: 'o-2',
      title: 'Garden flat',
      type: 'SELF_CONTAINED',
      status: 'PLACED',
      lat: 51.45,
      lon: -2.6,
      place: 'BS (Bristol)',
      maxGuests: 5,
      hostId: 'h-2',
    },
  ],
  families: [
    { id: 'f-1', reference: 'FAM-AAAA', urgency: 'CRITICAL', size: 4, lat: 53.79, lon: -1.75, place: 'Bradford' },
    { id: 'f-2', reference: 'FAM-BBBB', urgency: 'NORMAL', size: 2, lat: 51.5, lon: -0.12, place: 'SW1 (London)' },
    { id: 'f-3', reference: 'FAM-CCCC', urgency: 'HIGH', size: 3, lat: 51.48, lon: -3.18, place: 'CF (Cardiff)' },
  ],
  lines: [
    { id: 'p-1', kind: 'PROPOSAL', familyId: 'f-1', offerId: 'o-1' },
    { id: 'pl-1', kind: 'PLACEMENT', familyId: 'f-3', offerId: 'o-2' },
    // A proposal whose offer is not on the map (withdrawn meanwhile): not drawn.
    { id: 'p-2', kind: 'PROPOSAL', familyId: 'f-2', offerId: 'o-gone' },
  ],
};

/** Too many to pin at the UK's zoom: three groups (Leeds, London, Cardiff), no pins. */
export const clusteredData: MapData = {
  zoom: 6,
  clustered: true,
  truncated: false,
  counts: { offers: 120, families: 1650 },
  clusters: [
    { lat: 53.8, lon: -1.55, offers: 20, families: 150, south: 53.7, west: -1.7, north: 53.9, east: -1.4 },
    { lat: 51.5, lon: -0.12, offers: 90, families: 1400, south: 51.3, west: -0.5, north: 51.7, east: 0.2 },
    { lat: 51.48, lon: -3.18, offers: 10, families: 100, south: 51.48, west: -3.18, north: 51.48, east: -3.18 },
  ],
  offers: [],
  families: [],
  lines: [],
};
