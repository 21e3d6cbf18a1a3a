import { URGENCIES, type ExplanationLine, type Proposal, type Urgency } from './types';

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

/** The list's filters and order; empty strings mean "any". */
export type ProposalQuery = { sort: ProposalSort; urgency: Urgency | ''; q: string };

export const EMPTY_QUERY: ProposalQuery = { sort: DEFAULT_SORT, urgency: '', q: '' };

type Compare = (a: Proposal, b: Proposal) => number;

const urgencyRank = (urgency: Urgency) => URGENCIES.indexOf(urgency); // CRITICAL first

/** Proposals without a distance (no preferred location) go last whichever way distance is sorted. */
function byDistance(direction: 1 | -1): Compare {
  return (a, b) => {
    if (a.distanceKm === null || b.distanceKm === null) {
      return (a.distanceKm === null ? 1 : 0) - (b.distanceKm === null ? 1 : 0);
    }
    return direction * (a.distanceKm - b.distanceKm);
  };
}

const COMPARES: Record<ProposalSort, Compare> = {
  'score-best': (a, b) => b.score - a.score,
  'score-worst': (a, b) => a.score - b.score,
  'distance-nearest': byDistance(1),
  'distance-farthest': byDistance(-1),
  urgency: (a, b) => urgencyRank(a.family.urgency) - urgencyRank(b.family.urgency),
  'size-largest': (a, b) => b.family.size - a.family.size,
  'size-smallest': (a, b) => a.family.size - b.family.size,
  'waiting-longest': (a, b) => (b.family.waitingDays ?? -1) - (a.family.waitingDays ?? -1), // unknown last
};

/** Ties fall back to the best score, then the reference, so the order never jumps between renders. */
const tieBreak: Compare = (a, b) => b.score - a.score || a.family.reference.localeCompare(b.family.reference);

function matchesText(proposal: Proposal, q: string): boolean {
  const needle = q.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [proposal.family.reference, proposal.offer.title, proposal.offer.place].some((text) =>
    text.toLocaleLowerCase().includes(needle),
  );
}

/** The proposals a caseworker asked to see, in the order asked for. */
export function viewProposals(proposals: readonly Proposal[], query: ProposalQuery): Proposal[] {
  const compare = COMPARES[query.sort];
  return proposals
    .filter(
      (proposal) => (!query.urgency || proposal.family.urgency === query.urgency) && matchesText(proposal, query.q),
    )
    .sort((a, b) => compare(a, b) || tieBreak(a, b));
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

/** The list's order and filters as kept in the address (`?sort=&urgency=&q=`), so Back restores them. */
export function proposalQueryFromSearch(params: URLSearchParams): ProposalQuery {
  return {
    sort: PROPOSAL_SORTS.find((sort) => sort === params.get('sort')) ?? DEFAULT_SORT,
    urgency: URGENCIES.find((urgency) => urgency === params.get('urgency')) ?? '',
    q: params.get('q') ?? '',
  };
}

export function searchFromProposalQuery(query: ProposalQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
  if (query.urgency) params.set('urgency', query.urgency);
  if (query.q) params.set('q', query.q);
  return params;
}
