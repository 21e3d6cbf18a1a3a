import { api } from '../../../lib/api';
import type { GeoLookup, Household, Offer, OfferRequest, OwnVetting } from '../types';

/** The signed-in host's own records (role HOST). */

export function getHousehold(signal?: AbortSignal): Promise<Household> {
  return api.get<Household>('/api/host/household', signal ? { signal } : {});
}

export function saveHousehold(household: Household): Promise<Household> {
  return api.put<Household>('/api/host/household', household);
}

export function getOwnVetting(signal?: AbortSignal): Promise<OwnVetting> {
  return api.get<OwnVetting>('/api/host/vetting', signal ? { signal } : {});
}

/** Newest first, withdrawn ones included. */
export function listOwnOffers(signal?: AbortSignal): Promise<Offer[]> {
  return api.get<Offer[]>('/api/host/offers', signal ? { signal } : {});
}

export function getOwnOffer(id: string, signal?: AbortSignal): Promise<Offer> {
  return api.get<Offer>(`/api/host/offers/${encodeURIComponent(id)}`, signal ? { signal } : {});
}

export function createOffer(offer: OfferRequest): Promise<Offer> {
  return api.post<Offer>('/api/host/offers', offer);
}

export function updateOffer(id: string, offer: OfferRequest): Promise<Offer> {
  return api.put<Offer>(`/api/host/offers/${encodeURIComponent(id)}`, offer);
}

/** The offer is kept as WITHDRAWN, not deleted. */
export function withdrawOffer(id: string): Promise<void> {
  return api.delete(`/api/host/offers/${encodeURIComponent(id)}`);
}

/** A postcode or place name → its approximate area, as the server will store it. */
export function lookUpLocation(q: string): Promise<GeoLookup> {
  return api.get<GeoLookup>('/api/geo/lookup', { query: { q } });
}
