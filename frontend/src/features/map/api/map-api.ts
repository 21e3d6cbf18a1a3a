import { api } from '../../../lib/api';
import type { MapData, MapTiles, MapView, Urgency } from '../types';

/**
 * The query for the area on screen (none before the map has drawn: then everywhere, at the
 * server's default zoom) and the urgency chosen. Sides are rounded: a pixel's worth is plenty.
 */
export function mapQuery(view: MapView | null, urgency: Urgency | ''): string {
  const params = new URLSearchParams();
  if (view) {
    for (const side of ['south', 'west', 'north', 'east'] as const)
      params.set(side, clamp(view[side], side).toFixed(5));
    params.set('zoom', String(Math.round(view.zoom)));
  }
  if (urgency) params.set('urgency', urgency);
  return params.toString();
}

/** Leaflet reports longitudes past ±180 when the world wraps; the API takes the world once. */
function clamp(value: number, side: 'south' | 'west' | 'north' | 'east'): number {
  const limit = side === 'south' || side === 'north' ? 90 : 180;
  return Math.max(-limit, Math.min(limit, value));
}

export function getMapData(query: string, signal?: AbortSignal): Promise<MapData> {
  return api.get<MapData>(query ? `/api/map?${query}` : '/api/map', signal ? { signal } : {});
}

export function getMapTiles(signal?: AbortSignal): Promise<MapTiles> {
  return api.get<MapTiles>('/api/map/tiles', signal ? { signal } : {});
}
