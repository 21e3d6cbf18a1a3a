import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../../components/layout';
import { useAccountListQuery } from '../api/accounts-queries';
import type { AccountQuery } from '../types';
import { AccountFilters } from './AccountFilters';
import { AccountTable } from './AccountTable';

type AccountListProps = {
  query: AccountQuery;
  onQueryChange: (query: AccountQuery) => void;
};

/** Creating or changing an account invalidates every list (see useAccountChanged), so this one shows it. */
export function AccountList({ query, onQueryChange }: AccountListProps) {
  const { t } = useTranslation();
  const { data, isFetching, error, refetch } = useAccountListQuery(query);

  return (
    <div className="stack">
      <AccountFilters query={query} onApply={onQueryChange} />
      <PagedResults
        data={data ?? null}
        loading={isFetching}
        error={error}
        onRetry={() => void refetch()}
        count={(count) => t('accounts.results', { count })}
        empty={t('accounts.empty')}
        onPageChange={(page) => onQueryChange({ ...query, page })}
      >
        {(accountPage) => <AccountTable accountPage={accountPage} />}
      </PagedResults>
    </div>
  );
}
