import type { Proposal, Run, UnassignedFamily, WhyUnassigned } from './types';

/** Answers the matching API gives, for the tests of this feature. */

export const solvingRun: Run = {
  id: 'run-2',
  status: 'SOLVING',
  score: '0hard/-57medium/-1234soft',
  startedAt: '2026-03-02T10:00:00Z',
  finishedAt: null,
  seconds: 30,
  families: 60,
  offers: 80,
  assigned: 48,
  elapsedMs: 4_000,
  proposals: 0,
  failure: null,
  notice: null,
  mediumProven: false,
};

export const doneRun: Run = {
  ...solvingRun,
  status: 'DONE',
  score: '0hard/-12medium/-345soft',
  finishedAt: '2026-03-02T10:00:30Z',
  assigned: 55,
  elapsedMs: 30_000,
  proposals: 3,
};

export const olderRun: Run = {
  ...doneRun,
  id: 'run-1',
  startedAt: '2026-03-01T09:00:00Z',
  finishedAt: '2026-03-01T09:00:10Z',
  seconds: 10,
  status: 'STOPPED',
  proposals: 0,
};

const hardChecks = [
  {
    rule: 'H1',
    penalty: 0,
    text: '5 people, room for up to 5',
    passed: true,
    key: 'H1.fits',
    values: { count: 5, maxGuests: 5 },
  },
  { rule: 'H2', penalty: 0, text: 'needs 2 bedrooms, the offer has 2', passed: true },
  { rule: 'H9', penalty: 0, text: 'children welcome, enhanced DBS with barred list', passed: true },
];

export const leedsProposal: Proposal = {
  id: 'p-1',
  runId: 'run-2',
  familyId: 'f-1',
  offerId: 'o-1',
  status: 'PROPOSED',
  score: -42,
  distanceKm: 12,
  family: {
    reference: 'F-7K2Q',
    size: 5,
    adults: 2,
    children: 3,
    urgency: 'HIGH',
    waitingDays: 9,
    preferredPlace: 'Leeds',
  },
  offer: {
    title: 'Double room near Hyde Park',
    type: 'ROOM_IN_HOME',
    place: 'Leeds LS6',
    bedrooms: 2,
    maxGuests: 5,
    hostId: 'h-1',
  },
  explanation: [
    { rule: 'S1', penalty: 12, text: '12 km from preferred area (Leeds)', passed: true },
    { rule: 'S2', penalty: 0, text: 'no spare beds', passed: true },
    { rule: 'S3', penalty: 30, text: 'No language shared with the host', passed: true, key: 'S3.none', values: {} },
    { rule: 'S4', penalty: 0, text: 'available for the whole stay', passed: true },
    { rule: 'S5', penalty: 0, text: 'room free when needed', passed: true },
    ...hardChecks,
  ],
};

export const yorkProposal: Proposal = {
  ...leedsProposal,
  id: 'p-2',
  familyId: 'f-2',
  offerId: 'o-2',
  score: -5,
  distanceKm: 3,
  family: {
    ...leedsProposal.family,
    reference: 'F-ABCD',
    size: 2,
    adults: 2,
    children: 0,
    urgency: 'NORMAL',
    waitingDays: 30,
    preferredPlace: 'York',
  },
  offer: {
    ...leedsProposal.offer,
    title: 'Flat by the river',
    type: 'SELF_CONTAINED',
    place: 'York YO1',
    hostId: 'h-2',
  },
  explanation: [
    { rule: 'S1', penalty: 3, text: '3 km from preferred area (York)', passed: true },
    { rule: 'S3', penalty: 0, text: 'shares Ukrainian with the host', passed: true },
    { rule: 'S5', penalty: 2, text: 'waits 2 days for the room', passed: true },
    ...hardChecks,
  ],
};

export const anywhereProposal: Proposal = {
  ...leedsProposal,
  id: 'p-3',
  familyId: 'f-3',
  offerId: 'o-3',
  score: -100,
  distanceKm: null,
  family: {
    ...leedsProposal.family,
    reference: 'F-ZZ99',
    size: 7,
    adults: 2,
    children: 5,
    urgency: 'CRITICAL',
    waitingDays: 2,
    preferredPlace: null,
  },
  offer: {
    ...leedsProposal.offer,
    title: 'House in Bradford',
    type: 'SELF_CONTAINED',
    place: 'Bradford BD1',
    hostId: 'h-3',
  },
  explanation: [{ rule: 'S2', penalty: 100, text: '10 spare beds', passed: true }, ...hardChecks],
};

export const proposals: Proposal[] = [leedsProposal, yorkProposal, anywhereProposal];

export const unassigned: UnassignedFamily[] = [
  { familyId: 'f-9', reference: 'F-BIG1', size: 12, urgency: 'CRITICAL', waitingDays: 40 },
];

export const whyBig: WhyUnassigned = {
  familyId: 'f-9',
  reference: 'F-BIG1',
  basis: 'TODAY',
  checkedAt: '2025-11-21T10:15:00Z',
  runId: 'run-2',
  offers: [
    {
      offerId: 'o-7',
      title: 'Family house in Leeds',
      place: 'Leeds LS8',
      distanceKm: 4,
      reasons: [
        { rule: 'H1', text: '12 people, room for only 8', key: 'H1.tooMany', values: { count: 12, maxGuests: 8 } },
        { rule: 'H2', text: 'needs 5 bedrooms, the offer has 4' },
      ],
    },
    {
      offerId: 'o-1',
      title: 'Double room near Hyde Park',
      place: 'Leeds LS6',
      distanceKm: 6,
      reasons: [
        {
          rule: 'TAKEN',
          text: 'Proposed to family F-7K2Q, which the run could house better here',
          key: 'TAKEN.otherFamily',
          values: { reference: 'F-7K2Q' },
        },
      ],
    },
    {
      offerId: 'o-8',
      title: 'Annexe in Otley',
      place: 'Otley LS21',
      distanceKm: null,
      reasons: [
        {
          rule: 'CHANGED',
          text: 'No rule keeps the family out now; the family or the offer changed after the run. Run matching again.',
        },
      ],
    },
  ],
};
