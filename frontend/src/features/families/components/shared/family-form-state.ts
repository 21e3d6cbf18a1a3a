import {
  MAX_LANGUAGES,
  collectErrors,
  emailError,
  isIsoDate,
  numberError,
  parseWholeNumber,
  todayIso,
  type ValidationKey,
} from '../../../../components/form';
import { maxItemsOf, maxLengthOf, rangeOf } from '../../../../lib/api';
import {
  RELATIONSHIPS,
  SEXES,
  type FamilyCase,
  type FamilyNeeds,
  type FamilyRequest,
  type Member,
  type Relationship,
  type Sex,
  type Urgency,
} from '../../types';

/** Limits as the API states them (frontend/openapi.json), not restated here. */
export const MAX_MEMBERS = maxItemsOf('FamilyRequest', 'members');
export const FIRST_NAME_MAX = maxLengthOf('Member', 'firstName');
export const AGE = rangeOf('Member', 'age');
export const STAY_MONTHS = rangeOf('FamilyRequest', 'expectedStayMonths');
export const MAX_DISTANCE_KM = rangeOf('FamilyRequest', 'maxDistanceKm');
export const LOCATION_MAX = maxLengthOf('FamilyRequest', 'preferredPlace');
export const LOCATION_TIES_MAX = maxLengthOf('FamilyRequest', 'locationTies');
export const CONTACT_PHONE_MAX = maxLengthOf('FamilyRequest', 'contactPhone');
export const CONTACT_EMAIL_MAX = maxLengthOf('FamilyRequest', 'contactEmail');
export const NATIONALITY_MAX = maxLengthOf('FamilyRequest', 'nationality');
export const RELIGION_MAX = maxLengthOf('FamilyRequest', 'religion');
export const NOTES_MAX = maxLengthOf('FamilyRequest', 'notes');

/** One person as typed: the age stays text until it is sent, unknown answers stay empty. */
export type MemberRow = {
  key: number;
  firstName: string;
  age: string;
  sex: Sex | '';
  relationship: Relationship | '';
  wheelchairUser: boolean;
};

/** What both forms ask. The preferred postcode or place is one answer; see locationFieldsOf. */
export type NeedsDraft = {
  members: MemberRow[];
  languages: string[];
  needsStepFree: boolean;
  needsGroundFloorBedroom: boolean;
  hasPets: boolean;
  petAllergy: boolean;
  smoker: boolean;
  needsLgbtqiAffirming: boolean;
  location: string;
  locationTies: string;
  neededFrom: string;
  expectedStayMonths: string;
  contactPhone: string;
  contactEmail: string;
};

/** What only a caseworker sees and answers. */
export type CaseDraft = NeedsDraft & {
  urgency: Urgency;
  maxDistanceKm: string;
  nationality: string;
  religion: string;
  notes: string;
  linkedFamilyIds: string[];
};

export type NeedFlag =
  'needsStepFree' | 'needsGroundFloorBedroom' | 'hasPets' | 'petAllergy' | 'smoker' | 'needsLgbtqiAffirming';

export const NEED_FLAGS: readonly NeedFlag[] = [
  'needsStepFree',
  'needsGroundFloorBedroom',
  'hasPets',
  'petAllergy',
  'smoker',
  'needsLgbtqiAffirming',
];

let nextKey = 1;
export function newMemberRow(relationship: Relationship | '' = ''): MemberRow {
  nextKey += 1;
  return { key: nextKey, firstName: '', age: '', sex: '', relationship, wheelchairUser: false };
}

function memberRowOf(member: Member): MemberRow {
  return {
    ...newMemberRow(),
    firstName: member.firstName ?? '',
    age: member.age === null || member.age === undefined ? '' : String(member.age),
    sex: member.sex && SEXES.includes(member.sex) ? member.sex : '',
    relationship: RELATIONSHIPS.includes(member.relationship) ? member.relationship : '',
    wheelchairUser: Boolean(member.wheelchairUser),
  };
}

/** Empty ages and sexes are sent as null: the family may fill them in later. */
export function membersOf(rows: MemberRow[]): Member[] {
  return rows.map((row) => ({
    firstName: row.firstName.trim(),
    age: row.age.trim() === '' ? null : (parseWholeNumber(row.age) ?? -1),
    sex: row.sex === '' ? null : row.sex,
    relationship: row.relationship as Relationship,
    wheelchairUser: row.wheelchairUser,
  }));
}

/** A UK postcode, whole ("LS6 3AB") or its district ("LS6"); anything else is a place name. */
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?(\s*\d[A-Z]{2})?$/i;

export function locationFieldsOf(location: string): {
  preferredPostcode: string | null;
  preferredPlace: string | null;
} {
  const text = location.trim();
  if (!text) return { preferredPostcode: null, preferredPlace: null };
  return POSTCODE.test(text)
    ? { preferredPostcode: text.toUpperCase(), preferredPlace: null }
    : { preferredPostcode: null, preferredPlace: text };
}

function orNull(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}

function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : (parseWholeNumber(text) ?? -1);
}

export function needsDraftOf(needs: FamilyNeeds & { members: Member[] }): NeedsDraft {
  return {
    members: needs.members.length > 0 ? needs.members.map(memberRowOf) : [newMemberRow('LEAD')],
    languages: [...(needs.languages ?? [])],
    needsStepFree: needs.needsStepFree,
    needsGroundFloorBedroom: needs.needsGroundFloorBedroom,
    hasPets: needs.hasPets,
    petAllergy: needs.petAllergy,
    smoker: needs.smoker,
    needsLgbtqiAffirming: needs.needsLgbtqiAffirming,
    location: needs.preferredPostcode ?? needs.preferredPlace ?? '',
    locationTies: needs.locationTies ?? '',
    neededFrom: needs.neededFrom ?? '',
    expectedStayMonths: needs.expectedStayMonths === null ? '' : String(needs.expectedStayMonths),
    contactPhone: needs.contactPhone ?? '',
    contactEmail: needs.contactEmail ?? '',
  };
}

export function needsOf(draft: NeedsDraft): FamilyNeeds & { members: Member[] } {
  return {
    members: membersOf(draft.members),
    languages: draft.languages,
    needsStepFree: draft.needsStepFree,
    needsGroundFloorBedroom: draft.needsGroundFloorBedroom,
    hasPets: draft.hasPets,
    petAllergy: draft.petAllergy,
    smoker: draft.smoker,
    needsLgbtqiAffirming: draft.needsLgbtqiAffirming,
    ...locationFieldsOf(draft.location),
    locationTies: orNull(draft.locationTies),
    neededFrom: orNull(draft.neededFrom),
    expectedStayMonths: numberOrNull(draft.expectedStayMonths),
    contactPhone: orNull(draft.contactPhone),
    contactEmail: orNull(draft.contactEmail),
  };
}

export const EMPTY_NEEDS: FamilyNeeds & { members: Member[] } = {
  members: [],
  languages: [],
  needsStepFree: false,
  needsGroundFloorBedroom: false,
  hasPets: false,
  petAllergy: false,
  smoker: false,
  needsLgbtqiAffirming: false,
  preferredPostcode: null,
  preferredPlace: null,
  locationTies: null,
  neededFrom: null,
  expectedStayMonths: null,
  contactPhone: null,
  contactEmail: null,
};

export function caseDraftOf(family?: FamilyCase): CaseDraft {
  return {
    ...needsDraftOf(family ?? EMPTY_NEEDS),
    urgency: family?.urgency ?? 'NORMAL',
    maxDistanceKm: family?.maxDistanceKm == null ? '' : String(family.maxDistanceKm),
    nationality: family?.nationality ?? '',
    religion: family?.religion ?? '',
    notes: family?.notes ?? '',
    linkedFamilyIds: [...(family?.linkedFamilyIds ?? [])],
  };
}

export function caseRequestOf(draft: CaseDraft, version?: number): FamilyRequest {
  return {
    urgency: draft.urgency,
    ...needsOf(draft),
    maxDistanceKm: numberOrNull(draft.maxDistanceKm),
    linkedFamilyIds: draft.linkedFamilyIds,
    nationality: orNull(draft.nationality),
    religion: orNull(draft.religion),
    notes: orNull(draft.notes),
    ...(version === undefined ? {} : { version }),
  };
}

export type MemberPart = 'firstName' | 'age' | 'sex' | 'relationship' | 'wheelchairUser';
export const MEMBER_PARTS: readonly MemberPart[] = ['firstName', 'age', 'sex', 'relationship', 'wheelchairUser'];

/** Field names as the server names them (`members[0].age`), so both kinds of error land alike. */
export function memberField(index: number, part: MemberPart): string {
  return `members[${index}].${part}`;
}

export function memberFieldNames(rows: MemberRow[]): string[] {
  return ['members', ...rows.flatMap((_, index) => MEMBER_PARTS.map((part) => memberField(index, part)))];
}

export const NEEDS_FIELDS = [
  'languages',
  ...NEED_FLAGS,
  'location',
  'locationTies',
  'neededFrom',
  'expectedStayMonths',
  'contactPhone',
  'contactEmail',
] as const;

/** Caseworker-only fields the form shows; errors on any other (version) go to the alert. */
export const CASE_ONLY_FIELDS = ['urgency', 'maxDistanceKm', 'nationality', 'religion', 'notes', 'linkedFamilyIds'];

export const MAX_LINKED_FAMILIES = maxItemsOf('FamilyRequest', 'linkedFamilyIds');

/** The server names the postcode or the place; the form has one answer for both. */
export const FAMILY_ALIASES: Record<string, string> = {
  preferredPostcode: 'location',
  preferredPlace: 'location',
  ...Object.fromEntries(Array.from({ length: MAX_LANGUAGES + 1 }, (_, index) => [`languages[${index}]`, 'languages'])),
  ...Object.fromEntries(
    Array.from({ length: MAX_LINKED_FAMILIES + 1 }, (_, index) => [`linkedFamilyIds[${index}]`, 'linkedFamilyIds']),
  ),
};

type MemberRules = {
  /** Age and sex must be known (the family's own form; a case that goes to matching). */
  complete: boolean;
};

export function validateMembers(rows: MemberRow[], { complete }: MemberRules): Record<string, ValidationKey> {
  const errors: Record<string, ValidationKey | undefined> = {};
  rows.forEach((row, index) => {
    const name = row.firstName.trim();
    errors[memberField(index, 'firstName')] =
      name === '' ? 'validation.required' : tooLong(name, FIRST_NAME_MAX) ? 'validation.tooLong' : undefined;
    errors[memberField(index, 'age')] =
      row.age.trim() === '' && !complete ? undefined : numberError(row.age, AGE.min, AGE.max, 'validation.age');
    errors[memberField(index, 'sex')] = complete && row.sex === '' ? 'validation.choose' : undefined;
    errors[memberField(index, 'relationship')] = row.relationship === '' ? 'validation.choose' : undefined;
  });
  return collectErrors(errors);
}

/** Counted in characters as the server counts them (code points), after trimming. */
function tooLong(text: string, max: number): boolean {
  return [...text.trim()].length > max;
}

export function optionalNumber(value: string, min: number, max: number, key: ValidationKey): ValidationKey | undefined {
  return value.trim() === '' ? undefined : numberError(value, min, max, key);
}

type NeedsRules = {
  /** The date the case already has may stay even once it is past. */
  storedNeededFrom?: string | null;
  complete: boolean;
};

export function validateWhen(draft: NeedsDraft, { storedNeededFrom, complete }: NeedsRules) {
  const date = draft.neededFrom;
  let neededFrom: ValidationKey | undefined;
  if (date === '') neededFrom = complete ? 'validation.required' : undefined;
  else if (!isIsoDate(date)) neededFrom = 'validation.date';
  else if (date < todayIso() && date !== storedNeededFrom) neededFrom = 'validation.dateNotBeforeToday';
  return collectErrors({
    neededFrom,
    expectedStayMonths:
      complete && draft.expectedStayMonths.trim() === ''
        ? 'validation.required'
        : optionalNumber(draft.expectedStayMonths, STAY_MONTHS.min, STAY_MONTHS.max, 'validation.stayMonths'),
  });
}

export function validateContact(draft: NeedsDraft) {
  return collectErrors({
    contactEmail: draft.contactEmail.trim() === '' ? undefined : emailError(draft.contactEmail),
    contactPhone: tooLong(draft.contactPhone, CONTACT_PHONE_MAX) ? 'validation.tooLong' : undefined,
  });
}

export function validatePlace(draft: NeedsDraft) {
  return collectErrors({
    location: tooLong(draft.location, LOCATION_MAX) ? 'validation.tooLong' : undefined,
    locationTies: tooLong(draft.locationTies, LOCATION_TIES_MAX) ? 'validation.tooLong' : undefined,
  });
}
