import type { AreaAvailability } from './types';

/** One bar group of a chart and one row of its table: a category and its value per series. */
export type ChartRow = { key: string; label: string; values: Record<string, number> };

/** How many areas the offers chart shows; the CSV has them all. */
export const TOP_AREAS = 8;

/**
 * Counts as chart rows in a fixed order (a lifecycle's), zeros included so an empty stage shows;
 * a code the page does not know yet (a status added later) follows, under the server's name.
 */
export function countRows(
  counts: Record<string, number>,
  order: readonly string[],
  label: (code: string) => string,
  series = 'count',
): ChartRow[] {
  const codes = [...order, ...Object.keys(counts).filter((code) => !order.includes(code))];
  return codes.map((code) => ({ key: code, label: label(code), values: { [series]: counts[code] ?? 0 } }));
}

/** The areas with the most offers (then the most beds), as rows with an `offers` and a `beds` value. */
export function areaRows(areas: readonly AreaAvailability[], limit = TOP_AREAS): ChartRow[] {
  return [...areas]
    .sort((a, b) => b.offers - a.offers || b.beds - a.beds || a.area.localeCompare(b.area))
    .slice(0, limit)
    .map((area) => ({ key: area.area, label: area.area, values: { offers: area.offers, beds: area.beds } }));
}

export function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** The largest value of any series, so a chart of zeros still has a scale. */
export function largestValue(rows: readonly ChartRow[]): number {
  return Math.max(1, ...rows.flatMap((row) => Object.values(row.values)));
}
