import { URGENCIES, type ExplanationLine, type Urgency } from './types';

/** How the proposals list can be ordered; each names its direction. */
export const PROPOSAL_SORTS = [
  'score-best',
  'score-worst',
  'distance-nearest',
  'distance-farthest',
  'urgency',
  'size-largest',
  'size-smallest',
  'waiting-longest',
] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];
export const DEFAULT_SORT: ProposalSort = 'score-best';

/**
 * The list's filters, order and page (from 0); empty strings mean "any". The server filters, sorts
 * and pages (GET /api/matching/runs/{id}/proposals): the search looks in the family reference, the
 * offer title and its place; ties fall back to the best score, then the reference.
 */
export type ProposalQuery = { sort: ProposalSort; urgency: Urgency | ''; q: string; page: number };

export const EMPTY_QUERY: ProposalQuery = { sort: DEFAULT_SORT, urgency: '', q: '', page: 0 };

/** Whether the caseworker narrowed the list (so an empty answer means "none match", not "none at all"). */
export function isFiltered(query: ProposalQuery): boolean {
  return query.urgency !== '' || query.q.trim() !== '';
}

/** Soft rules (S1–S7) count towards the score; hard rules (H1–H16) are the checks it passed. */
export function isHardRule(term: ExplanationLine): boolean {
  return /^H\d+$/.test(term.rule);
}

export function splitExplanation(explanation: readonly ExplanationLine[]) {
  return {
    soft: explanation.filter((term) => !isHardRule(term)),
    hard: explanation.filter(isHardRule),
  };
}

/**
 * What a list shows of a proposal's reasons: the soft terms that cost the most, or, when nothing
 * costs anything, the first that explain the fit ("shares Dari with the host").
 */
export function topReasons(explanation: readonly ExplanationLine[], count = 2): ExplanationLine[] {
  const { soft } = splitExplanation(explanation);
  return soft
    .map((term, index) => ({ term, index }))
    .sort((a, b) => b.term.penalty - a.term.penalty || a.index - b.index)
    .slice(0, count)
    .map(({ term }) => term);
}

/**
 * The list's order, filters and page as kept in the address (`?sort=&urgency=&q=&page=`, the page
 * counted from 1 there), so Back restores them.
 */
export function proposalQueryFromSearch(params: URLSearchParams): ProposalQuery {
  const page = Number(params.get('page'));
  return {
    sort: PROPOSAL_SORTS.find((sort) => sort === params.get('sort')) ?? DEFAULT_SORT,
    urgency: URGENCIES.find((urgency) => urgency === params.get('urgency')) ?? '',
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

export function searchFromProposalQuery(query: ProposalQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
  if (query.urgency) params.set('urgency', query.urgency);
  if (query.q) params.set('q', query.q);
  if (query.page > 0) params.set('page', String(query.page + 1));
  return params;
}
