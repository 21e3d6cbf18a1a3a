import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/i18n';
import type { Account } from '../types';

/** Whether the account can log in as usual: locked (and until when), or due a new password. */
export function SignInState({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const locked = account.lockedUntil
    ? t('adminAccounts.lockedUntil', { time: formatDateTime(account.lockedUntil, language) })
    : t('accounts.locked');
  const notes = [
    account.locked && locked,
    account.passwordChangeRequired && t('accounts.mustChangePassword'),
    account.invitationPending && t('accounts.invitationPending'),
  ].filter(Boolean);
  return <>{notes.length > 0 ? notes.join(', ') : t('accounts.signInNormal')}</>;
}
