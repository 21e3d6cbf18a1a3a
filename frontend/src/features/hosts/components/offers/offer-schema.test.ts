import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, offerSchema, validateStep, type OfferDraft } from './offer-form-state';

const TODAY = '2026-03-01';
const complete: OfferDraft = {
  ...EMPTY_DRAFT,
  type: 'ROOM_IN_HOME',
  title: 'Double room',
  address: '1 Example Street',
  postcode: 'LS6 3AB',
  maxGuests: '2',
  stepFree: 'NONE',
  availableFrom: '2026-03-02',
};

describe('the offer schema', () => {
  it('accepts a complete offer', () => {
    expect(offerSchema({ isNew: true, today: TODAY }).safeParse(complete).success).toBe(true);
  });

  it('checks one step at a time, naming only that step’s fields', () => {
    expect(validateStep('place', EMPTY_DRAFT, { isNew: true, today: TODAY })).toEqual({
      type: 'validation.choose',
      title: 'validation.required',
      address: 'validation.required',
      postcode: 'validation.required',
    });
    expect(validateStep('space', EMPTY_DRAFT, { isNew: true, today: TODAY })).toEqual({
      maxGuests: 'validation.required',
      stepFree: 'validation.choose',
    });
  });

  it('checks the place name instead of the postcode when the host gives one', () => {
    const byPlace = { ...complete, locationKind: 'place' as const, postcode: '', place: 'x'.repeat(101) };
    expect(validateStep('place', byPlace, { isNew: true, today: TODAY })).toEqual({ place: 'validation.tooLong' });
  });

  it('takes the API contract’s limits: 20 bedrooms, 30 guests, 36 months', () => {
    const at = { ...complete, bedrooms: '20', maxGuests: '30', minimumStayMonths: '36' };
    expect(validateStep('space', at, { isNew: true, today: TODAY })).toEqual({});
    expect(validateStep('dates', at, { isNew: true, today: TODAY })).toEqual({});
    const over = { ...complete, bedrooms: '21', maxGuests: '31', minimumStayMonths: '37' };
    expect(validateStep('space', over, { isNew: true, today: TODAY })).toEqual({
      bedrooms: 'validation.bedrooms',
      maxGuests: 'validation.maxGuests',
    });
    expect(validateStep('dates', over, { isNew: true, today: TODAY })).toEqual({
      minimumStayMonths: 'validation.minimumStay',
    });
  });

  it('wants an end after the start unless open-ended, and a new offer not to start in the past', () => {
    const dates = { ...complete, availableFrom: '2026-02-01', openEnded: false, availableUntil: '2026-01-01' };
    expect(validateStep('dates', dates, { isNew: true, today: TODAY })).toEqual({
      availableFrom: 'validation.dateNotBeforeToday',
      availableUntil: 'validation.untilAfterFrom',
    });
    expect(validateStep('dates', dates, { isNew: false, today: TODAY })).toEqual({
      availableUntil: 'validation.untilAfterFrom',
    });
  });
});
