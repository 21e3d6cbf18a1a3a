import type { HostPlacement, Placement, Proposal } from './types';

/** A proposal as GET /api/matching/proposals/{id} answers, every rule met. */
export const proposal: Proposal = {
  id: 'p-1',
  runId: 'r-1',
  familyId: 'f-1',
  offerId: 'o-1',
  status: 'PROPOSED',
  score: -52,
  distanceKm: 12,
  family: {
    reference: 'FAM-7K2Q',
    size: 3,
    adults: 2,
    children: 1,
    urgency: 'HIGH',
    waitingDays: 9,
    preferredPlace: 'Leeds',
  },
  offer: {
    title: 'Two rooms in a family home',
    type: 'ROOM_IN_HOME',
    place: 'LS (Leeds)',
    bedrooms: 2,
    maxGuests: 4,
    hostId: 'h-1',
  },
  explanation: [
    { rule: 'S1', penalty: 12, text: '12 km from preferred area (Leeds)', passed: true },
    { rule: 'S2', penalty: 10, text: '1 spare bed', passed: true },
    { rule: 'H1', penalty: 0, text: '3 people, room for up to 4', passed: true },
    { rule: 'H10', penalty: 0, text: 'Not a women-only home', passed: true },
  ],
};

/** The same pair breaking H10: only an override can approve it. */
export const overrideProposal: Proposal = {
  ...proposal,
  explanation: proposal.explanation.map((line) =>
    line.rule === 'H10' ? { ...line, text: 'Women-only home; a man aged 17 is in the family', passed: false } : line,
  ),
};

export const placement: Placement = {
  id: 'pl-1',
  proposalId: 'p-1',
  familyId: 'f-1',
  familyReference: 'FAM-7K2Q',
  offerId: 'o-1',
  offerTitle: 'Two rooms in a family home',
  offerPlace: 'LS (Leeds)',
  hostId: 'h-1',
  status: 'AWAITING_HOST',
  approvedAt: '2025-11-20T10:00:00Z',
  approvedBy: 'u-cw',
  override: null,
  answerDueAt: '2025-11-27T10:00:00Z',
  remindedAt: null,
  answeredAt: null,
  declineReason: null,
  confirmedAt: null,
  moveInDate: null,
  nextCheckInDue: null,
  checkInOverdue: false,
  checkIns: [],
  endedOn: null,
  endReason: null,
  endNote: null,
  rematch: null,
  updatedAt: '2025-11-20T10:00:00Z',
};

export const movedIn: Placement = {
  ...placement,
  status: 'MOVED_IN',
  answerDueAt: null,
  answeredAt: '2025-11-21T09:00:00Z',
  confirmedAt: '2025-11-22T09:00:00Z',
  moveInDate: '2025-11-24',
  nextCheckInDue: '2025-12-01',
  checkInOverdue: true,
  updatedAt: '2025-11-24T09:00:00Z',
};

export const hostPlacement: HostPlacement = {
  id: 'pl-1',
  status: 'AWAITING_HOST',
  offerId: 'o-1',
  offerTitle: 'Two rooms in a family home',
  family: {
    size: 3,
    members: [
      { age: 34, sex: 'F' },
      { age: 36, sex: 'M' },
      { age: 1, sex: null },
    ],
    languages: ['fa', 'en'],
    needsStepFree: true,
    hasPets: false,
    neededFrom: '2025-12-01',
  },
  offeredAt: '2025-11-20T10:00:00Z',
  answerDueAt: '2025-11-27T10:00:00Z',
  moveInDate: null,
  endedOn: null,
};
