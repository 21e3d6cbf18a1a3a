/** Types of the matching API (runs, proposals, explanations); see docs/api.md, "Matching". */

export const RUN_STATUSES = ['SOLVING', 'DONE', 'FAILED', 'STOPPED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** GET /api/matching/runs/{id}; also what every progress and end event carries. */
export type Run = {
  id: string;
  status: RunStatus;
  /** OptaPlanner's HardMediumSoftScore text, e.g. "0hard/-12medium/-345soft"; null before the first solution. */
  score: string | null;
  startedAt: string;
  finishedAt: string | null;
  /** The time limit the run was started with. */
  seconds: number;
  /** How many families and offers entered the run. */
  families: number;
  offers: number;
  /** Families assigned in the best solution so far. */
  assigned: number;
  elapsedMs: number;
  /** Proposals the run created: 0 until it is DONE. */
  proposals: number;
  /** Why a FAILED run failed, in English; null otherwise. */
  failure: string | null;
  /**
   * Set (in English) when the time limit stopped the exact phase early: the answer keeps every
   * rule but may not be the best. Null otherwise.
   */
  notice: string | null;
  /**
   * With a notice: the people housed, weighted by urgency, are proven the most any run could house,
   * so only how well they are placed (the soft terms) could still improve.
   */
  mediumProven: boolean;
};

export type RunPage = {
  items: Run[];
  /** Zero-based. */
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
};

/** The time limits a caseworker may choose from when starting a run. */
export const RUN_SECONDS = [10, 30, 60] as const;
export const DEFAULT_RUN_SECONDS = 30;

import type { ExplanationLine, SentenceKey, Urgency } from '../../lib/api';

export { URGENCIES } from '../../lib/api';
export type { Urgency };

export const PROPOSAL_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED', 'SUPERSEDED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** One rule's part in a proposal (the API's ExplanationLine). */
export type { ExplanationLine };

export type ProposalFamily = {
  reference: string;
  size: number;
  adults: number;
  children: number;
  urgency: Urgency;
  /** Days since the case became READY; null when not known. */
  waitingDays: number | null;
  preferredPlace: string | null;
};

export type ProposalOffer = {
  title: string;
  type: 'ROOM_IN_HOME' | 'SELF_CONTAINED';
  place: string;
  bedrooms: number;
  maxGuests: number;
  hostId: string;
};

/** GET /api/matching/runs/{id}/proposals, one element. */
export type Proposal = {
  id: string;
  runId: string;
  familyId: string;
  offerId: string;
  status: ProposalStatus;
  /** −Σ soft penalties: 0 is a perfect fit, lower is worse. */
  score: number;
  /** Null when the family gave no preferred location. */
  distanceKm: number | null;
  family: ProposalFamily;
  offer: ProposalOffer;
  explanation: ExplanationLine[];
};

/** GET /api/matching/runs/{id}/unassigned, one element. */
export type UnassignedFamily = {
  familyId: string;
  reference: string;
  size: number;
  urgency: Urgency;
  waitingDays: number | null;
};

/**
 * Reasons that are not rules: the offer went to another family in the run (TAKEN), or no rule
 * excludes it any more because the family or the offer changed after the run (CHANGED).
 */
export const NON_RULE_REASONS = ['TAKEN', 'CHANGED'] as const;

/** `text` in English; `key` and `values` for the reader's language (see lib/explanations). */
export type ExclusionReason = SentenceKey & { rule: string; text: string };

/** GET /api/matching/families/{familyId}/why-unassigned?runId= */
export type WhyUnassigned = {
  familyId: string;
  reference: string;
  /** Whose data the rules were checked against: today's (the run keeps no copy of its input). */
  basis: 'RUN' | 'TODAY';
  /** When they were checked. */
  checkedAt: string;
  /** The run "given to another family" (TAKEN) comes from; null when no run has finished. */
  runId: string | null;
  offers: {
    offerId: string;
    title: string;
    place: string;
    distanceKm: number | null;
    reasons: ExclusionReason[];
  }[];
};
