import { useTranslation } from 'react-i18next';
import { formatLocale, formatNumber } from '../../../lib/i18n';
import { total } from '../stats-view';
import type { Statistics } from '../types';

function KeyFigure({ title, value, note }: { title: string; value: string | null; note: string }) {
  return (
    <div className="key-figure card">
      <dt className="key-figure__title">{title}</dt>
      {value && <dd className="key-figure__value">{value}</dd>}
      <dd className="key-figure__note">{note}</dd>
    </div>
  );
}

/** The few figures worth reading at a glance, in large type, each with what it counts. */
export function KeyFigures({ statistics }: { statistics: Statistics }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const waiting = total(statistics.waitingByUrgency);
  const ended = total(statistics.endedByReason);
  const { medianDaysToMatch: median, breakdownRate: rate } = statistics;
  const percent = new Intl.NumberFormat(formatLocale(language), { style: 'percent', maximumFractionDigits: 1 });

  return (
    <dl className="key-figures">
      <KeyFigure
        title={t('statistics.waiting.title')}
        value={formatNumber(waiting, language)}
        note={t('statistics.waiting.note')}
      />
      <KeyFigure
        title={t('statistics.median.title')}
        value={median === null ? null : t('statistics.median.value', { count: median })}
        note={
          median === null
            ? t('statistics.median.none')
            : t('statistics.median.note', { count: statistics.placementsApproved })
        }
      />
      <KeyFigure
        title={t('statistics.breakdown.title')}
        value={rate === null ? null : percent.format(rate)}
        note={
          rate === null
            ? t('statistics.breakdown.none')
            : t('statistics.breakdown.note', { count: ended, breakdowns: statistics.endedByReason.BREAKDOWN ?? 0 })
        }
      />
    </dl>
  );
}
