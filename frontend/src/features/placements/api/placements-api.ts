import { api } from '../../../lib/api';
import type {
  CheckInRequest,
  EndRequest,
  HostPlacement,
  MoveInRequest,
  Placement,
  PlacementStatus,
  Proposal,
} from '../types';

/** Proposals' decisions and placements, for caseworkers; a host's own placements and answers. */

function placementPath(id: string, rest = ''): string {
  return `/api/placements/${encodeURIComponent(id)}${rest}`;
}

function proposalPath(id: string, rest = ''): string {
  return `/api/matching/proposals/${encodeURIComponent(id)}${rest}`;
}

function withSignal(signal: AbortSignal | undefined) {
  return signal ? { signal } : {};
}

export function getProposal(id: string, signal?: AbortSignal): Promise<Proposal> {
  return api.get<Proposal>(proposalPath(id), withSignal(signal));
}

/** 201 with the new placement; a pair breaking H10–H12 needs `overrideReason`. */
export function approveProposal(id: string, overrideReason: string | null): Promise<Placement> {
  return api.post<Placement>(proposalPath(id, '/approve'), overrideReason ? { overrideReason } : {});
}

/** The pair is never proposed again. */
export function rejectProposal(id: string, reason: string): Promise<void> {
  return api.post(proposalPath(id, '/reject'), { reason });
}

export function listPlacements(status: PlacementStatus | '', signal?: AbortSignal): Promise<Placement[]> {
  return api.get<Placement[]>('/api/placements', { query: { status }, ...withSignal(signal) });
}

export function getPlacement(id: string, signal?: AbortSignal): Promise<Placement> {
  return api.get<Placement>(placementPath(id), withSignal(signal));
}

export function confirmPlacement(id: string): Promise<Placement> {
  return api.post<Placement>(placementPath(id, '/confirm'));
}

export function recordMoveIn(id: string, request: MoveInRequest): Promise<Placement> {
  return api.post<Placement>(placementPath(id, '/move-in'), request);
}

export function recordCheckIn(id: string, request: CheckInRequest): Promise<Placement> {
  return api.post<Placement>(placementPath(id, '/check-ins'), request);
}

export function endPlacement(id: string, request: EndRequest): Promise<Placement> {
  return api.post<Placement>(placementPath(id, '/end'), request);
}

export function listHostPlacements(signal?: AbortSignal): Promise<HostPlacement[]> {
  return api.get<HostPlacement[]>('/api/host/placements', withSignal(signal));
}

export function acceptPlacement(id: string): Promise<HostPlacement> {
  return api.post<HostPlacement>(`/api/host/placements/${encodeURIComponent(id)}/accept`);
}

export function declinePlacement(id: string, reason: string): Promise<HostPlacement> {
  return api.post<HostPlacement>(`/api/host/placements/${encodeURIComponent(id)}/decline`, { reason });
}
