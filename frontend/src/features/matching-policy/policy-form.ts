import { parseWholeNumber } from '../../components/form';
import {
  POLICY_FIELDS,
  URGENCIES,
  WEIGHTS,
  type MatchingPolicy,
  type PolicyField,
  type PolicyFieldName,
  type Urgency,
  type Weight,
} from './types';

/** What the admin has typed, field by field: text, so a half-typed number is kept as it is. */
export type PolicyDraft = Record<PolicyFieldName, string>;

/** Why a typed value cannot be sent; worded at render time, so it follows a language switch. */
export type DraftProblem = 'required' | 'range';

export function policyValue(policy: MatchingPolicy, name: PolicyFieldName): number {
  if (name === 'arrivalWindowDays' || name === 'minimumStayMonths') return policy[name];
  const [group, key] = name.split('.') as ['urgencyWeights', Urgency] | ['weights', Weight];
  return group === 'urgencyWeights' ? policy.urgencyWeights[key] : policy.weights[key];
}

function draftFrom(valueOf: (field: PolicyField) => number): PolicyDraft {
  return Object.fromEntries(POLICY_FIELDS.map((field) => [field.name, String(valueOf(field))])) as PolicyDraft;
}

export function draftOf(policy: MatchingPolicy): PolicyDraft {
  return draftFrom((field) => policyValue(policy, field.name));
}

/** Haven's defaults from docs/matching.md, for an admin who wants to start again from them. */
export function defaultDraft(): PolicyDraft {
  return draftFrom((field) => field.defaultValue);
}

export type ReadDraft =
  | { policy: MatchingPolicy; problems: null }
  | { policy: null; problems: Partial<Record<PolicyFieldName, DraftProblem>> };

/**
 * The policy the draft describes, or what is wrong with it. The same ranges as the server, so
 * the admin hears at once (and in their language); the server still has the final word.
 */
export function readDraft(draft: PolicyDraft): ReadDraft {
  const problems: Partial<Record<PolicyFieldName, DraftProblem>> = {};
  const values = {} as Record<PolicyFieldName, number>;
  for (const field of POLICY_FIELDS) {
    const text = draft[field.name];
    const value = parseWholeNumber(text);
    if (text.trim() === '') problems[field.name] = 'required';
    else if (value === null || value < field.min || value > field.max) problems[field.name] = 'range';
    else values[field.name] = value;
  }
  if (Object.keys(problems).length > 0) return { policy: null, problems };
  return {
    policy: {
      arrivalWindowDays: values.arrivalWindowDays,
      minimumStayMonths: values.minimumStayMonths,
      urgencyWeights: Object.fromEntries(
        URGENCIES.map((urgency) => [urgency, values[`urgencyWeights.${urgency}`]]),
      ) as Record<Urgency, number>,
      weights: Object.fromEntries(WEIGHTS.map((weight) => [weight, values[`weights.${weight}`]])) as Record<
        Weight,
        number
      >,
    },
    problems: null,
  };
}

/** The settings that differ; none means there is nothing to save. */
export function changedFields(before: MatchingPolicy, after: MatchingPolicy): PolicyFieldName[] {
  return POLICY_FIELDS.map((field) => field.name).filter(
    (name) => policyValue(before, name) !== policyValue(after, name),
  );
}

/**
 * The server names errors on the urgency weights by their Java names (`urgencyWeights.critical`)
 * while the JSON says `CRITICAL`; both land on the same field.
 */
export const SERVER_FIELD_ALIASES: Record<string, PolicyFieldName> = Object.fromEntries(
  URGENCIES.map((urgency) => [`urgencyWeights.${urgency.toLowerCase()}`, `urgencyWeights.${urgency}`]),
);
