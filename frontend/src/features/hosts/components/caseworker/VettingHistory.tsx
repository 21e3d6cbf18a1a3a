import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/i18n';
import type { VettingHistoryEntry } from '../../types';

/** Every change to the host's vetting, newest first: when, who, the status change and the note. */
export function VettingHistory({ history }: { history: VettingHistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (history.length === 0) return <p>{t('vetting.history.empty')}</p>;
  const newestFirst = [...history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol className="history">
      {newestFirst.map((entry, index) => (
        <li key={`${entry.at}-${index}`} className="history__entry">
          <p className="history__when">
            <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
            {' · '}
            {t('vetting.history.by', { name: entry.by })}
          </p>
          <p className="history__change">
            {entry.fromStatus && entry.fromStatus !== entry.toStatus
              ? t('vetting.history.changed', {
                  from: t(`vettingStatuses.${entry.fromStatus}`),
                  to: t(`vettingStatuses.${entry.toStatus}`),
                })
              : t('vetting.history.checksUpdated', { status: t(`vettingStatuses.${entry.toStatus}`) })}
          </p>
          {entry.note && <p className="history__note preserve-lines">{entry.note}</p>}
        </li>
      ))}
    </ol>
  );
}
