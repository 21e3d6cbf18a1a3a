import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../../components/layout';
import { useResource } from '../../../lib/api';
import { listAuditActions, listAuditEvents } from '../api/audit-api';
import type { AuditQuery } from '../types';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

type AuditLogListProps = { query: AuditQuery; onQueryChange: (query: AuditQuery) => void };

/** The audit log, newest first, filtered by who, what, which record and when. */
export function AuditLogList({ query, onQueryChange }: AuditLogListProps) {
  const { t } = useTranslation();
  const { actor, action, subjectId, from, to, page } = query;
  const { data, loading, error, reload } = useResource(
    (signal) => listAuditEvents({ actor, action, subjectId, from, to, page }, signal),
    JSON.stringify([actor.trim(), action, subjectId.trim(), from, to, page]),
  );
  // The action list only helps; if it cannot load, the filter still offers "any action".
  const actions = useResource(
    (signal) =>
      listAuditActions(signal).catch((problem: unknown) => {
        if (signal.aborted) throw problem;
        return [];
      }),
    'audit-actions',
  );

  return (
    <div className="stack">
      <AuditFilters query={query} actions={actions.data ?? []} onApply={onQueryChange} />
      <PagedResults
        data={data}
        loading={loading}
        error={error}
        onRetry={reload}
        count={(count) => t('audit.results', { count })}
        empty={t('audit.empty')}
        onPageChange={(next) => onQueryChange({ ...query, page: next })}
      >
        {(auditPage) => <AuditTable auditPage={auditPage} />}
      </PagedResults>
    </div>
  );
}
