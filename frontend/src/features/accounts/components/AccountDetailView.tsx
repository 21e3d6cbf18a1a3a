import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingMessage, LoadProblem } from '../../../components/feedback';
import { PageTitle } from '../../../components/layout';
import { formatDateTime, isolate } from '../../../lib/i18n';
import { useAccountChanged, useAccountQuery } from '../api/accounts-queries';
import type { Account } from '../types';
import { AccountActions, type AccountAction } from './AccountActions';
import { SignInState } from './SignInState';

type AccountDetailViewProps = {
  accountId: string;
  /** The signed-in admin's id: acting on one's own account is allowed but ends one's session. */
  currentUserId: string | undefined;
  /** Called after the admin changed the role of, disabled, or reset the second factor of their own account: their session has ended. */
  onOwnSessionEnded: () => void;
  /** Links the page adds below the details (the account's audit trail, say). */
  links?: ReactNode;
};

/** One account for an admin: who it is, how it signs in, and the changes an admin may make. */
export function AccountDetailView({ accountId, currentUserId, onOwnSessionEnded, links }: AccountDetailViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data: account, error, refetch } = useAccountQuery(accountId);
  const accountChanged = useAccountChanged();
  const reload = () => void refetch();
  const backLink = (
    <p>
      <Link to="/admin/accounts">{t('adminAccounts.backToList')}</Link>
    </p>
  );

  if (error && !account) {
    return (
      <div className="stack">
        <PageTitle>{t('adminAccounts.detailTitle')}</PageTitle>
        <LoadProblem error={error} onRetry={reload} />
        {backLink}
      </div>
    );
  }
  if (!account) return <LoadingMessage />;

  const isOwnAccount = account.id === currentUserId;

  function changed(next: Account, action: AccountAction) {
    void accountChanged(next);
    if (isOwnAccount && (action.kind === 'role' || action.kind === 'disable' || action.kind === 'resetSecondFactor')) {
      onOwnSessionEnded();
    }
  }

  return (
    <div className="stack">
      {backLink}
      <PageTitle>{isolate(account.displayName)}</PageTitle>
      <section className="card stack" aria-labelledby="account-summary-title">
        <h2 id="account-summary-title">{t('adminAccounts.summaryTitle')}</h2>
        <dl className="details">
          <dt>{t('accounts.columns.email')}</dt>
          <dd>
            <span dir="ltr">{account.email}</span>
          </dd>
          <dt>{t('accounts.columns.role')}</dt>
          <dd>{t(`roles.${account.role}`)}</dd>
          <dt>{t('accounts.columns.status')}</dt>
          <dd>{t(`accounts.statuses.${account.status}`)}</dd>
          <dt>{t('accounts.columns.signIn')}</dt>
          <dd>
            <SignInState account={account} />
          </dd>
          <dt>{t('accounts.columns.createdAt')}</dt>
          <dd>{formatDateTime(account.createdAt, language)}</dd>
          <dt>{t('accounts.columns.lastLoginAt')}</dt>
          <dd>{account.lastLoginAt ? formatDateTime(account.lastLoginAt, language) : t('accounts.never')}</dd>
        </dl>
        {links}
      </section>
      <AccountActions account={account} isOwnAccount={isOwnAccount} onChanged={changed} onStale={reload} />
    </div>
  );
}
