import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import type { Dashboard } from '../types';

const dashboard: Dashboard = {
  familiesWaiting: [
    { urgency: 'CRITICAL', count: 2, longestWaitingDays: 12 },
    { urgency: 'HIGH', count: 0, longestWaitingDays: 0 },
    { urgency: 'NORMAL', count: 5, longestWaitingDays: 40 },
  ],
  longestWaiting: [
    { familyId: 'f-1', reference: 'FAM-AAAA', urgency: 'CRITICAL', size: 4, waitingDays: 12 },
    { familyId: 'f-2', reference: 'FAM-BBBB', urgency: 'NORMAL', size: 1, waitingDays: 40 },
  ],
  proposalsToDecide: 3,
  awaitingHost: [
    {
      placementId: 'pl-1',
      familyReference: 'FAM-CCCC',
      offerTitle: 'Garden flat',
      offeredAt: '2025-11-20T10:00:00Z',
      answerDueAt: '2025-11-27T10:00:00Z',
      reminded: true,
    },
  ],
  checkInsDue: [
    { placementId: 'pl-2', familyReference: 'FAM-DDDD', offerTitle: 'Attic room', dueOn: '2025-11-25', overdue: true },
    { placementId: 'pl-3', familyReference: 'FAM-EEEE', offerTitle: 'Two rooms', dueOn: '2025-12-02', overdue: false },
  ],
  placementsByStatus: { AWAITING_HOST: 1, MOVED_IN: 2, ENDED: 4 },
};

async function openHome(answer: () => Response) {
  mockFetch({ 'GET /api/auth/me': () => json(users.caseworker), 'GET /api/dashboard': answer });
  renderApp('/caseworker');
  return screen.findByRole('region', { name: 'Families waiting for a home' });
}

function rows(regionName: string): string[] {
  return within(screen.getByRole('region', { name: regionName }))
    .getAllByRole('row')
    .map((row) => row.textContent ?? '');
}

describe('the caseworker dashboard', () => {
  it('shows what waits for whom, each item leading to its page', async () => {
    const waiting = await openHome(() => json(dashboard));

    expect(waiting).toHaveTextContent('7 families are ready and waiting.');
    expect(rows('Families waiting, by urgency')).toEqual([
      'UrgencyFamiliesLongest wait',
      '!! Critical212 days',
      '! High0–',
      'Normal540 days',
    ]);
    expect(within(waiting).getByRole('link', { name: 'Critical' })).toHaveAttribute(
      'href',
      '/caseworker/families?status=READY&urgency=CRITICAL',
    );

    const longest = screen.getByRole('region', { name: 'Waiting longest' });
    expect(
      within(longest)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['FAM-AAAA !! Critical 4 people, waiting 12 days', 'FAM-BBBB Normal 1 person, waiting 40 days']);
    expect(within(longest).getByRole('link', { name: 'FAM-AAAA' })).toHaveAttribute('href', '/caseworker/families/f-1');

    const proposals = screen.getByRole('region', { name: 'Proposals to decide' });
    expect(proposals).toHaveTextContent('3 proposals');
    expect(within(proposals).getByRole('link', { name: 'Go to matching' })).toHaveAttribute(
      'href',
      '/caseworker/matching',
    );

    expect(rows('Offers sent to hosts, the earliest answer due first')[1]).toMatch(
      /^FAM-CCCCGarden flat27 Nov 2025, \d\d:00 Reminded$/,
    );
    expect(screen.getByRole('link', { name: 'FAM-CCCC' })).toHaveAttribute('href', '/caseworker/placements/pl-1');

    const checkIns = screen.getByRole('region', { name: 'Check-ins due' });
    expect(checkIns).toHaveTextContent('1 check-in is overdue.');
    expect(rows('Check-ins due within a week, and overdue ones').slice(1)).toEqual([
      'FAM-DDDDAttic room25 Nov 2025 ⚠ Overdue',
      'FAM-EEEETwo rooms2 Dec 2025',
    ]);

    const byStatus = screen.getByRole('region', { name: 'Placements by status' });
    expect(within(byStatus).getByRole('link', { name: 'Moved in 2' })).toHaveAttribute(
      'href',
      '/caseworker/placements?status=MOVED_IN',
    );
    expect(within(byStatus).getByRole('link', { name: 'Host declined 0' })).toBeInTheDocument();
  });

  it('says when there is nothing to do', async () => {
    await openHome(() =>
      json({
        ...dashboard,
        familiesWaiting: dashboard.familiesWaiting.map((level) => ({ ...level, count: 0, longestWaitingDays: 0 })),
        longestWaiting: [],
        proposalsToDecide: 0,
        awaitingHost: [],
        checkInsDue: [],
        placementsByStatus: {},
      }),
    );
    expect(screen.getByText('No family is waiting.')).toBeInTheDocument();
    expect(screen.getByText('No host has an offer to answer.')).toBeInTheDocument();
    expect(screen.getByText('No check-in is due this week.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Proposals to decide' })).toHaveTextContent('0 proposals');
  });

  it('says what went wrong when it cannot be loaded', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/dashboard': () => problem('access-denied', 403),
    });
    renderApp('/caseworker');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account is not allowed to do this.');
  });
});
