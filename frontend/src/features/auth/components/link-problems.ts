import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api';

/**
 * A link that cannot be used: never issued or mangled (404, 400 without field errors) or used,
 * expired or replaced by a newer one (410). Answers the sentence to show, or null for other problems.
 */
export function linkProblem(error: unknown, t: TFunction): string | null {
  if (!isApiError(error) || error.hasFieldErrors) return null;
  if (error.status === 410) return t('links.expired');
  if (error.status === 404 || error.status === 400) return t('links.invalid');
  return null;
}
