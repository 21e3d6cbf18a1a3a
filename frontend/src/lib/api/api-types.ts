import type { components } from './schema';

/**
 * Types shared by several features, taken from the API's own description: schema.d.ts is
 * generated from openapi.json (npm run api:generate), which a backend test keeps equal to what
 * /v3/api-docs serves, so a change on the server shows up here as a compile error.
 */
type Schemas = components['schemas'];

/** A family's urgency, as the API names it. */
export type Urgency = NonNullable<Schemas['FamilyRequest']['urgency']>;

/** Every urgency, most urgent first (the order lists and charts use). */
export const URGENCIES = ['CRITICAL', 'HIGH', 'NORMAL'] as const satisfies readonly Urgency[];

type Assert<T extends true> = T;
/** Does not compile when the API gains an urgency that URGENCIES lacks. */
export type EveryUrgencyListed = Assert<[Exclude<Urgency, (typeof URGENCIES)[number]>] extends [never] ? true : false>;

/**
 * One rule as checked for a proposed pair: soft rules (S1–S7) with what they cost, hard rules
 * (H1–H16) with whether they passed. `text` is the server's sentence for a caseworker (English);
 * `key` and `values` the same sentence for the browser to word in the reader's language, absent
 * (null) in explanations stored before they existed.
 */
export type ExplanationLine = Required<Omit<Schemas['ExplanationLine'], 'key' | 'values'>> & SentenceKey;

/** A sentence as a message key and the values it needs ("H1.fits", {"count": 3, "maxGuests": 4}). */
export type SentenceKey = { key?: string | null; values?: Record<string, unknown> | null };
