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
  | 'validation.passwordTooLong';

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

export function emailError(value: string): ValidationKey | undefined {
  if (value.trim() === '') return 'validation.required';
  // Only the shape a person can get wrong by accident; the server validates properly.
  return /^[^\s@]+@[^\s@]+$/.test(value.trim()) ? undefined : 'validation.email';
}

/** Drops the fields without an error, so an empty object means "all fine". */
export function collectErrors(errors: Record<string, ValidationKey | undefined>): Record<string, ValidationKey> {
  return Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, ValidationKey] => Boolean(entry[1])),
  );
}
