import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { formatDateTime, formatNumber } from '../../../lib/i18n';
import { STATISTICS_CSV_PATH } from '../api/statistics-api';
import { useStatisticsQuery } from '../api/statistics-queries';
import { endReasonLabel, familyStatusLabel, placementStatusLabel, urgencyLabel, vettingStatusLabel } from '../labels';
import { TOP_AREAS, areaRows, countRows } from '../stats-view';
import { BarChartFigure, type BarChartFigureProps } from './BarChartFigure';
import type { ChartSeries } from './HorizontalBars';
import { KeyFigures } from './KeyFigures';

type FigureSpec = Omit<BarChartFigureProps, 'showTable'>;

/** The admin's figures: a few large numbers, then a chart (and its table) per breakdown. */
export function StatisticsView() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data, error, refetch } = useStatisticsQuery();
  const [showTables, setShowTables] = useState(false);

  if (error && !data) return <LoadProblem error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingMessage />;

  const counted = (heading: string): ChartSeries[] => [
    { key: 'count', heading, valueLabel: (value) => formatNumber(value, language) },
  ];
  const figures: FigureSpec[] = [
    {
      title: t('statistics.charts.waitingByUrgency.title'),
      intro: t('statistics.charts.waitingByUrgency.intro'),
      categoryHeading: t('statistics.columns.urgency'),
      rows: countRows(data.waitingByUrgency, (code) => urgencyLabel(code, t)),
      series: counted(t('statistics.columns.families')),
    },
    {
      title: t('statistics.charts.availableByArea.title'),
      intro: t('statistics.charts.availableByArea.intro', {
        shown: Math.min(TOP_AREAS, data.availableByArea.length),
        count: data.availableByArea.length,
      }),
      categoryHeading: t('statistics.columns.area'),
      rows: areaRows(data.availableByArea),
      series: [
        {
          key: 'offers',
          heading: t('statistics.columns.offers'),
          valueLabel: (count) => t('statistics.offers', { count }),
        },
        { key: 'beds', heading: t('statistics.columns.beds'), valueLabel: (count) => t('statistics.beds', { count }) },
      ],
      empty: t('statistics.charts.availableByArea.none'),
    },
    {
      title: t('statistics.charts.hostsByStatus.title'),
      categoryHeading: t('statistics.columns.vettingStatus'),
      rows: countRows(data.hostsByStatus, (code) => vettingStatusLabel(code, t)),
      series: counted(t('statistics.columns.hosts')),
    },
    {
      title: t('statistics.charts.familiesByStatus.title'),
      categoryHeading: t('statistics.columns.status'),
      rows: countRows(data.familiesByStatus, (code) => familyStatusLabel(code, t)),
      series: counted(t('statistics.columns.families')),
    },
    {
      title: t('statistics.charts.placementsByStatus.title'),
      categoryHeading: t('statistics.columns.status'),
      rows: countRows(data.placementsByStatus, (code) => placementStatusLabel(code, t)),
      series: counted(t('statistics.columns.placements')),
    },
    {
      title: t('statistics.charts.endedByReason.title'),
      categoryHeading: t('statistics.columns.reason'),
      rows: countRows(data.endedByReason, (code) => endReasonLabel(code, t)),
      series: counted(t('statistics.columns.placements')),
    },
  ];

  return (
    <div className="stack">
      <p>{t('statistics.generatedAt', { time: formatDateTime(data.generatedAt, language) })}</p>
      <div className="stat-actions">
        {/* A plain link: the browser downloads the file with the session cookie, like any page. */}
        <a href={STATISTICS_CSV_PATH} download className="button button--secondary">
          {t('statistics.downloadCsv')}
        </a>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={showTables}
          onClick={() => setShowTables((shown) => !shown)}
        >
          {t('statistics.showTables')}
        </button>
      </div>
      <KeyFigures statistics={data} />
      <div className="stat-grid">
        {figures.map((figure) => (
          <BarChartFigure key={figure.title} {...figure} showTable={showTables} />
        ))}
      </div>
    </div>
  );
}
