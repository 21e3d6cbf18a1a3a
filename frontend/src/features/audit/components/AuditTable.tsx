import { useTranslation } from 'react-i18next';
import { ScrollingTable } from '../../../components/layout';
import { formatDateTime } from '../../../lib/i18n';
import type { AuditEvent, AuditPage } from '../types';
import { AuditDetails } from './AuditDetails';
import { actionLabel, subjectTypeLabel } from './labels';

function Actor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (event.actorEmail) return <span dir="ltr">{event.actorEmail}</span>;
  if (event.actorId) return <span dir="ltr">{event.actorId}</span>;
  return <>{t('audit.nobody')}</>;
}

function Subject({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.subjectId) return <>–</>;
  return (
    <>
      {event.subjectType ? `${subjectTypeLabel(event.subjectType, t)}: ` : null}
      <span dir="ltr" className="table__email">
        {event.subjectEmail ?? event.subjectId}
      </span>
    </>
  );
}

/** Newest first. On a narrow screen the table scrolls sideways inside its own focusable box. */
export function AuditTable({ auditPage }: { auditPage: AuditPage }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <ScrollingTable
      caption={t('audit.tableCaption', { page: auditPage.page + 1, pages: Math.max(auditPage.totalPages, 1) })}
      columns={[
        t('audit.columns.at'),
        t('audit.columns.actor'),
        t('audit.columns.action'),
        t('audit.columns.subject'),
        t('audit.columns.details'),
      ]}
    >
      {auditPage.items.map((event) => (
        <tr key={event.id}>
          <th scope="row" className="table__date">
            {formatDateTime(event.at, language)}
          </th>
          <td className="table__email">
            <Actor event={event} />
          </td>
          <td>{actionLabel(event.action, t)}</td>
          <td>
            <Subject event={event} />
          </td>
          <td>
            <AuditDetails details={event.details} />
          </td>
        </tr>
      ))}
    </ScrollingTable>
  );
}
