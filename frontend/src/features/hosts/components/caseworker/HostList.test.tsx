import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, users } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { hostSummary } from '../../test-data';

function page(items: unknown[], pageNumber = 0, totalPages = 1, totalItems = items.length) {
  return json({ items, page: pageNumber, size: 20, totalItems, totalPages });
}

describe('caseworker hosts list', () => {
  it('lists hosts with status, offers and areas, each name leading to the host', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/hosts': () =>
        page([hostSummary, { ...hostSummary, id: 'h-2', displayName: 'Omar', status: 'APPROVED', areas: [] }]),
    });

    renderApp('/caseworker/hosts');

    const table = await screen.findByRole('table', { name: 'Hosts, page 1 of 1' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent)
          .slice(0, 4),
      ),
    ).toEqual([
      ['nadia@example.org', 'Applied', '1 published of 2', 'LS'],
      ['nadia@example.org', 'Approved', '1 published of 2', '–'],
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'Nadia Host' })).toHaveAttribute('href', '/caseworker/hosts/h-1');
    expect(screen.getByText('2 hosts')).toBeInTheDocument();
  });

  it('builds the query from the filters, keeps it in the address, and pages on', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/hosts': (request) => {
        const params = new URL(request.url, 'http://localhost').searchParams;
        return params.get('page') === '1' ? page([hostSummary], 1, 2, 21) : page([hostSummary], 0, 2, 21);
      },
    });
    const app = renderApp('/caseworker/hosts');
    await screen.findByRole('table');
    expect(server.requestsTo('GET /api/hosts').at(-1)?.url).toBe('/api/hosts?page=0&size=20');

    const filters = screen.getByRole('search', { name: 'Filter hosts' });
    await app.user.selectOptions(within(filters).getByLabelText('Vetting status'), 'Applied');
    await app.user.type(within(filters).getByLabelText('Search'), ' nadia ');
    await app.user.type(within(filters).getByLabelText('Area'), 'ls6');
    await app.user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(app.location()).toBe('/caseworker/hosts?status=APPLIED&q=nadia&area=LS6'));
    await waitFor(() =>
      expect(server.requestsTo('GET /api/hosts').at(-1)?.url).toBe(
        '/api/hosts?status=APPLIED&q=nadia&area=LS6&page=0&size=20',
      ),
    );

    await app.user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('table', { name: 'Hosts, page 2 of 2' })).toBeInTheDocument();
    expect(server.requestsTo('GET /api/hosts').at(-1)?.url).toBe(
      '/api/hosts?status=APPLIED&q=nadia&area=LS6&page=1&size=20',
    );

    await app.user.click(within(screen.getByRole('search')).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(app.location()).toBe('/caseworker/hosts'));
    expect(within(screen.getByRole('search')).getByLabelText('Area')).toHaveValue('');
  });
});
