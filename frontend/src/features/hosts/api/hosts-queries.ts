import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Household, HostDetail, HostQuery, Offer } from '../types';
import { getHousehold, getOwnOffer, getOwnVetting, listOwnOffers } from './host-api';
import { getHost, listHosts } from './hosts-api';

export const hostKeys = {
  all: ['hosts'] as const,
  // Caseworkers' view of every host.
  lists: () => [...hostKeys.all, 'list'] as const,
  list: (query: HostQuery) =>
    [...hostKeys.lists(), { ...query, q: query.q.trim(), area: query.area.trim().toUpperCase() }] as const,
  detail: (id: string) => [...hostKeys.all, 'detail', id] as const,
  // The signed-in host's own records.
  own: () => [...hostKeys.all, 'own'] as const,
  household: () => [...hostKeys.own(), 'household'] as const,
  vetting: () => [...hostKeys.own(), 'vetting'] as const,
  offers: () => [...hostKeys.own(), 'offers'] as const,
  offer: (id: string) => [...hostKeys.offers(), id] as const,
};

/** One page of hosts; the last page stays on screen while the next one loads. */
export function useHostListQuery(query: HostQuery) {
  return useQuery({
    queryKey: hostKeys.list(query),
    queryFn: ({ signal }) => listHosts(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useHostQuery(id: string) {
  return useQuery({ queryKey: hostKeys.detail(id), queryFn: ({ signal }) => getHost(id, signal) });
}

/** A caseworker saved a host's vetting: the host as stored, and the lists (filtered by status) asked again. */
export function useHostChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (host: HostDetail) => {
      queryClient.setQueryData(hostKeys.detail(host.id), host);
      return queryClient.invalidateQueries({ queryKey: hostKeys.lists() });
    },
    [queryClient],
  );
}

/** Fills a form, so it is not kept once the form is closed (no older copy to start editing from). */
export function useHouseholdQuery() {
  return useQuery({ queryKey: hostKeys.household(), queryFn: ({ signal }) => getHousehold(signal), gcTime: 0 });
}

export function useOwnVettingQuery() {
  return useQuery({ queryKey: hostKeys.vetting(), queryFn: ({ signal }) => getOwnVetting(signal) });
}

export function useOwnOffersQuery() {
  return useQuery({ queryKey: hostKeys.offers(), queryFn: ({ signal }) => listOwnOffers(signal) });
}

/** Fills the offer wizard, so it is not kept once the wizard is closed. */
export function useOwnOfferQuery(id: string) {
  return useQuery({ queryKey: hostKeys.offer(id), queryFn: ({ signal }) => getOwnOffer(id, signal), gcTime: 0 });
}

/** The host saved their household or an offer, or withdrew one: the cache follows. */
export function useOwnRecordsChanged() {
  const queryClient = useQueryClient();
  return {
    householdSaved: useCallback(
      (household: Household) => queryClient.setQueryData(hostKeys.household(), household),
      [queryClient],
    ),
    offersChanged: useCallback(
      (offer?: Offer) => {
        if (offer) queryClient.setQueryData(hostKeys.offer(offer.id), offer);
        return queryClient.invalidateQueries({ queryKey: hostKeys.offers(), exact: true });
      },
      [queryClient],
    ),
  };
}
