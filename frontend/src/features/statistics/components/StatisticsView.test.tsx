import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../lib/i18n';
import { json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import { areaRows, countRows } from '../stats-view';
import type { Statistics } from '../types';

const statistics: Statistics = {
  generatedAt: '2025-11-21T10:00:00Z',
  hostsByStatus: { APPLIED: 2, CHECKS_IN_PROGRESS: 1, APPROVED: 12, PAUSED: 0, REJECTED: 1, WITHDRAWN: 0 },
  availableByArea: [
    { area: 'LS', offers: 5, beds: 14 },
    { area: 'Milton Keynes', offers: 1, beds: 3 },
  ],
  familiesByStatus: { INTAKE_PENDING: 1, TRIAGE: 2, READY: 9, MATCHED: 1, PLACED: 3, REMATCH: 0, CLOSED: 4 },
  waitingByUrgency: { CRITICAL: 2, HIGH: 3, NORMAL: 4 },
  medianDaysToMatch: 4.5,
  placementsApproved: 6,
  placementsByStatus: {
    AWAITING_HOST: 1,
    HOST_ACCEPTED: 0,
    CONFIRMED: 0,
    MOVED_IN: 3,
    ENDED: 4,
    HOST_DECLINED: 1,
    EXPIRED: 0,
  },
  endedByReason: { PLANNED: 2, HOST_ENDED: 1, FAMILY_ENDED: 0, BREAKDOWN: 1, SAFEGUARDING: 0 },
  breakdownRate: 0.25,
};

function serveStatistics(answer: () => Response = () => json(statistics)) {
  return mockFetch({ 'GET /api/auth/me': () => json(users.admin), 'GET /api/admin/stats': answer });
}

/** Each row of a table as its cells' texts, the row header first. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('statistics page', () => {
  it('gives the key figures in large type, with what each counts', async () => {
    serveStatistics();
    renderApp('/admin/statistics');

    const waiting = (await screen.findByText('Families waiting for a home')).parentElement!;
    expect(screen.getByRole('heading', { level: 1, name: 'Statistics' })).toBeInTheDocument();
    expect(waiting).toHaveTextContent('9');
    const median = screen.getByText('Median time to match').parentElement!;
    expect(median).toHaveTextContent('4.5 days');
    expect(median).toHaveTextContent('over 6 approved placements');
    const breakdown = screen.getByText('Breakdown rate').parentElement!;
    expect(breakdown).toHaveTextContent('25%');
    expect(breakdown).toHaveTextContent('1 of 4 ended placements broke down.');
    expect(screen.getByText(/^Figures as of 21 Nov 2025, \d{2}:00\.$/)).toBeInTheDocument();
  });

  it('says there is no median or rate yet rather than showing 0', async () => {
    serveStatistics(() => json({ ...statistics, medianDaysToMatch: null, placementsApproved: 0, breakdownRate: null }));
    renderApp('/admin/statistics');

    expect(await screen.findByText('No placement has been approved yet.')).toBeInTheDocument();
    expect(screen.getByText('No placement has ended yet.')).toBeInTheDocument();
    expect(screen.getByText('Median time to match').parentElement).not.toHaveTextContent(/\d/);
  });

  it('draws a chart for each breakdown, with its figures written on the bars', async () => {
    serveStatistics();
    const { container } = renderApp('/admin/statistics');
    await screen.findByText('Families waiting for a home');

    const charts = container.querySelectorAll('.stat-chart');
    expect(charts).toHaveLength(6);
    charts.forEach((chart) => {
      expect(chart).toHaveAttribute('aria-hidden', 'true');
      expect(chart.querySelector('svg')).not.toBeNull();
    });
    const areas = screen.getByRole('figure', { name: 'Offers and beds available, by area' });
    const texts = [...areas.querySelectorAll('.stat-chart text')].map((text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(['LS', 'Milton Keynes', '5 offers', '14 beds', '1 offer', '3 beds']));
    const urgency = screen.getByRole('figure', { name: 'Families waiting, by urgency' });
    expect([...urgency.querySelectorAll('.stat-chart text')].map((text) => text.textContent)).toEqual(
      expect.arrayContaining(['Critical', 'High', 'Normal', '2', '3', '4']),
    );
  });

  it('has the same figures in a table for every chart, on screen when asked for', async () => {
    serveStatistics();
    const app = renderApp('/admin/statistics');
    await screen.findByText('Families waiting for a home');

    const hosts = screen.getByRole('table', { name: 'Hosts, by vetting status' });
    expect(rowsOf(hosts)).toEqual([
      ['Applied', '2'],
      ['Checks in progress', '1'],
      ['Approved', '12'],
      ['Paused', '0'],
      ['Rejected', '1'],
      ['Withdrawn', '0'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: 'Offers and beds available, by area' }))).toEqual([
      ['LS', '5', '14'],
      ['Milton Keynes', '1', '3'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: 'Ended placements, by reason' }))).toEqual([
      ['Planned end', '2'],
      ['The host ended it', '1'],
      ['The family ended it', '0'],
      ['The placement broke down', '1'],
      ['Safeguarding concern', '0'],
    ]);
    expect(screen.getAllByRole('table')).toHaveLength(6);
    // Hidden from sight, not from screen readers, and never a focus stop while hidden.
    expect(hosts.closest('.visually-hidden')).not.toBeNull();
    expect(hosts.closest('.table-scroll')).toBeNull();

    const toggle = screen.getByRole('button', { name: 'Show the figures as tables' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await app.user.click(toggle);

    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const shown = screen.getByRole('table', { name: 'Hosts, by vetting status' });
    expect(shown.closest('.visually-hidden')).toBeNull();
    expect(
      screen.getByRole('figure', { name: 'Hosts, by vetting status' }).querySelector('.table-scroll'),
    ).not.toBeNull();
  });

  it('in Dari, names and figures are in Dari and Persian digits, kept in reading order inside the chart', async () => {
    await changeLanguage('fa-AF');
    serveStatistics();
    renderApp('/admin/statistics');

    const urgency = await screen.findByRole('figure', { name: 'خانواده‌های منتظر، بر اساس فوریت' });
    const texts = [...urgency.querySelectorAll('.stat-chart text')].map((text) => text.textContent);
    // Each starts with a right-to-left mark, so digits and words keep their order in the drawing.
    expect(texts).toEqual(expect.arrayContaining(['\u200fبسیار فوری', '\u200f۲', '\u200f۴']));
    expect(rowsOf(within(urgency).getByRole('table'))).toEqual([
      ['بسیار فوری', '۲'],
      ['فوری', '۳'],
      ['عادی', '۴'],
    ]);
    expect(screen.getByText('نرخ از هم پاشیدن').parentElement).toHaveTextContent('۲۵٪');
  });

  it('links to the CSV file of all figures', async () => {
    serveStatistics();
    renderApp('/admin/statistics');

    const link = await screen.findByRole('link', { name: 'Download all figures (CSV)' });
    expect(link).toHaveAttribute('href', '/api/admin/stats.csv');
    expect(link).toHaveAttribute('download');
  });

  it('says when the figures cannot be loaded', async () => {
    serveStatistics(() => problem('unexpected', 500));
    renderApp('/admin/statistics');

    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('chart data', () => {
  const label = (code: string) => `<${code}>`;

  it("keeps the server's order and its zeros, and names each code", () => {
    const rows = countRows({ TRIAGE: 1, READY: 3, CLOSED: 0 }, label);

    expect(rows).toEqual([
      { key: 'TRIAGE', label: '<TRIAGE>', values: { count: 1 } },
      { key: 'READY', label: '<READY>', values: { count: 3 } },
      { key: 'CLOSED', label: '<CLOSED>', values: { count: 0 } },
    ]);
  });

  it('shows the areas with the most offers, then the most beds, up to the limit', () => {
    const areas = [
      { area: 'B', offers: 1, beds: 2 },
      { area: 'A', offers: 3, beds: 5 },
      { area: 'C', offers: 1, beds: 7 },
      { area: 'D', offers: 1, beds: 2 },
    ];

    expect(areaRows(areas, 3)).toEqual([
      { key: 'A', label: 'A', values: { offers: 3, beds: 5 } },
      { key: 'C', label: 'C', values: { offers: 1, beds: 7 } },
      { key: 'B', label: 'B', values: { offers: 1, beds: 2 } },
    ]);
    expect(areaRows([])).toEqual([]);
  });
});
