import {
  MAX_LANGUAGES,
  collectErrors,
  numberError,
  parseWholeNumber,
  type ValidationKey,
} from '../../../../components/form';
import { SEXES, type Household, type Person, type Sex } from '../../types';

export const MAX_PEOPLE = 12;
export const MAX_PET_KINDS = 10;
export const MAX_PET_KIND_LENGTH = 40;

export type PersonGroup = 'adults' | 'children';

/** One person's row as typed: the age stays text until it is sent. */
export type PersonRow = { key: number; sex: Sex | ''; age: string };

export type HouseholdDraft = {
  adults: PersonRow[];
  children: PersonRow[];
  languages: string[];
  /** null until the host answers: a question someone must answer starts with no choice made. */
  hasPets: boolean | null;
  /** As typed: kinds separated by commas. */
  petKinds: string;
  smokers: boolean | null;
};

let nextKey = 1;
export function newRow(): PersonRow {
  nextKey += 1;
  return { key: nextKey, sex: '', age: '' };
}

function rowOf(person: Person): PersonRow {
  return { ...newRow(), sex: SEXES.includes(person.sex) ? person.sex : '', age: String(person.age) };
}

/** A household nobody has described yet: the server's false for pets and smoking is no answer. */
function isNew(household: Household): boolean {
  return household.adults.length === 0 && household.children.length === 0;
}

export function draftOf(household: Household): HouseholdDraft {
  const described = !isNew(household);
  return {
    adults: household.adults.map(rowOf),
    children: household.children.map(rowOf),
    languages: [...household.languages],
    hasPets: described ? household.hasPets : null,
    petKinds: household.petKinds.join(', '),
    smokers: described ? household.smokers : null,
  };
}

/** Commas in any script (the Persian ، too), semicolons and new lines all separate kinds. */
export function splitPetKinds(text: string): string[] {
  return text
    .split(/[,،;\n]/)
    .map((kind) => kind.trim())
    .filter(Boolean);
}

export function householdOf(draft: HouseholdDraft): Household {
  const person = (row: PersonRow): Person => ({ sex: row.sex as Sex, age: parseWholeNumber(row.age) ?? -1 });
  return {
    adults: draft.adults.map(person),
    children: draft.children.map(person),
    languages: draft.languages,
    // Sent only after validateHousehold, which refuses an unanswered question.
    hasPets: draft.hasPets === true,
    petKinds: draft.hasPets ? splitPetKinds(draft.petKinds) : [],
    smokers: draft.smokers === true,
  };
}

/** Field names as the server names them (`adults[0].age`), so both kinds of error land alike. */
export function personField(group: PersonGroup, index: number, part: 'sex' | 'age'): string {
  return `${group}[${index}].${part}`;
}

export function fieldNamesOf(draft: HouseholdDraft): string[] {
  const people = (group: PersonGroup) =>
    draft[group].flatMap((_, index) => [personField(group, index, 'sex'), personField(group, index, 'age')]);
  return [
    'adults',
    'children',
    ...people('adults'),
    ...people('children'),
    'languages',
    'hasPets',
    'petKinds',
    'smokers',
  ];
}

/** The server may name a single language or pet kind (`petKinds[2]`); they are shown on the whole list. */
export const HOUSEHOLD_ALIASES: Record<string, string> = Object.fromEntries(
  Array.from({ length: Math.max(MAX_LANGUAGES, MAX_PET_KINDS) + 1 }, (_, index): [string, string][] => [
    [`languages[${index}]`, 'languages'],
    [`petKinds[${index}]`, 'petKinds'],
  ]).flat(),
);

export function validateHousehold(draft: HouseholdDraft): Record<string, ValidationKey> {
  const errors: Record<string, ValidationKey | undefined> = {};
  // The host is an adult of their own household; the server refuses a household without one too.
  if (draft.adults.length === 0) errors.adults = 'validation.householdAdult';
  const check = (group: PersonGroup, min: number, max: number, rangeKey: ValidationKey) =>
    draft[group].forEach((row, index) => {
      errors[personField(group, index, 'sex')] = row.sex ? undefined : 'validation.choose';
      errors[personField(group, index, 'age')] = numberError(row.age, min, max, rangeKey);
    });
  check('adults', 18, 120, 'validation.adultAge');
  check('children', 0, 17, 'validation.childAge');
  if (draft.hasPets === null) errors.hasPets = 'validation.choose';
  if (draft.smokers === null) errors.smokers = 'validation.choose';
  if (draft.hasPets) {
    const kinds = splitPetKinds(draft.petKinds);
    if (kinds.length === 0) errors.petKinds = 'validation.petKinds';
    else if (kinds.length > MAX_PET_KINDS || kinds.some((kind) => [...kind].length > MAX_PET_KIND_LENGTH)) {
      errors.petKinds = 'validation.tooLong';
    }
  }
  return collectErrors(errors);
}
