import { api, isApiError } from '../../../lib/api';
import type { Proposal, Run, RunPage, UnassignedFamily, Urgency, WhyUnassigned } from '../types';

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

/** Rows a list asks for at a time, as the server's other lists. */
export const LIST_PAGE_SIZE = 20;

/** One page of a run's list and how many rows match its filters in all (the X-Total-Count header). */
export type ListPage<T> = { items: T[]; total: number };

type PageQuery = { page: number; size?: number; urgency?: Urgency | ''; q?: string };
export type UnassignedPageQuery = PageQuery;
export type ProposalPageQuery = PageQuery & { sort: string };

/** The server filters, sorts and pages; the answer stays a JSON array, the total comes in a header. */
async function listPage<T>(path: string, query: PageQuery & { sort?: string }, signal?: AbortSignal) {
  let total: number | null = null;
  const items = await api.get<T[]>(path, {
    query: { size: LIST_PAGE_SIZE, ...query, q: query.q?.trim() },
    onHeaders: (headers) => {
      const header = headers.get('X-Total-Count');
      if (header !== null && /^\d+$/.test(header)) total = Number(header);
    },
    ...withSignal(signal),
  });
  return { items, total: total ?? items.length } satisfies ListPage<T>;
}

/** `sort` is one of the page's orders (proposal-view's PROPOSAL_SORTS), named as the server names them. */
export function listProposals(
  runId: string,
  query: PageQuery & { sort: string },
  signal?: AbortSignal,
): Promise<ListPage<Proposal>> {
  return listPage<Proposal>(`${runPath(runId)}/proposals`, query, signal);
}

export function getProposal(proposalId: string, signal?: AbortSignal): Promise<Proposal> {
  return api.get<Proposal>(`/api/matching/proposals/${encodeURIComponent(proposalId)}`, withSignal(signal));
}

/** Most urgent first, then the longest waiting. */
export function listUnassigned(
  runId: string,
  query: PageQuery,
  signal?: AbortSignal,
): Promise<ListPage<UnassignedFamily>> {
  return listPage<UnassignedFamily>(`${runPath(runId)}/unassigned`, query, signal);
}

/** For the family's nearest offers, the rules that kept each from it in that run. */
export function whyUnassigned(familyId: string, runId: string, signal?: AbortSignal): Promise<WhyUnassigned> {
  return api.get<WhyUnassigned>(`/api/matching/families/${encodeURIComponent(familyId)}/why-unassigned`, {
    query: { runId },
    ...withSignal(signal),
  });
}
