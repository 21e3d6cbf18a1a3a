import type { TFunction } from 'i18next';
import { problemMessage } from '../../../components/form';
import { isApiError } from '../../../lib/api';

/**
 * The sentence for a refused account change, in the reader's language. The server's stable codes
 * say which rule refused it: the last active administrator, a host ⇄ staff change, or another
 * admin's change at the same moment.
 */
export function accountChangeProblem(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    const codes = Object.values(error.fieldErrorCodes);
    if (codes.includes('last-admin')) return t('adminAccounts.errors.lastAdmin');
    if (codes.includes('role-change-not-allowed')) return t('adminAccounts.errors.roleChangeNotAllowed');
    if (error.is('conflict')) return t('adminAccounts.errors.conflict');
  }
  return problemMessage(error, t);
}

/** A refusal after which the page should show the account as it is now (someone else changed it). */
export function isStaleChange(error: unknown): boolean {
  return isApiError(error) && error.is('conflict') && !error.hasFieldErrors;
}
