import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, users } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { familySummary } from '../../test-data';

function page(items: unknown[], pageNumber = 0, totalPages = 1, totalItems = items.length) {
  return json({ items, page: pageNumber, size: 20, totalItems, totalPages });
}

describe('caseworker families list', () => {
  it('lists families with urgency in words, status, waiting days and location', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/families': () =>
        page([
          familySummary,
          {
            ...familySummary,
            id: 'f-2',
            reference: 'FAM-2',
            urgency: 'NORMAL',
            waitingDays: null,
            locationLabel: null,
            neededFrom: null,
          },
        ]),
    });

    renderApp('/caseworker/families');

    const table = await screen.findByRole('table', { name: 'Families, page 1 of 1' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Amina', '3', '2', '!!Critical', 'To review', '1 Dec 2099', '4 days', 'Leeds'],
      ['Amina', '3', '2', 'Normal', 'To review', '–', '–', '–'],
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'FAM-7K2Q' })).toHaveAttribute(
      'href',
      '/caseworker/families/f-1',
    );
    expect(screen.getByText('2 families')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New family case' })).toHaveAttribute('href', '/caseworker/families/new');
  });

  it('builds the query from status, urgency and search, keeps it in the address, and pages on', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/families': (request) => {
        const params = new URL(request.url, 'http://localhost').searchParams;
        return params.get('page') === '1' ? page([familySummary], 1, 2, 21) : page([familySummary], 0, 2, 21);
      },
    });
    const app = renderApp('/caseworker/families');
    await screen.findByRole('table');
    expect(server.requestsTo('GET /api/families').at(-1)?.url).toBe('/api/families?page=0&size=20');

    const filters = screen.getByRole('search', { name: 'Filter families' });
    await app.user.selectOptions(within(filters).getByLabelText('Status'), 'To review');
    await app.user.selectOptions(within(filters).getByLabelText('Urgency'), 'Critical');
    await app.user.type(within(filters).getByLabelText('Search'), ' amina ');
    await app.user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(app.location()).toBe('/caseworker/families?status=TRIAGE&urgency=CRITICAL&q=amina'));
    await waitFor(() =>
      expect(server.requestsTo('GET /api/families').at(-1)?.url).toBe(
        '/api/families?status=TRIAGE&urgency=CRITICAL&q=amina&page=0&size=20',
      ),
    );

    await app.user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('table', { name: 'Families, page 2 of 2' })).toBeInTheDocument();
    expect(server.requestsTo('GET /api/families').at(-1)?.url).toBe(
      '/api/families?status=TRIAGE&urgency=CRITICAL&q=amina&page=1&size=20',
    );

    await app.user.click(within(screen.getByRole('search')).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(app.location()).toBe('/caseworker/families'));
  });
});
