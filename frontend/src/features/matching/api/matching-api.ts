import { api, isApiError } from '../../../lib/api';
import type { Proposal, Run, RunPage, UnassignedFamily, WhyUnassigned } from '../types';

/** The caseworker's matching runs (CASEWORKER; ADMIN may read). */

const RUNS = '/api/matching/runs';

function runPath(runId: string): string {
  return `${RUNS}/${encodeURIComponent(runId)}`;
}

function withSignal(signal?: AbortSignal) {
  return signal ? { signal } : {};
}

/** Problem slug the server answers a start with while another run is solving. */
export const RUN_IN_PROGRESS = 'matching-run-in-progress';

export type StartResult = { started: true; run: Run } | { started: false; run: Run | null };

/**
 * Starts a run. Only one run solves at a time: when another is already solving, the server
 * refuses (409) and this answers that run instead, so the caller can show it rather than an error.
 * The problem names the run's id, but the client's ApiError keeps no extra members; the newest
 * run is the solving one, because a new run can only start once it has ended.
 */
export async function startRun(seconds: number): Promise<StartResult> {
  try {
    return { started: true, run: await api.post<Run>(RUNS, { seconds }) };
  } catch (error) {
    if (!isApiError(error) || error.type !== RUN_IN_PROGRESS) throw error;
    const latest = await listRuns(0, 1);
    return { started: false, run: latest.items[0] ?? null };
  }
}

/** Newest first. */
export function listRuns(page: number, size: number, signal?: AbortSignal): Promise<RunPage> {
  return api.get<RunPage>(RUNS, { query: { page, size }, ...withSignal(signal) });
}

export function getRun(runId: string, signal?: AbortSignal): Promise<Run> {
  return api.get<Run>(runPath(runId), withSignal(signal));
}

/** Asks a solving run to stop; a stopped run creates no proposals. 409 once it is not solving. */
export function stopRun(runId: string): Promise<Run> {
  return api.post<Run>(`${runPath(runId)}/stop`);
}

/** The server-sent events of a run: `progress` as the best score improves, then `end`. */
export function runEventsUrl(runId: string): string {
  return `${runPath(runId)}/events`;
}

export function listProposals(runId: string, signal?: AbortSignal): Promise<Proposal[]> {
  return api.get<Proposal[]>(`${runPath(runId)}/proposals`, withSignal(signal));
}

export function getProposal(proposalId: string, signal?: AbortSignal): Promise<Proposal> {
  return api.get<Proposal>(`/api/matching/proposals/${encodeURIComponent(proposalId)}`, withSignal(signal));
}

export function listUnassigned(runId: string, signal?: AbortSignal): Promise<UnassignedFamily[]> {
  return api.get<UnassignedFamily[]>(`${runPath(runId)}/unassigned`, withSignal(signal));
}

/** For the family's nearest offers, the rules that kept each from it in that run. */
export function whyUnassigned(familyId: string, runId: string, signal?: AbortSignal): Promise<WhyUnassigned> {
  return api.get<WhyUnassigned>(`/api/matching/families/${encodeURIComponent(familyId)}/why-unassigned`, {
    query: { runId },
    ...withSignal(signal),
  });
}
