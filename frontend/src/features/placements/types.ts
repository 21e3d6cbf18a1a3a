import type { ExplanationLine, Urgency } from '../../lib/api';

/** Types of proposals' decisions and placements; see docs/api.md, "Placements" and "Matching". */

export const PLACEMENT_STATUSES = [
  'AWAITING_HOST',
  'HOST_ACCEPTED',
  'CONFIRMED',
  'MOVED_IN',
  'ENDED',
  'HOST_DECLINED',
  'EXPIRED',
] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** A caseworker may still act on these; the others are over. */
export const LIVE_STATUSES: readonly PlacementStatus[] = ['AWAITING_HOST', 'HOST_ACCEPTED', 'CONFIRMED', 'MOVED_IN'];

export function isLive(status: PlacementStatus): boolean {
  return LIVE_STATUSES.includes(status);
}

export const WELLBEINGS = ['GOOD', 'SOME_CONCERNS', 'SERIOUS_CONCERNS'] as const;
export type Wellbeing = (typeof WELLBEINGS)[number];

export const END_REASONS = ['PLANNED', 'HOST_ENDED', 'FAMILY_ENDED', 'BREAKDOWN', 'SAFEGUARDING'] as const;
export type EndReason = (typeof END_REASONS)[number];

export type CheckIn = {
  id: string;
  date: string;
  wellbeing: Wellbeing;
  note: string | null;
  recordedAt: string;
};

/** H10–H12 broken on purpose, with the caseworker's written reason. */
export type Override = { rules: string[]; reason: string | null };

/** GET /api/placements/{id}: what a caseworker sees. */
export type Placement = {
  id: string;
  proposalId: string;
  familyId: string;
  familyReference: string;
  offerId: string;
  offerTitle: string;
  offerPlace: string | null;
  hostId: string;
  status: PlacementStatus;
  approvedAt: string;
  approvedBy: string | null;
  override: Override | null;
  /** While AWAITING_HOST: when the offer lapses unanswered. */
  answerDueAt: string | null;
  remindedAt: string | null;
  answeredAt: string | null;
  declineReason: string | null;
  confirmedAt: string | null;
  moveInDate: string | null;
  /** While MOVED_IN: the next check-in's due date. */
  nextCheckInDue: string | null;
  checkInOverdue: boolean;
  /** Newest first. */
  checkIns: CheckIn[];
  endedOn: string | null;
  endReason: EndReason | null;
  endNote: string | null;
  rematch: boolean | null;
  updatedAt: string;
};

export type MoveInRequest = { date: string };
export type CheckInRequest = { date: string; wellbeing: Wellbeing; note: string | null };
export type EndRequest = { date: string; reason: EndReason; note: string | null; rematch: boolean };

/** One rule as checked for a pair: soft rules carry a penalty; a hard rule broken has passed: false. */
export type { ExplanationLine, Urgency };

export const PROPOSAL_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED', 'SUPERSEDED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** What the decision panel needs of a proposal; the matching pages' proposals have it too. */
export type ProposalToDecide = {
  id: string;
  status: ProposalStatus | (string & {});
  explanation: ExplanationLine[];
};

/** GET /api/matching/proposals/{id} */
export type Proposal = ProposalToDecide & {
  runId: string | null;
  familyId: string;
  offerId: string;
  score: number;
  distanceKm: number | null;
  family: {
    reference: string;
    size: number;
    adults: number;
    children: number;
    urgency: Urgency;
    waitingDays: number | null;
    preferredPlace: string | null;
  };
  offer: {
    title: string;
    type: string;
    place: string | null;
    bedrooms: number;
    maxGuests: number;
    hostId: string;
  };
};

export type HostFamilyMember = { age: number | null; sex: 'F' | 'M' | 'X' | null };

/** The minimal summary of product.md: nothing else about the family ever reaches a host. */
export type HostFamilySummary = {
  size: number;
  members: HostFamilyMember[];
  languages: string[];
  needsStepFree: boolean;
  hasPets: boolean;
  neededFrom: string | null;
};

/** GET /api/host/placements: a host's own placements. */
export type HostPlacement = {
  id: string;
  status: PlacementStatus;
  offerId: string;
  offerTitle: string;
  family: HostFamilySummary;
  offeredAt: string;
  answerDueAt: string | null;
  moveInDate: string | null;
  endedOn: string | null;
};
