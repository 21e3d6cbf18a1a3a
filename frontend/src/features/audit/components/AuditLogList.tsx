import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../../components/layout';
import { useAuditActionsQuery, useAuditEventsQuery } from '../api/audit-queries';
import type { AuditQuery } from '../types';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

type AuditLogListProps = { query: AuditQuery; onQueryChange: (query: AuditQuery) => void };

/** The audit log, newest first, filtered by who, what, which record and when. */
export function AuditLogList({ query, onQueryChange }: AuditLogListProps) {
  const { t } = useTranslation();
  const { data, isFetching, error, refetch } = useAuditEventsQuery(query);
  const actions = useAuditActionsQuery();

  return (
    <div className="stack">
      <AuditFilters query={query} actions={actions.data ?? []} onApply={onQueryChange} />
      <PagedResults
        data={data ?? null}
        loading={isFetching}
        error={error}
        onRetry={() => void refetch()}
        count={(count) => t('audit.results', { count })}
        empty={t('audit.empty')}
        onPageChange={(next) => onQueryChange({ ...query, page: next })}
      >
        {(auditPage) => <AuditTable auditPage={auditPage} />}
      </PagedResults>
    </div>
  );
}
