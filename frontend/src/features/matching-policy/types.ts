import type { Urgency } from '../../lib/api';

export { URGENCIES } from '../../lib/api';
export type { Urgency };

export const WEIGHTS = [
  'distance',
  'spareBeds',
  'noSharedLanguage',
  'shortStay',
  'waitForRoom',
  'linkedApart',
  'keepProposal',
] as const;
export type Weight = (typeof WEIGHTS)[number];

/** The policy object of the matching page's instance format (GET/PUT /api/admin/matching-policy). */
export type MatchingPolicy = {
  arrivalWindowDays: number;
  minimumStayMonths: number;
  urgencyWeights: Record<Urgency, number>;
  weights: Record<Weight, number>;
};

/**
 * A setting by its path in the policy object; the server names field errors and audit entries
 * the same way (`weights.noSharedLanguage`, `urgencyWeights.CRITICAL`).
 */
export type PolicyFieldName =
  'arrivalWindowDays' | 'minimumStayMonths' | `urgencyWeights.${Urgency}` | `weights.${Weight}`;

export type PolicyField = {
  name: PolicyFieldName;
  min: number;
  max: number;
  /** The value of docs/matching.md, offered when an admin wants to start again from it. */
  defaultValue: number;
};

export type PolicyGroup = { id: 'dates' | 'urgency' | 'weights'; fields: readonly PolicyField[] };

/** Every setting, in the order the page shows them, with the ranges the server enforces. */
export const POLICY_GROUPS: readonly PolicyGroup[] = [
  {
    id: 'dates',
    fields: [
      { name: 'arrivalWindowDays', min: 0, max: 90, defaultValue: 14 },
      { name: 'minimumStayMonths', min: 0, max: 24, defaultValue: 6 },
    ],
  },
  {
    id: 'urgency',
    fields: [
      { name: 'urgencyWeights.CRITICAL', min: 1, max: 100, defaultValue: 4 },
      { name: 'urgencyWeights.HIGH', min: 1, max: 100, defaultValue: 2 },
      { name: 'urgencyWeights.NORMAL', min: 1, max: 100, defaultValue: 1 },
    ],
  },
  {
    id: 'weights',
    fields: [
      { name: 'weights.distance', min: 0, max: 1000, defaultValue: 1 },
      { name: 'weights.spareBeds', min: 0, max: 1000, defaultValue: 10 },
      { name: 'weights.noSharedLanguage', min: 0, max: 1000, defaultValue: 30 },
      { name: 'weights.shortStay', min: 0, max: 1000, defaultValue: 5 },
      { name: 'weights.waitForRoom', min: 0, max: 1000, defaultValue: 1 },
      { name: 'weights.linkedApart', min: 0, max: 1000, defaultValue: 5 },
      { name: 'weights.keepProposal', min: 0, max: 1000, defaultValue: 50 },
    ],
  },
];

export const POLICY_FIELDS: readonly PolicyField[] = POLICY_GROUPS.flatMap((group) => group.fields);
