import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { HostPlacement, Placement, PlacementStatus } from '../types';
import { getPlacement, getProposal, listHostPlacements, listPlacements } from './placements-api';

export const placementKeys = {
  all: ['placements'] as const,
  lists: () => [...placementKeys.all, 'list'] as const,
  list: (status: PlacementStatus | '') => [...placementKeys.lists(), status] as const,
  detail: (id: string) => [...placementKeys.all, 'detail', id] as const,
  /** The host's own placements: the list page and the home page's notice share this one answer. */
  host: () => [...placementKeys.all, 'host'] as const,
  proposal: (id: string) => [...placementKeys.all, 'proposal', id] as const,
};

/** The list for one status; the last list stays on screen while the next one loads. */
export function usePlacementListQuery(status: PlacementStatus | '') {
  return useQuery({
    queryKey: placementKeys.list(status),
    queryFn: ({ signal }) => listPlacements(status, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlacementQuery(id: string) {
  return useQuery({ queryKey: placementKeys.detail(id), queryFn: ({ signal }) => getPlacement(id, signal) });
}

export function useHostPlacementsQuery() {
  return useQuery({ queryKey: placementKeys.host(), queryFn: ({ signal }) => listHostPlacements(signal) });
}

export function useProposalQuery(id: string) {
  return useQuery({ queryKey: placementKeys.proposal(id), queryFn: ({ signal }) => getProposal(id, signal) });
}

/** The cache after a step on a placement: the placement as stored (or asked again) and the lists. */
export function usePlacementChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    async (id: string, stored?: Placement) => {
      if (stored) queryClient.setQueryData(placementKeys.detail(id), stored);
      else await queryClient.invalidateQueries({ queryKey: placementKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: placementKeys.lists() });
    },
    [queryClient],
  );
}

/** The cache after a host's answer: the placement as stored in the host's list, or the list asked again. */
export function useHostPlacementChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    async (stored?: HostPlacement) => {
      if (!stored) return queryClient.invalidateQueries({ queryKey: placementKeys.host() });
      queryClient.setQueryData<HostPlacement[]>(placementKeys.host(), (current) =>
        current?.map((placement) => (placement.id === stored.id ? stored : placement)),
      );
    },
    [queryClient],
  );
}

/** A rejected proposal is asked for again (it is then REJECTED). */
export function useProposalChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (id: string) => queryClient.invalidateQueries({ queryKey: placementKeys.proposal(id) }),
    [queryClient],
  );
}
