import { useTranslation } from 'react-i18next';
import { LoadingMessage } from '../../../../components/feedback';
import { Pagination } from '../../../../components/layout';
import { useHostListQuery } from '../../api/hosts-queries';
import type { HostQuery } from '../../types';
import { LoadProblem } from '../../../../components/feedback';
import { HostFilters } from './HostFilters';
import { HostTable } from './HostTable';

type HostListProps = { query: HostQuery; onQueryChange: (query: HostQuery) => void };

/** Every host, filtered by vetting status, name or email, and the area of their offers. */
export function HostList({ query, onQueryChange }: HostListProps) {
  const { t } = useTranslation();
  const { data, isFetching: loading, error, refetch } = useHostListQuery(query);

  return (
    <div className="stack">
      <HostFilters query={query} onApply={onQueryChange} />
      {error ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <LoadingMessage /> : null}
      {data ? (
        <>
          <p className="result-count" aria-live="polite">
            {t('hosts.results', { count: data.totalItems })}
          </p>
          {data.items.length === 0 ? <p>{t('hosts.empty')}</p> : <HostTable hostPage={data} />}
          <Pagination
            page={data.page}
            totalPages={data.totalPages}
            onPageChange={(next) => onQueryChange({ ...query, page: next })}
          />
        </>
      ) : null}
    </div>
  );
}
