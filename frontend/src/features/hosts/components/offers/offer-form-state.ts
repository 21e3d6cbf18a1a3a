import {
  collectErrors,
  isIsoDate,
  numberError,
  parseWholeNumber,
  textError,
  todayIso,
  type ValidationKey,
} from '../../../../components/form';
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

export const LIMITS = {
  title: 100,
  address: 300,
  postcode: 10,
  place: 100,
} as const;

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

type StepCheck = (
  draft: OfferDraft,
  options: { isNew: boolean; today: string },
) => Record<string, ValidationKey | undefined>;

const STEP_CHECKS: Record<StepId, StepCheck> = {
  place: (draft) => ({
    type: draft.type ? undefined : 'validation.choose',
    title: textError(draft.title, LIMITS.title),
    address: textError(draft.address, LIMITS.address),
    ...(draft.locationKind === 'postcode'
      ? { postcode: textError(draft.postcode, LIMITS.postcode) }
      : { place: textError(draft.place, LIMITS.place) }),
  }),
  space: (draft) => ({
    bedrooms: numberError(draft.bedrooms, 1, 20, 'validation.bedrooms'),
    maxGuests: numberError(draft.maxGuests, 1, 30, 'validation.maxGuests'),
    stepFree: draft.stepFree ? undefined : 'validation.choose',
  }),
  suits: () => ({}),
  dates: (draft, { isNew, today }) => {
    let availableFrom: ValidationKey | undefined;
    if (!draft.availableFrom) availableFrom = 'validation.required';
    else if (!isIsoDate(draft.availableFrom)) availableFrom = 'validation.date';
    else if (isNew && draft.availableFrom < today) availableFrom = 'validation.dateNotBeforeToday';
    let availableUntil: ValidationKey | undefined;
    if (!draft.openEnded) {
      if (!draft.availableUntil) availableUntil = 'validation.required';
      else if (!isIsoDate(draft.availableUntil)) availableUntil = 'validation.date';
      else if (isIsoDate(draft.availableFrom) && draft.availableUntil <= draft.availableFrom) {
        availableUntil = 'validation.untilAfterFrom';
      }
    }
    const minimumStayMonths =
      draft.minimumStayMonths.trim() === ''
        ? undefined
        : numberError(draft.minimumStayMonths, 0, 36, 'validation.minimumStay');
    return { availableFrom, availableUntil, minimumStayMonths };
  },
  review: () => ({}),
};

/** What is wrong on one step, checked before Next; the server checks everything again. */
export function validateStep(
  step: StepId,
  draft: OfferDraft,
  options: { isNew: boolean; today?: string },
): Record<string, ValidationKey> {
  return collectErrors(STEP_CHECKS[step](draft, { isNew: options.isNew, today: options.today ?? todayIso() }));
}
