import { z } from 'zod';
import {
  checkedChoice,
  checkedText as text,
  emailError,
  isIsoDate,
  numberError,
  todayIso,
} from '../../../../components/form';
import type { FamilyCase, Relationship, Sex, Urgency } from '../../types';
import {
  AGE,
  CONTACT_PHONE_MAX,
  FIRST_NAME_MAX,
  LOCATION_MAX,
  LOCATION_TIES_MAX,
  MAX_DISTANCE_KM,
  NATIONALITY_MAX,
  NOTES_MAX,
  RELIGION_MAX,
  STAY_MONTHS,
  optionalNumber,
  type CaseDraft,
} from './family-form-state';

function notLongerThan(max: number) {
  return text((value) => ([...value.trim()].length > max ? 'validation.tooLong' : undefined));
}

/**
 * The caseworker's family form: what a case may hold before it is sent. The limits are the API's
 * (frontend/openapi.json, through family-form-state); the server checks them again, and its field
 * errors land on the same fields. A date the case already has may stay even once it is past.
 */
export function familyCaseSchema(stored?: FamilyCase) {
  const storedNeededFrom = stored?.neededFrom ?? null;
  const member = z.object({
    key: z.number(),
    firstName: text((value) => {
      const name = value.trim();
      if (name === '') return 'validation.required';
      return [...name].length > FIRST_NAME_MAX ? 'validation.tooLong' : undefined;
    }),
    age: text((value) => (value.trim() === '' ? undefined : numberError(value, AGE.min, AGE.max, 'validation.age'))),
    sex: checkedChoice<Sex>(() => undefined),
    relationship: checkedChoice<Relationship>((value) => (value ? undefined : 'validation.choose')),
    wheelchairUser: z.boolean(),
  });
  return z.object({
    urgency: z.custom<Urgency>((value) => typeof value === 'string'),
    members: z.array(member),
    languages: z.array(z.string()),
    needsStepFree: z.boolean(),
    needsGroundFloorBedroom: z.boolean(),
    hasPets: z.boolean(),
    petAllergy: z.boolean(),
    smoker: z.boolean(),
    needsLgbtqiAffirming: z.boolean(),
    location: notLongerThan(LOCATION_MAX),
    locationTies: notLongerThan(LOCATION_TIES_MAX),
    neededFrom: text((date) => {
      if (date === '') return undefined;
      if (!isIsoDate(date)) return 'validation.date';
      return date < todayIso() && date !== storedNeededFrom ? 'validation.dateNotBeforeToday' : undefined;
    }),
    expectedStayMonths: text((value) =>
      optionalNumber(value, STAY_MONTHS.min, STAY_MONTHS.max, 'validation.stayMonths'),
    ),
    contactPhone: notLongerThan(CONTACT_PHONE_MAX),
    contactEmail: text((value) => (value.trim() === '' ? undefined : emailError(value))),
    maxDistanceKm: text((value) =>
      optionalNumber(value, MAX_DISTANCE_KM.min, MAX_DISTANCE_KM.max, 'validation.distance'),
    ),
    nationality: notLongerThan(NATIONALITY_MAX),
    religion: notLongerThan(RELIGION_MAX),
    notes: notLongerThan(NOTES_MAX),
    linkedFamilyIds: z.array(z.string()),
  }) satisfies z.ZodType<CaseDraft>;
}
