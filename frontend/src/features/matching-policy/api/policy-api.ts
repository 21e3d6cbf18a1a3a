import { api } from '../../../lib/api';
import type { MatchingPolicy } from '../types';

export function getMatchingPolicy(signal?: AbortSignal): Promise<MatchingPolicy> {
  return api.get<MatchingPolicy>('/api/admin/matching-policy', signal ? { signal } : {});
}

/** Replaces the whole policy (every field is required); the next matching run uses it. */
export function saveMatchingPolicy(policy: MatchingPolicy): Promise<MatchingPolicy> {
  return api.put<MatchingPolicy>('/api/admin/matching-policy', policy);
}
