import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api';

const TRANSLATED_PROBLEMS = [
  'validation-failed',
  'malformed-request',
  'unauthenticated',
  'bad-credentials',
  'access-denied',
  'csrf-token-invalid',
  'password-change-required',
  'second-factor-required',
  'second-factor-enrolment-required',
  'not-found',
  'conflict',
  'too-many-requests',
  'service-busy',
  'unsupported-media-type',
  'payload-too-large',
  'network-error',
] as const;
type TranslatedProblem = (typeof TRANSLATED_PROBLEMS)[number];

function isTranslated(type: string): type is TranslatedProblem {
  return (TRANSLATED_PROBLEMS as readonly string[]).includes(type);
}

/**
 * The sentence to show at the top of a form for a failed request, in the user's language.
 * Known problem types get our own translated wording (the server speaks English); an unknown type
 * falls back to the server's `detail`, which is still better than a generic message.
 */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('problems.unexpected');
  if (error.hasFieldErrors) return t('problems.validation-failed');
  if (isTranslated(error.type)) return t(`problems.${error.type}`);
  if (error.status >= 500 || error.type === 'unexpected-response') return t('problems.unexpected');
  return error.detail ?? t('problems.unexpected');
}
