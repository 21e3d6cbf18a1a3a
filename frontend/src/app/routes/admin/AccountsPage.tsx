import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/layout';
import {
  ACCOUNT_ROLES,
  ACCOUNT_STATUSES,
  AccountList,
  CreateAccountForm,
  type AccountQuery,
} from '../../../features/accounts';

/** Filters and page live in the address, so a filtered list can be bookmarked and Back works. */
function queryFromSearch(params: URLSearchParams): AccountQuery {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    role: ACCOUNT_ROLES.find((role) => role === params.get('role')) ?? '',
    status: ACCOUNT_STATUSES.find((status) => status === params.get('status')) ?? '',
    q: params.get('q') ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}

function searchFromQuery(query: AccountQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.role) params.set('role', query.role);
  if (query.status) params.set('status', query.status);
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.page > 0) params.set('page', String(query.page));
  return params;
}

export function AccountsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = queryFromSearch(searchParams);

  return (
    <div className="stack">
      <PageTitle>{t('accounts.title')}</PageTitle>
      <section className="card stack" aria-labelledby="create-account-title">
        <h2 id="create-account-title">{t('accounts.create.title')}</h2>
        <p>{t('accounts.create.intro')}</p>
        <CreateAccountForm />
      </section>
      <section className="stack" aria-labelledby="account-list-title">
        <h2 id="account-list-title">{t('accounts.listTitle')}</h2>
        <AccountList query={query} onQueryChange={(next) => setSearchParams(searchFromQuery(next))} />
      </section>
    </div>
  );
}
