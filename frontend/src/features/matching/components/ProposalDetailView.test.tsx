import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import { changeLanguage } from '../../../lib/i18n';
import { doneRun, proposals } from '../test-data';

const routes = {
  'GET /api/auth/me': () => json(users.caseworker),
  'GET /api/matching/runs/run-2': () => json(doneRun),
  ...Object.fromEntries(
    proposals.map((proposal) => [`GET /api/matching/proposals/${proposal.id}`, () => json(proposal)]),
  ),
};

describe('a proposal’s explanation', () => {
  it('shows the family and the offer with links to the case and the host', async () => {
    mockFetch(routes);
    renderApp('/caseworker/matching/runs/run-2/proposals/p-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Proposal for F-7K2Q' })).toBeInTheDocument();
    const family = screen.getByRole('region', { name: 'The family' });
    expect(within(family).getByRole('link', { name: 'F-7K2Q' })).toHaveAttribute('href', '/caseworker/families/f-1');
    expect(family).toHaveTextContent('People5 people: 2 adults, 3 children · waiting 9 days');
    expect(family).toHaveTextContent('Preferred areaLeeds');
    const offer = screen.getByRole('region', { name: 'The offer' });
    expect(offer).toHaveTextContent('TitleDouble room near Hyde Park');
    expect(offer).toHaveTextContent('TypeRoom in a home');
    expect(offer).toHaveTextContent('Space2 bedrooms, room for 5 people');
    expect(within(offer).getByRole('link', { name: 'Open the host’s page' })).toHaveAttribute(
      'href',
      '/caseworker/hosts/h-1',
    );
    const match = screen.getByRole('region', { name: 'The match' });
    expect(match).toHaveTextContent('Distance12 km');
    expect(match).toHaveTextContent('How well it fits42 points off a perfect fit');
    expect(match).toHaveTextContent('StatusProposed');
    expect(screen.getByRole('link', { name: 'Back to the proposals' })).toHaveAttribute(
      'href',
      '/caseworker/matching/runs/run-2#proposals',
    );
    // The explanation is the run's, stored when it made the proposal, and the page says so.
    await waitFor(() =>
      expect(document.querySelector('.data-used')).toHaveTextContent(
        /^Data used: the run’s, as it read the families and offers on 2 Mar 2026/,
      ),
    );
  });

  it('lists each soft rule with its penalty and sentence, adding up to the score', async () => {
    mockFetch(routes);
    renderApp('/caseworker/matching/runs/run-2/proposals/p-1');

    const costs = await screen.findByRole('table');
    const rows = within(costs)
      .getAllByRole('row')
      .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(rows).toEqual([
      ['Rule', 'Details', 'Points off'],
      ['S1 Distance', '12 km from preferred area (Leeds)', '12'],
      ['S2 Spare beds', 'no spare beds', '0'],
      ['S3 Shared language', 'No language shared with the host', '30'],
      ['S4 Short stay', 'available for the whole stay', '0'],
      ['S5 Wait for the room', 'room free when needed', '0'],
      ['Points off in all', '42'],
    ]);
  });

  it('keeps the hard rules checked folded away until asked for', async () => {
    mockFetch(routes);
    const app = renderApp('/caseworker/matching/runs/run-2/proposals/p-1');

    const section = await screen.findByRole('region', { name: 'Rules checked' });
    const details = section.querySelector('details')!;
    expect(details.open).toBe(false);
    const summary = within(section).getByText('3 rules checked: all met');

    await app.user.click(summary);

    expect(details.open).toBe(true);
    const rules = within(section)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(rules).toEqual([
      '✓Met H1 Capacity: 5 people; room for up to 5',
      '✓Met H2 Bedrooms: needs 2 bedrooms, the offer has 2',
      '✓Met H9 Children: children welcome, enhanced DBS with barred list',
    ]);
  });

  it('words the explanation in Ukrainian, and marks what an older proposal kept in English', async () => {
    await changeLanguage('uk');
    mockFetch(routes);
    renderApp('/caseworker/matching/runs/run-2/proposals/p-1');

    const costs = await screen.findByRole('table');
    const languageRow = within(costs).getByRole('row', { name: /^S3 / });
    expect(languageRow).toHaveTextContent('Немає спільної мови з господарем');
    // Stored before sentences had keys: the server's English, marked as English for screen readers.
    const distance = within(within(costs).getByRole('row', { name: /^S1 / })).getByText(
      '12 km from preferred area (Leeds)',
    );
    expect(distance).toHaveAttribute('lang', 'en');
    expect(screen.getByText(/^Деякі речення тут англійською/)).toBeInTheDocument();
    await waitFor(() =>
      expect(document.querySelector('.data-used')).toHaveTextContent(/^Використані дані: дані підбору/),
    );
  });

  it('goes back to the list as it was left, and never to another site', async () => {
    mockFetch(routes);
    const app = renderApp('/caseworker/matching/runs/run-2/proposals/p-1');
    await screen.findByRole('heading', { level: 1, name: 'Proposal for F-7K2Q' });

    await app.router.navigate('/caseworker/matching/runs/run-2/proposals/p-2', {
      state: { from: '/caseworker/matching?sort=distance-nearest' },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Proposal for F-ABCD' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the proposals' })).toHaveAttribute(
      'href',
      '/caseworker/matching?sort=distance-nearest#proposals',
    );

    await app.router.navigate('/caseworker/matching/runs/run-2/proposals/p-3', { state: { from: '//evil.example' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Proposal for F-ZZ99' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the proposals' })).toHaveAttribute(
      'href',
      '/caseworker/matching/runs/run-2#proposals',
    );
  });

  it('does not show a proposal under another run’s address', async () => {
    mockFetch(routes);
    renderApp('/caseworker/matching/runs/run-1/proposals/p-1');
    expect(await screen.findByRole('alert')).toHaveTextContent('This proposal is not part of that run.');
    expect(screen.getByRole('heading', { level: 1, name: 'Proposal' })).toBeInTheDocument();
  });

  it('says so when the proposal cannot be found', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/matching/proposals/nope': () => problem('not-found', 404),
    });
    renderApp('/caseworker/matching/runs/run-2/proposals/nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find what you asked for.');
    expect(screen.getByRole('link', { name: 'Back to the proposals' })).toHaveAttribute(
      'href',
      '/caseworker/matching/runs/run-2#proposals',
    );
  });
});
