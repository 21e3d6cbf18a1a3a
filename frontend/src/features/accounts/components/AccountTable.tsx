import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollingTable } from '../../../components/layout';
import { formatDateTime } from '../../../lib/i18n';
import type { AccountPage } from '../types';
import { SignInState } from './SignInState';

/** The name leads to the account's page, where an admin changes it. Scrolls sideways on a phone. */
export function AccountTable({ accountPage }: { accountPage: AccountPage }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <ScrollingTable
      caption={t('accounts.tableCaption', { page: accountPage.page + 1, pages: Math.max(accountPage.totalPages, 1) })}
      columns={[
        t('accounts.columns.name'),
        t('accounts.columns.email'),
        t('accounts.columns.role'),
        t('accounts.columns.status'),
        t('accounts.columns.signIn'),
        t('accounts.columns.createdAt'),
        t('accounts.columns.lastLoginAt'),
      ]}
    >
      {accountPage.items.map((account) => (
        <tr key={account.id}>
          <th scope="row">
            <Link to={`/admin/accounts/${account.id}`}>
              <bdi>{account.displayName}</bdi>
            </Link>
          </th>
          <td dir="ltr" className="table__email">
            {account.email}
          </td>
          <td>{t(`roles.${account.role}`)}</td>
          <td className="table__status">{t(`accounts.statuses.${account.status}`)}</td>
          <td>
            <SignInState account={account} />
          </td>
          <td className="table__date">{formatDateTime(account.createdAt, language)}</td>
          <td className="table__date">
            {account.lastLoginAt ? formatDateTime(account.lastLoginAt, language) : t('accounts.never')}
          </td>
        </tr>
      ))}
    </ScrollingTable>
  );
}
