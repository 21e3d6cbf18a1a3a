import { api } from '../../../lib/api';
import type { MapData, MapTiles } from '../types';

export function getMapData(signal?: AbortSignal): Promise<MapData> {
  return api.get<MapData>('/api/map', signal ? { signal } : {});
}

export function getMapTiles(signal?: AbortSignal): Promise<MapTiles> {
  return api.get<MapTiles>('/api/map/tiles', signal ? { signal } : {});
}
