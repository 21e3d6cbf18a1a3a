import { z } from 'zod';
import {
  checkedChoice,
  checkedText,
  isIsoDate,
  issueKeys,
  numberError,
  parseWholeNumber,
  textError,
  todayIso,
  type ValidationKey,
} from '../../../../components/form';
import { maxLengthOf, rangeOf } from '../../../../lib/api';
import type { Offer, OfferRequest, OfferRequestStatus, OfferType, StepFree } from '../../types';

export type LocationKind = 'postcode' | 'place';

/** The offer as the host is filling it in: numbers stay text until sent, choices may be unmade. */
export type OfferDraft = {
  type: OfferType | '';
  title: string;
  address: string;
  locationKind: LocationKind;
  postcode: string;
  place: string;
  bedrooms: string;
  maxGuests: string;
  stepFree: StepFree | '';
  wheelchairBathroom: boolean;
  groundFloorBedroom: boolean;
  childrenWelcome: boolean;
  petsAllowed: boolean;
  womenOnly: boolean;
  lgbtqiAffirming: boolean;
  smokingAllowed: boolean;
  availableFrom: string;
  openEnded: boolean;
  availableUntil: string;
  minimumStayMonths: string;
};

export const STEPS = [
  { id: 'place', fields: ['type', 'title', 'address', 'postcode', 'place'] },
  { id: 'space', fields: ['bedrooms', 'maxGuests', 'stepFree', 'wheelchairBathroom', 'groundFloorBedroom'] },
  { id: 'suits', fields: ['childrenWelcome', 'petsAllowed', 'womenOnly', 'lgbtqiAffirming', 'smokingAllowed'] },
  { id: 'dates', fields: ['availableFrom', 'availableUntil', 'minimumStayMonths'] },
  { id: 'review', fields: ['status'] },
] as const;
export type StepId = (typeof STEPS)[number]['id'];

export const OFFER_FIELDS: readonly string[] = STEPS.flatMap((step) => step.fields);

/** The step that shows a field, so an error from the server takes the host back there. */
export function stepOfField(field: string): number | null {
  const index = STEPS.findIndex((step) => (step.fields as readonly string[]).includes(field));
  return index >= 0 ? index : null;
}

/** Limits as the API states them (frontend/openapi.json), not restated here. */
export const LIMITS = {
  title: maxLengthOf('OfferRequest', 'title'),
  address: maxLengthOf('OfferRequest', 'address'),
  postcode: maxLengthOf('OfferRequest', 'postcode'),
  place: maxLengthOf('OfferRequest', 'place'),
} as const;
export const BEDROOMS = rangeOf('OfferRequest', 'bedrooms');
export const MAX_GUESTS = rangeOf('OfferRequest', 'maxGuests');
export const MINIMUM_STAY = rangeOf('OfferRequest', 'minimumStayMonths');

export const EMPTY_DRAFT: OfferDraft = {
  type: '',
  title: '',
  address: '',
  locationKind: 'postcode',
  postcode: '',
  place: '',
  bedrooms: '1',
  maxGuests: '',
  stepFree: '',
  wheelchairBathroom: false,
  groundFloorBedroom: false,
  childrenWelcome: false,
  petsAllowed: false,
  womenOnly: false,
  lgbtqiAffirming: false,
  smokingAllowed: false,
  availableFrom: '',
  openEnded: true,
  availableUntil: '',
  // What most hosting schemes ask for; the host can change it.
  minimumStayMonths: '6',
};

/** Whether a value read back from storage has every answer of an offer draft, each of its kind. */
export function isOfferDraft(value: unknown): value is OfferDraft {
  if (!value || typeof value !== 'object') return false;
  const answers = value as Record<string, unknown>;
  return (Object.keys(EMPTY_DRAFT) as (keyof OfferDraft)[]).every(
    (name) => typeof answers[name] === typeof EMPTY_DRAFT[name],
  );
}

export function draftOfOffer(offer: Offer): OfferDraft {
  return {
    type: offer.type,
    title: offer.title,
    address: offer.address,
    locationKind: offer.place && !offer.postcode ? 'place' : 'postcode',
    postcode: offer.postcode ?? '',
    place: offer.place ?? '',
    bedrooms: String(offer.bedrooms),
    maxGuests: String(offer.maxGuests),
    stepFree: offer.stepFree,
    wheelchairBathroom: offer.wheelchairBathroom,
    groundFloorBedroom: offer.groundFloorBedroom,
    childrenWelcome: offer.childrenWelcome,
    petsAllowed: offer.petsAllowed,
    womenOnly: offer.womenOnly,
    lgbtqiAffirming: offer.lgbtqiAffirming,
    smokingAllowed: offer.smokingAllowed,
    availableFrom: offer.availableFrom,
    openEnded: !offer.availableUntil,
    availableUntil: offer.availableUntil ?? '',
    minimumStayMonths: String(offer.minimumStayMonths),
  };
}

/** Exactly one of postcode and place is sent; the other is null. */
export function locationQuery(draft: OfferDraft): string {
  return (draft.locationKind === 'postcode' ? draft.postcode : draft.place).trim();
}

export function requestOf(draft: OfferDraft, status: OfferRequestStatus): OfferRequest {
  const whole = (value: string) => parseWholeNumber(value) ?? 0;
  return {
    title: draft.title.trim(),
    type: draft.type as OfferType,
    address: draft.address.trim(),
    postcode: draft.locationKind === 'postcode' ? draft.postcode.trim().toUpperCase() : null,
    place: draft.locationKind === 'place' ? draft.place.trim() : null,
    bedrooms: whole(draft.bedrooms),
    maxGuests: whole(draft.maxGuests),
    stepFree: draft.stepFree as StepFree,
    wheelchairBathroom: draft.wheelchairBathroom,
    groundFloorBedroom: draft.groundFloorBedroom,
    petsAllowed: draft.petsAllowed,
    childrenWelcome: draft.childrenWelcome,
    womenOnly: draft.womenOnly,
    lgbtqiAffirming: draft.lgbtqiAffirming,
    smokingAllowed: draft.smokingAllowed,
    availableFrom: draft.availableFrom,
    availableUntil: draft.openEnded ? null : draft.availableUntil,
    minimumStayMonths: draft.minimumStayMonths.trim() === '' ? 0 : whole(draft.minimumStayMonths),
    status,
  };
}

/**
 * The offer wizard's one schema: what an offer must be before it is sent. The limits are the API's
 * (frontend/openapi.json); the server checks them again. A new offer cannot start in the past; a
 * saved one may keep the date it has.
 */
export function offerSchema({ isNew, today }: { isNew: boolean; today: string }) {
  return z
    .object({
      type: checkedChoice<OfferType>((value) => (value ? undefined : 'validation.choose')),
      title: checkedText((value) => textError(value, LIMITS.title)),
      address: checkedText((value) => textError(value, LIMITS.address)),
      locationKind: z.enum(['postcode', 'place']),
      postcode: z.string(),
      place: z.string(),
      bedrooms: checkedText((value) => numberError(value, BEDROOMS.min, BEDROOMS.max, 'validation.bedrooms')),
      maxGuests: checkedText((value) => numberError(value, MAX_GUESTS.min, MAX_GUESTS.max, 'validation.maxGuests')),
      stepFree: checkedChoice<StepFree>((value) => (value ? undefined : 'validation.choose')),
      wheelchairBathroom: z.boolean(),
      groundFloorBedroom: z.boolean(),
      childrenWelcome: z.boolean(),
      petsAllowed: z.boolean(),
      womenOnly: z.boolean(),
      lgbtqiAffirming: z.boolean(),
      smokingAllowed: z.boolean(),
      availableFrom: checkedText((date) => {
        if (!date) return 'validation.required';
        if (!isIsoDate(date)) return 'validation.date';
        return isNew && date < today ? 'validation.dateNotBeforeToday' : undefined;
      }),
      openEnded: z.boolean(),
      availableUntil: z.string(),
      minimumStayMonths: checkedText((value) =>
        value.trim() === ''
          ? undefined
          : numberError(value, MINIMUM_STAY.min, MINIMUM_STAY.max, 'validation.minimumStay'),
      ),
    })
    .superRefine((draft, context) => {
      const problem = (path: keyof OfferDraft, key: ValidationKey | undefined) => {
        if (key) context.addIssue({ code: 'custom', path: [path], message: key });
      };
      // Only the way of giving the location the host chose is checked (and sent).
      if (draft.locationKind === 'postcode') problem('postcode', textError(draft.postcode, LIMITS.postcode));
      else problem('place', textError(draft.place, LIMITS.place));
      if (!draft.openEnded) {
        const until = draft.availableUntil;
        if (!until) problem('availableUntil', 'validation.required');
        else if (!isIsoDate(until)) problem('availableUntil', 'validation.date');
        else if (isIsoDate(draft.availableFrom) && until <= draft.availableFrom) {
          problem('availableUntil', 'validation.untilAfterFrom');
        }
      }
    }) satisfies z.ZodType<OfferDraft>;
}

/** What is wrong on one step, checked before Next; the server checks everything again. */
export function validateStep(
  step: StepId,
  draft: OfferDraft,
  options: { isNew: boolean; today?: string },
): Record<string, ValidationKey> {
  const result = offerSchema({ isNew: options.isNew, today: options.today ?? todayIso() }).safeParse(draft);
  if (result.success) return {};
  const onStep = new Set<string>(STEPS.find(({ id }) => id === step)?.fields ?? []);
  return Object.fromEntries(Object.entries(issueKeys(result.error.issues)).filter(([field]) => onStep.has(field)));
}
