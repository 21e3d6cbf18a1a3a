import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/i18n';
import type { AccountPage } from '../types';
import { SignInState } from './SignInState';

/**
 * The name leads to the account's page, where an admin changes it. On a narrow screen the table
 * scrolls sideways inside its own box (which can take keyboard focus, so it scrolls without a
 * mouse too) instead of making the whole page scroll.
 */
export function AccountTable({ accountPage }: { accountPage: AccountPage }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>
          {t('accounts.tableCaption', { page: accountPage.page + 1, pages: Math.max(accountPage.totalPages, 1) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('accounts.columns.name')}</th>
            <th scope="col">{t('accounts.columns.email')}</th>
            <th scope="col">{t('accounts.columns.role')}</th>
            <th scope="col">{t('accounts.columns.status')}</th>
            <th scope="col">{t('accounts.columns.signIn')}</th>
            <th scope="col">{t('accounts.columns.createdAt')}</th>
            <th scope="col">{t('accounts.columns.lastLoginAt')}</th>
          </tr>
        </thead>
        <tbody>
          {accountPage.items.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                <Link to={`/admin/accounts/${account.id}`}>{account.displayName}</Link>
              </th>
              <td dir="ltr" className="table__email">
                {account.email}
              </td>
              <td>{t(`roles.${account.role}`)}</td>
              <td>{t(`accounts.statuses.${account.status}`)}</td>
              <td>
                <SignInState account={account} />
              </td>
              <td className="table__date">{formatDateTime(account.createdAt, language)}</td>
              <td className="table__date">
                {account.lastLoginAt ? formatDateTime(account.lastLoginAt, language) : t('accounts.never')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
