import { api } from '../../../lib/api';
import type {
  FamilyCase,
  FamilyHistoryEntry,
  FamilyPage,
  FamilyQuery,
  FamilyRequest,
  FamilyStatus,
  FamilySummary,
  IntakeLink,
} from '../types';

/** Family cases, for caseworkers (every read is audited by the server). */

export const FAMILIES_PAGE_SIZE = 20;

function path(id: string, rest = ''): string {
  return `/api/families/${encodeURIComponent(id)}${rest}`;
}

export function listFamilies(query: FamilyQuery, signal?: AbortSignal): Promise<FamilyPage> {
  return api.get<FamilyPage>('/api/families', {
    query: {
      status: query.status,
      urgency: query.urgency,
      q: query.q.trim(),
      page: query.page,
      size: FAMILIES_PAGE_SIZE,
    },
    ...(signal ? { signal } : {}),
  });
}

/** Cases whose reference or a member's first name contains `text`: a few, to pick one from. */
export function searchFamilies(text: string, size: number, signal?: AbortSignal): Promise<FamilyPage> {
  return api.get<FamilyPage>('/api/families', { query: { q: text.trim(), size }, ...(signal ? { signal } : {}) });
}

/**
 * The reference and lead of the given cases, from the list endpoint filtered by id: a page of
 * summaries is not an audited read of each case and carries none of its sensitive details.
 * Ids not found are left out; the result keeps the order of `ids`.
 */
export async function findFamilySummaries(ids: readonly string[], signal?: AbortSignal): Promise<FamilySummary[]> {
  const result = await api.get<FamilyPage>('/api/families', {
    query: { id: ids.join(','), size: ids.length },
    ...(signal ? { signal } : {}),
  });
  const found = new Map(result.items.map((item) => [item.id, item]));
  return ids.flatMap((id) => found.get(id) ?? []);
}

export function getFamily(id: string, signal?: AbortSignal): Promise<FamilyCase> {
  return api.get<FamilyCase>(path(id), signal ? { signal } : {});
}

export function createFamily(request: FamilyRequest): Promise<FamilyCase> {
  return api.post<FamilyCase>('/api/families', request);
}

/** Needs the `version` that was read: someone else's change in between answers 409. */
export function updateFamily(id: string, request: FamilyRequest): Promise<FamilyCase> {
  return api.put<FamilyCase>(path(id), request);
}

export function changeFamilyStatus(id: string, status: FamilyStatus): Promise<FamilyCase> {
  return api.post<FamilyCase>(path(id, '/status'), { status });
}

/** Replaces any earlier link; the case becomes INTAKE_PENDING. */
export function createIntakeLink(id: string): Promise<IntakeLink> {
  return api.post<IntakeLink>(path(id, '/intake-link'));
}

export function getFamilyHistory(id: string, signal?: AbortSignal): Promise<FamilyHistoryEntry[]> {
  return api.get<FamilyHistoryEntry[]>(path(id, '/history'), signal ? { signal } : {});
}

/** Everything held about the family (a subject-access export), as the server sends it. */
export function exportFamily(id: string): Promise<unknown> {
  return api.get<unknown>(path(id, '/export'));
}

export function eraseFamily(id: string): Promise<FamilyCase> {
  return api.post<FamilyCase>(path(id, '/erase'));
}
