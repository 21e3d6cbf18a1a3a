import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingMessage } from '../../../components/feedback';
import { problemMessage } from '../../../components/form';
import { Pagination } from '../../../components/layout';
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
      {error ? (
        <ErrorAlert>
          {problemMessage(error, t)}{' '}
          <button type="button" className="button button--link" onClick={reload}>
            {t('accounts.retry')}
          </button>
        </ErrorAlert>
      ) : null}
      {loading && !data ? <LoadingMessage /> : null}
      {data ? (
        <>
          <p className="result-count" aria-live="polite">
            {t('accounts.results', { count: data.totalItems })}
          </p>
          {data.items.length === 0 ? <p>{t('accounts.empty')}</p> : <AccountTable accountPage={data} />}
          <Pagination
            page={data.page}
            totalPages={data.totalPages}
            onPageChange={(page) => onQueryChange({ ...query, page })}
          />
        </>
      ) : null}
    </div>
  );
}
