import { describe, expect, it } from 'vitest';
import { enumOf, maxItemsOf, maxLengthOf, rangeOf } from './contract-limits';

describe('limits read from the API contract', () => {
  it('gives a text field’s maximum length, a number’s range, a list’s size and a choice’s values', () => {
    expect(maxLengthOf('FamilyRequest', 'notes')).toBe(4000);
    expect(maxLengthOf('Member', 'firstName')).toBe(50);
    expect(rangeOf('FamilyRequest', 'expectedStayMonths')).toEqual({ min: 1, max: 60 });
    expect(maxItemsOf('FamilyRequest', 'members')).toBe(20);
    expect(enumOf('FamilyRequest', 'urgency')).toEqual(['CRITICAL', 'HIGH', 'NORMAL']);
  });

  it('refuses a limit the contract does not state, rather than guessing one', () => {
    expect(() => maxLengthOf('FamilyRequest', 'expectedStayMonths')).toThrow(/maxLength/);
    expect(() => rangeOf('FamilyRequest', 'notes')).toThrow(/minimum/);
  });
});
