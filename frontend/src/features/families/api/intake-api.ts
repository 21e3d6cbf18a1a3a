import { api } from '../../../lib/api';
import type { IntakeForm, IntakeRequest } from '../types';

/** The family's side: public, the token in the link is the only key. */

function path(token: string, rest = ''): string {
  return `/api/intake/${encodeURIComponent(token)}${rest}`;
}

export function getIntakeForm(token: string, signal?: AbortSignal): Promise<IntakeForm> {
  return api.get<IntakeForm>(path(token), signal ? { signal } : {});
}

export function saveIntakeForm(token: string, request: IntakeRequest): Promise<IntakeForm> {
  return api.put<IntakeForm>(path(token), request);
}

/** Once sent, the link is used up and the case goes to the caseworker. */
export function submitIntakeForm(token: string): Promise<void> {
  return api.post(path(token, '/submit'));
}
