import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/i18n';
import type { AuditDetails as Details } from '../types';
import { fieldLabel, valueLabel } from './labels';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** What a change changed, one line per setting: "Role: Caseworker → Administrator". */
export function AuditDetails({ details }: { details: Details | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (!details) return <>–</>;
  const before = details.before ?? {};
  const after = details.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (fields.length === 0) return <>–</>;

  function shown(field: string, value: unknown): string {
    if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value, language);
    return valueLabel(field, value, t);
  }

  return (
    <ul className="plain-list">
      {fields.map((field) => (
        <li key={field}>
          {t('audit.change', {
            field: fieldLabel(field, t),
            before: shown(field, before[field]),
            after: shown(field, after[field]),
          })}
        </li>
      ))}
    </ul>
  );
}
