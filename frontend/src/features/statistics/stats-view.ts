import type { AreaAvailability } from './types';

/** One bar group of a chart and one row of its table: a category and its value per series. */
export type ChartRow = { key: string; label: string; values: Record<string, number> };

/** How many areas the offers chart shows; the CSV has them all. */
export const TOP_AREAS = 8;

/**
 * Counts as chart rows, in the server's order: every status or reason, zeros included, in the
 * order of its lifecycle, so an empty stage shows too.
 */
export function countRows(counts: Record<string, number>, label: (code: string) => string): ChartRow[] {
  return Object.entries(counts).map(([code, count]) => ({ key: code, label: label(code), values: { count } }));
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
