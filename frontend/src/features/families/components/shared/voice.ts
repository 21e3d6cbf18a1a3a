/**
 * Who the form speaks to: a caseworker writing about a family ("Needs step-free access"), or the
 * family itself ("We need a home without steps"). The same answers, worded for the reader.
 */
export type Voice = 'caseworker' | 'family';
