import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { csrf, json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';

const carl = {
  id: 'a-1',
  email: 'carl@haven.example',
  displayName: 'Carl Caseworker',
  role: 'CASEWORKER',
  status: 'ACTIVE',
  locked: false,
  lockedUntil: null,
  passwordChangeRequired: true,
  invitationPending: false,
  createdAt: '2025-11-20T10:15:00Z',
  lastLoginAt: null,
};
const dina = {
  ...carl,
  id: 'a-2',
  email: 'dina@haven.example',
  displayName: 'Dina Disabled',
  status: 'DISABLED',
  locked: true,
  lockedUntil: '2025-11-21T09:30:00Z',
  passwordChangeRequired: false,
  invitationPending: false,
  lastLoginAt: '2025-11-21T08:00:00Z',
};

function page(items: unknown[], pageNumber = 0, totalPages = 1, totalItems = items.length) {
  return json({ items, page: pageNumber, size: 20, totalItems, totalPages });
}

describe('admin accounts page', () => {
  it('lists accounts with their role, status and sign-in state', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/admin/accounts': () => page([carl, dina]),
    });

    renderApp('/admin/accounts');

    const table = await screen.findByRole('table', { name: 'Accounts, page 1 of 1' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent)
          .slice(0, 3),
      ),
    ).toEqual([
      ['carl@haven.example', 'Caseworker', 'Active'],
      ['dina@haven.example', 'Caseworker', 'Disabled'],
    ]);
    expect(within(rows[0]!).getAllByRole('cell')[3]).toHaveTextContent(/^Must change password$/);
    expect(within(rows[1]!).getAllByRole('cell')[3]).toHaveTextContent(/^Locked until 21 Nov 2025, \d{2}:30$/);
    expect(within(rows[0]!).getByText('Never')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link', { name: 'Dina Disabled' })).toHaveAttribute(
      'href',
      '/admin/accounts/a-2',
    );
    expect(screen.getByText('2 accounts')).toBeInTheDocument();
  });

  it('applies filters and pages through the list, with the query in the address', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/admin/accounts': (request) => {
        const params = new URL(request.url, 'http://localhost').searchParams;
        return params.get('page') === '1' ? page([dina], 1, 2, 21) : page([carl], 0, 2, 21);
      },
    });
    const app = renderApp('/admin/accounts');
    await screen.findByRole('table');

    const filters = screen.getByRole('search', { name: 'Filter accounts' });

    await app.user.selectOptions(within(filters).getByLabelText('Role'), 'Caseworker');
    await app.user.selectOptions(within(filters).getByLabelText('Status'), 'Active');
    await app.user.type(within(filters).getByLabelText('Search'), 'carl');
    await app.user.click(within(filters).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(app.location()).toBe('/admin/accounts?role=CASEWORKER&status=ACTIVE&q=carl'));
    await waitFor(() =>
      expect(server.requestsTo('GET /api/admin/accounts').at(-1)?.url).toBe(
        '/api/admin/accounts?role=CASEWORKER&status=ACTIVE&q=carl&page=0&size=20',
      ),
    );

    await app.user.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByRole('table', { name: 'Accounts, page 2 of 2' })).toBeInTheDocument();
    expect(server.requestsTo('GET /api/admin/accounts').at(-1)?.url).toBe(
      '/api/admin/accounts?role=CASEWORKER&status=ACTIVE&q=carl&page=1&size=20',
    );
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('creates an account without a password and says an invitation was emailed', async () => {
    const created = { ...carl, id: 'a-9', email: 'new.cw@haven.example', displayName: 'New Caseworker' };
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/admin/accounts': [() => page([carl]), () => page([carl, created])],
      'POST /api/admin/accounts': () => json(created, 201),
    });
    const app = renderApp('/admin/accounts');
    await screen.findByRole('table');
    const form = screen.getByRole('heading', { name: 'Create account' }).closest('section')!;

    await app.user.type(within(form).getByLabelText('Email address'), 'new.cw@haven.example');
    await app.user.type(within(form).getByLabelText('Name'), 'New Caseworker');
    expect(within(form).queryByLabelText(/password/i)).not.toBeInTheDocument();
    await app.user.click(within(form).getByRole('button', { name: 'Create account' }));

    const confirmation = await screen.findByRole('status');
    expect(confirmation).toHaveTextContent('New Caseworker (new.cw@haven.example) has an account as: Caseworker.');
    expect(confirmation).toHaveTextContent(
      'We have emailed them an invitation to choose their password. The link works for 7 days.',
    );
    expect(JSON.parse(server.requestsTo('POST /api/admin/accounts')[0]?.body ?? '{}')).toEqual({
      email: 'new.cw@haven.example',
      displayName: 'New Caseworker',
      role: 'CASEWORKER',
    });
    // The list reloads and shows the new account.
    expect(await screen.findByText('new.cw@haven.example')).toBeInTheDocument();
    expect(within(form).getByLabelText('Email address')).toHaveValue('');
  });

  it('shows a duplicate email next to the email field', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/admin/accounts': () => page([carl]),
      'POST /api/admin/accounts': () =>
        problem('conflict', 409, {
          errors: [{ field: 'email', message: 'This email address is already registered.' }],
        }),
    });
    const app = renderApp('/admin/accounts');
    await screen.findByRole('table');
    const form = screen.getByRole('heading', { name: 'Create account' }).closest('section')!;

    await app.user.type(within(form).getByLabelText('Email address'), 'carl@haven.example');
    await app.user.type(within(form).getByLabelText('Name'), 'Carl again');
    await app.user.click(within(form).getByRole('button', { name: 'Create account' }));

    await within(form).findByText('This email address is already registered.');
    expect(within(form).getByLabelText('Email address')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
