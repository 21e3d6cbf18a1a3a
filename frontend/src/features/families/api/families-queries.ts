import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { FamilyCase, FamilyQuery } from '../types';
import { findFamilySummaries, getFamily, getFamilyHistory, listFamilies } from './families-api';
import { getIntakeForm } from './intake-api';

export const familyKeys = {
  all: ['families'] as const,
  lists: () => [...familyKeys.all, 'list'] as const,
  list: (query: FamilyQuery) => [...familyKeys.lists(), { ...query, q: query.q.trim() }] as const,
  /** The reference and lead of linked cases, found through the list (no audited read of each). */
  summaries: (ids: readonly string[]) => [...familyKeys.lists(), 'summaries', [...ids]] as const,
  detail: (id: string) => [...familyKeys.all, 'detail', id] as const,
  history: (id: string) => [...familyKeys.detail(id), 'history'] as const,
  intake: (token: string) => [...familyKeys.all, 'intake', token] as const,
};

/** One page of cases; the last page stays on screen while the next one loads. */
export function useFamilyListQuery(query: FamilyQuery) {
  return useQuery({
    queryKey: familyKeys.list(query),
    queryFn: ({ signal }) => listFamilies(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFamilySummariesQuery(ids: readonly string[]) {
  return useQuery({
    queryKey: familyKeys.summaries(ids),
    queryFn: ({ signal }) => findFamilySummaries(ids, signal),
    enabled: ids.length > 0,
  });
}

/** A case fills the edit form, so it is not kept once its page is closed (every read is audited anyway). */
export function useFamilyQuery(id: string) {
  return useQuery({ queryKey: familyKeys.detail(id), queryFn: ({ signal }) => getFamily(id, signal), gcTime: 0 });
}

export function useFamilyHistoryQuery(id: string) {
  return useQuery({ queryKey: familyKeys.history(id), queryFn: ({ signal }) => getFamilyHistory(id, signal) });
}

/** The family's own form behind their private link; never kept once it is closed. */
export function useIntakeFormQuery(token: string) {
  return useQuery({
    queryKey: familyKeys.intake(token),
    queryFn: ({ signal }) => getIntakeForm(token, signal),
    gcTime: 0,
  });
}

/**
 * After a change to a case: the case as the server stored it (or asked again when the change
 * answered nothing, like a new intake link), its history, and every list (status, urgency and
 * linked cases may have moved).
 */
export function useFamilyChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    async (id: string, stored?: FamilyCase) => {
      if (stored) {
        queryClient.setQueryData(familyKeys.detail(id), stored);
        await queryClient.invalidateQueries({ queryKey: familyKeys.history(id) });
      } else {
        await queryClient.invalidateQueries({ queryKey: familyKeys.detail(id) });
      }
      await queryClient.invalidateQueries({ queryKey: familyKeys.lists() });
    },
    [queryClient],
  );
}
