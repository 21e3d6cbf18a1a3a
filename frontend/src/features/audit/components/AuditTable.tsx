import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
  const captionId = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>
          {t('audit.tableCaption', { page: auditPage.page + 1, pages: Math.max(auditPage.totalPages, 1) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.at')}</th>
            <th scope="col">{t('audit.columns.actor')}</th>
            <th scope="col">{t('audit.columns.action')}</th>
            <th scope="col">{t('audit.columns.subject')}</th>
            <th scope="col">{t('audit.columns.details')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
