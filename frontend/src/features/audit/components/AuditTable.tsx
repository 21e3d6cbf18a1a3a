import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ScrollingTable } from '../../../components/layout';
import { formatDateTime } from '../../../lib/i18n';
import type { AuditEvent, AuditPage } from '../types';
import { AuditDetails } from './AuditDetails';
import { actionLabel, subjectTypeLabel } from './labels';

function Actor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (event.actorEmail) return <bdi dir="ltr">{event.actorEmail}</bdi>;
  if (event.actorId) return <span dir="ltr">{event.actorId}</span>;
  return <>{t('audit.nobody')}</>;
}

/** The record's name as a reader knows it: an email, a reference, a title, or a run's date. */
function subjectName(event: AuditEvent, t: TFunction, language: string): string | null {
  if (event.subjectEmail) return event.subjectEmail;
  if (!event.subjectName) return null;
  if (event.subjectType === 'MATCHING_RUN') {
    return t('audit.runOf', { when: formatDateTime(event.subjectName, language) });
  }
  return event.subjectName;
}

/**
 * What the entry is about: the kind of record and its name, then its id (which the "Record id"
 * filter takes), small and allowed to wrap so the table fits the page.
 */
function Subject({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  if (!event.subjectId && !event.subjectType) return <>–</>;
  const name = subjectName(event, t, i18n.resolvedLanguage ?? i18n.language);
  return (
    <>
      {event.subjectType ? subjectTypeLabel(event.subjectType, t) : null}
      {event.subjectType && name ? ': ' : null}
      {name ? (
        <bdi className="audit-table__name" dir={event.subjectEmail ? 'ltr' : undefined}>
          {name}
        </bdi>
      ) : null}
      {event.subjectId ? (
        <>
          {' '}
          <span className="audit-table__id" dir="ltr">
            {t('audit.recordId', { id: event.subjectId })}
          </span>
        </>
      ) : null}
    </>
  );
}

/** Newest first. On a narrow screen the table scrolls sideways inside its own focusable box. */
export function AuditTable({ auditPage }: { auditPage: AuditPage }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="audit-table">
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
            <td className="audit-table__actor">
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
    </div>
  );
}
