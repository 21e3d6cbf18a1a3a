import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollingTable } from '../../../components/layout';
import { formatNumber } from '../../../lib/i18n';
import type { ChartRow } from '../stats-view';
import { HorizontalBars, type ChartSeries } from './HorizontalBars';

export type BarChartFigureProps = {
  title: string;
  intro?: ReactNode;
  /** The table's first column heading, e.g. "Vetting status". */
  categoryHeading: string;
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  /** Whether the table is on screen; it is always there for screen readers. */
  showTable: boolean;
  /** Said instead of the chart when there are no rows at all. */
  empty?: string;
};

function FigureRows({ rows, series }: Pick<BarChartFigureProps, 'rows' | 'series'>) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return rows.map((row) => (
    <tr key={row.key}>
      <th scope="row">{row.label}</th>
      {series.map((item) => (
        <td key={item.key} className="table__number">
          {formatNumber(row.values[item.key] ?? 0, language)}
        </td>
      ))}
    </tr>
  ));
}

/**
 * A chart and the table it is drawn from. The chart is hidden from assistive technology and the
 * table carries the same figures; the table is on screen only when the reader asks for tables,
 * and then scrolls inside its own box on a phone like every other table.
 */
export function BarChartFigure({ title, intro, categoryHeading, rows, series, showTable, empty }: BarChartFigureProps) {
  const { i18n } = useTranslation();
  const headingId = useId();
  const columns = [categoryHeading, ...series.map((item) => item.heading)];

  return (
    // A figure, not a region: the table inside is a region of its own when shown, named the same.
    <figure className="card stack stat-figure" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {intro && <p>{intro}</p>}
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          <HorizontalBars rows={rows} series={series} rtl={i18n.dir() === 'rtl'} />
          {series.length > 1 && (
            <ul className="stat-legend" aria-hidden="true">
              {series.map((item, index) => (
                <li key={item.key} className="stat-legend__item">
                  <span className={`stat-legend__swatch stat-legend__swatch--${index + 1}`} />
                  {item.heading}
                </li>
              ))}
            </ul>
          )}
          <ScrollingTable caption={title} columns={columns} offscreen={!showTable}>
            <FigureRows rows={rows} series={series} />
          </ScrollingTable>
        </>
      )}
    </figure>
  );
}
