import { describe, expect, it } from 'vitest';
import { caseDraftOf, newMemberRow, type CaseDraft } from './family-form-state';
import { familyCaseSchema } from './family-schema';

function draft(change: Partial<CaseDraft> = {}): CaseDraft {
  return { ...caseDraftOf(), members: [{ ...newMemberRow('LEAD'), firstName: 'Amina' }], ...change };
}

function problems(value: CaseDraft, stored?: Parameters<typeof familyCaseSchema>[0]) {
  const result = familyCaseSchema(stored).safeParse(value);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the family case schema', () => {
  it('accepts a case with only a named lead', () => {
    expect(problems(draft())).toEqual({});
  });

  it('names each problem by its translation key, at the field’s path', () => {
    expect(
      problems(
        draft({
          members: [{ ...newMemberRow(''), firstName: ' ', age: '121' }],
          notes: 'x'.repeat(4001),
          nationality: 'x'.repeat(101),
          contactEmail: 'not-an-address',
          expectedStayMonths: '0',
          neededFrom: '2020-01-01',
        }),
      ),
    ).toEqual({
      'members.0.firstName': 'validation.required',
      'members.0.age': 'validation.age',
      'members.0.relationship': 'validation.choose',
      notes: 'validation.tooLong',
      nationality: 'validation.tooLong',
      contactEmail: 'validation.email',
      expectedStayMonths: 'validation.stayMonths',
      neededFrom: 'validation.dateNotBeforeToday',
    });
  });

  it('takes its limits from the API contract: exactly at the limit passes, one over fails', () => {
    expect(problems(draft({ notes: '😀'.repeat(4000), maxDistanceKm: '1000', expectedStayMonths: '60' }))).toEqual({});
    expect(problems(draft({ maxDistanceKm: '1001' }))).toEqual({ maxDistanceKm: 'validation.distance' });
    expect(problems(draft({ locationTies: 'x'.repeat(1001) }))).toEqual({ locationTies: 'validation.tooLong' });
  });

  it('lets a case keep the past date it already has', () => {
    const stored = { neededFrom: '2020-01-01' } as Parameters<typeof familyCaseSchema>[0];
    expect(problems(draft({ neededFrom: '2020-01-01' }), stored)).toEqual({});
  });
});
