import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../../components/layout';
import { useAccountList } from '../api/use-account-list';
import type { AccountQuery } from '../types';
import { AccountFilters } from './AccountFilters';
import { AccountTable } from './AccountTable';

type AccountListProps = {
  query: AccountQuery;
  onQueryChange: (query: AccountQuery) => void;
  /** Bumped by the page after it creates an account, so the list shows the new one. */
  refreshKey?: number;
};

export function AccountList({ query, onQueryChange, refreshKey = 0 }: AccountListProps) {
  const { t } = useTranslation();
  const { data, loading, error, reload } = useAccountList(query, refreshKey);

  return (
    <div className="stack">
      <AccountFilters query={query} onApply={onQueryChange} />
      <PagedResults
        data={data}
        loading={loading}
        error={error}
        onRetry={reload}
        count={(count) => t('accounts.results', { count })}
        empty={t('accounts.empty')}
        onPageChange={(page) => onQueryChange({ ...query, page })}
      >
        {(accountPage) => <AccountTable accountPage={accountPage} />}
      </PagedResults>
    </div>
  );
}
