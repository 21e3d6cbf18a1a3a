import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getMapData, getMapTiles } from './map-api';

export const mapKeys = {
  all: ['map'] as const,
  data: (query: string) => [...mapKeys.all, 'data', query] as const,
  tiles: () => [...mapKeys.all, 'tiles'] as const,
};

/** What lies in the part of the map on screen; the last answer stays while the next one loads. */
export function useMapDataQuery(query: string) {
  return useQuery({
    queryKey: mapKeys.data(query),
    queryFn: ({ signal }) => getMapData(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The base layer never changes while the app runs. */
export function useMapTilesQuery() {
  return useQuery({ queryKey: mapKeys.tiles(), queryFn: ({ signal }) => getMapTiles(signal), staleTime: Infinity });
}
