export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Client-side checks return translation keys, not sentences, so a message already on screen
 * follows the user into another language when they switch.
 */
export type ValidationKey =
  | 'validation.required'
  | 'validation.email'
  | 'validation.passwordTooShort'
  | 'validation.passwordTooLong'
  | 'validation.choose'
  | 'validation.tooLong'
  | 'validation.wholeNumber'
  | 'validation.adultAge'
  | 'validation.childAge'
  | 'validation.bedrooms'
  | 'validation.maxGuests'
  | 'validation.minimumStay'
  | 'validation.date'
  | 'validation.dateNotBeforeToday'
  | 'validation.dateNotFuture'
  | 'validation.untilAfterFrom'
  | 'validation.petKinds'
  | 'validation.noteRequired'
  | 'validation.locationNotFound'
  | 'validation.age'
  | 'validation.stayMonths'
  | 'validation.distance'
  | 'validation.householdAdult';

/**
 * Checks the length rule before sending, so the user gets the message at once and in their
 * language. The server has the final word (it also refuses common passwords). Length counts
 * characters as people see them (code points), so an emoji counts as one.
 */
export function passwordLengthError(password: string): ValidationKey | undefined {
  const length = [...password].length;
  if (length === 0) return 'validation.required';
  if (length < PASSWORD_MIN_LENGTH) return 'validation.passwordTooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'validation.passwordTooLong';
  return undefined;
}

export function requiredError(value: string): ValidationKey | undefined {
  return value.trim() === '' ? 'validation.required' : undefined;
}

/** Required text of at most `max` characters (as people count them). */
export function textError(value: string, max: number): ValidationKey | undefined {
  if (value.trim() === '') return 'validation.required';
  return [...value.trim()].length > max ? 'validation.tooLong' : undefined;
}

export function emailError(value: string): ValidationKey | undefined {
  if (value.trim() === '') return 'validation.required';
  // Only the shape a person can get wrong by accident; the server validates properly.
  return /^[^\s@]+@[^\s@]+$/.test(value.trim()) ? undefined : 'validation.email';
}

/**
 * A whole number typed into a number input, or null when it is not one. Persian and Arabic-Indic
 * digits count too: a Dari keyboard types ۳, not 3.
 */
export function parseWholeNumber(value: string): number | null {
  const western = value
    .trim()
    .replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
  return /^\d{1,4}$/.test(western) ? Number.parseInt(western, 10) : null;
}

/** A required whole number from `min` to `max`; `rangeKey` words the range for this field. */
export function numberError(
  value: string,
  min: number,
  max: number,
  rangeKey: ValidationKey,
): ValidationKey | undefined {
  if (value.trim() === '') return 'validation.required';
  const number = parseWholeNumber(value);
  if (number === null) return 'validation.wholeNumber';
  return number < min || number > max ? rangeKey : undefined;
}

/** Today as YYYY-MM-DD in the user's own time zone (what a date input shows as today). */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Drops the fields without an error, so an empty object means "all fine". */
export function collectErrors(errors: Record<string, ValidationKey | undefined>): Record<string, ValidationKey> {
  return Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, ValidationKey] => Boolean(entry[1])),
  );
}
