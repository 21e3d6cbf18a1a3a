import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anonymous, csrf, json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import { wholeText } from '../../../testing/whole-text';

const casey = {
  id: 'a-7',
  email: 'casey@haven.example',
  displayName: 'Casey Worker',
  role: 'CASEWORKER',
  status: 'ACTIVE',
  locked: false,
  lockedUntil: null,
  passwordChangeRequired: false,
  invitationPending: false,
  secondFactorEnabled: false,
  createdAt: '2025-11-20T10:15:00Z',
  lastLoginAt: '2025-11-21T08:00:00Z',
};

async function openAccount(path = '/admin/accounts/a-7', name = 'Casey Worker') {
  const app = renderApp(path);
  await screen.findByRole('heading', { level: 1, name });
  return app;
}

function changes() {
  return screen.getByRole('region', { name: 'Change this account' });
}

describe('admin account page', () => {
  it('shows the account and links to its trail in the audit log', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.admin), 'GET /api/admin/accounts/a-7': () => json(casey) });
    await openAccount();

    const summary = screen.getByRole('region', { name: 'Account details' });
    expect(summary).toHaveTextContent('casey@haven.example');
    expect(summary).toHaveTextContent('Caseworker');
    expect(summary).toHaveTextContent('Active');
    expect(within(summary).getByRole('link', { name: 'What happened to this account (audit log)' })).toHaveAttribute(
      'href',
      '/admin/audit?subjectId=a-7',
    );
    expect(changes()).toHaveTextContent('Not locked.');
    expect(within(changes()).queryByRole('button', { name: 'Unlock' })).not.toBeInTheDocument();
    expect(within(changes()).queryByRole('button', { name: 'Reset second factor' })).not.toBeInTheDocument();
  });

  it('resets a lost second factor only when the account has one, after confirmation', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/admin/accounts/a-7': () => json({ ...casey, secondFactorEnabled: true }),
      'DELETE /api/admin/accounts/a-7/second-factor': () => json({ ...casey, secondFactorEnabled: false }),
    });
    const app = await openAccount();
    expect(changes()).toHaveTextContent('Set up.');

    await app.user.click(within(changes()).getByRole('button', { name: 'Reset second factor' }));
    await waitFor(() =>
      expect(screen.getByText(wholeText('Reset the two-factor sign-in of Casey Worker?'))).toHaveFocus(),
    );
    expect(server.requestsTo('DELETE /api/admin/accounts/a-7/second-factor')).toHaveLength(0);
    await app.user.click(within(changes()).getByRole('button', { name: 'Yes, reset' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The two-factor sign-in of Casey Worker is reset.');
    expect(server.requestsTo('DELETE /api/admin/accounts/a-7/second-factor')).toHaveLength(1);
    expect(changes()).toHaveTextContent('Not set up.');
    expect(within(changes()).queryByRole('button', { name: 'Reset second factor' })).not.toBeInTheDocument();
  });

  it('disables an account only after confirmation, and then offers to enable it', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/admin/accounts/a-7': () => json(casey),
      'PATCH /api/admin/accounts/a-7': () => json({ ...casey, status: 'DISABLED' }),
    });
    const app = await openAccount();

    await app.user.click(within(changes()).getByRole('button', { name: 'Disable account' }));

    const question = screen.getByText(wholeText('Disable the account of Casey Worker?'));
    await waitFor(() => expect(question).toHaveFocus());
    expect(changes()).toHaveTextContent('They are logged out at once, everywhere');
    expect(server.requestsTo('PATCH /api/admin/accounts/a-7')).toHaveLength(0);

    await app.user.click(within(changes()).getByRole('button', { name: 'Yes, disable the account' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The account of Casey Worker is disabled.');
    expect(JSON.parse(server.requestsTo('PATCH /api/admin/accounts/a-7')[0]?.body ?? '{}')).toEqual({
      status: 'DISABLED',
    });
    expect(screen.getByRole('region', { name: 'Account details' })).toHaveTextContent('Disabled');
    expect(within(changes()).getByRole('button', { name: 'Enable account' })).toBeInTheDocument();
    expect(screen.queryByText(wholeText('Disable the account of Casey Worker?'))).not.toBeInTheDocument();
  });

  it('cancelling a confirmation sends nothing', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/admin/accounts/a-7': () => json(casey),
    });
    const app = await openAccount();

    await app.user.click(within(changes()).getByRole('button', { name: 'Change role to: Administrator' }));
    await app.user.click(within(changes()).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByText(/Change the role of Casey Worker/)).not.toBeInTheDocument();
    expect(server.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
  });

  it('changes a caseworker into an administrator and says they must log in again', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/admin/accounts/a-7': () => json(casey),
      'PATCH /api/admin/accounts/a-7': () => json({ ...casey, role: 'ADMIN' }),
    });
    const app = await openAccount();

    await app.user.click(within(changes()).getByRole('button', { name: 'Change role to: Administrator' }));
    await waitFor(() =>
      expect(
        screen.getByText(wholeText('Change the role of Casey Worker from Caseworker to Administrator?')),
      ).toHaveFocus(),
    );
    await app.user.click(within(changes()).getByRole('button', { name: 'Yes, change the role' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Casey Worker now has the role: Administrator. They must log in again.',
    );
    expect(JSON.parse(server.requestsTo('PATCH /api/admin/accounts/a-7')[0]?.body ?? '{}')).toEqual({ role: 'ADMIN' });
    expect(within(changes()).getByRole('button', { name: 'Change role to: Caseworker' })).toBeInTheDocument();
  });

  it('explains the last-admin refusal and leaves the account as it was', async () => {
    const ada = { ...casey, id: 'u-admin', email: users.admin.email, displayName: 'Ada Admin', role: 'ADMIN' };
    mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/admin/accounts/u-admin': () => json(ada),
      'PATCH /api/admin/accounts/u-admin': () =>
        problem('conflict', 409, {
          detail: 'Haven needs at least one active administrator.',
          errors: [{ field: 'status', code: 'last-admin', message: 'Haven needs at least one active administrator.' }],
        }),
    });
    const app = await openAccount('/admin/accounts/u-admin', 'Ada Admin');

    await app.user.click(within(changes()).getByRole('button', { name: 'Disable account' }));
    expect(changes()).toHaveTextContent('This is your own account: you will be logged out at once.');
    await app.user.click(within(changes()).getByRole('button', { name: 'Yes, disable the account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Haven needs at least one active administrator. Make another account an active administrator first.',
    );
    expect(screen.getByRole('region', { name: 'Account details' })).toHaveTextContent('Active');
    expect(within(changes()).getByRole('button', { name: 'Disable account' })).toBeInTheDocument();
  });

  it('logs the admin out after they change their own role', async () => {
    const ada = { ...casey, id: 'u-admin', email: users.admin.email, displayName: 'Ada Admin', role: 'ADMIN' };
    mockFetch({
      'GET /api/auth/me': [() => json(users.admin), () => anonymous()],
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/admin/accounts/u-admin': () => json(ada),
      'PATCH /api/admin/accounts/u-admin': () => json({ ...ada, role: 'CASEWORKER' }),
    });
    const app = await openAccount('/admin/accounts/u-admin', 'Ada Admin');

    await app.user.click(within(changes()).getByRole('button', { name: 'Change role to: Caseworker' }));
    await app.user.click(within(changes()).getByRole('button', { name: 'Yes, change the role' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByText('Your session has ended. Please log in again.')).toBeInTheDocument();
    expect(app.location()).toMatch(/^\/login/);
  });

  it('a host keeps the host role: no role change is offered', async () => {
    const hana = { ...casey, id: 'a-8', displayName: 'Hana Host', role: 'HOST' };
    mockFetch({ 'GET /api/auth/me': () => json(users.admin), 'GET /api/admin/accounts/a-8': () => json(hana) });
    await openAccount('/admin/accounts/a-8', 'Hana Host');

    expect(within(changes()).queryByRole('button', { name: /Change role/ })).not.toBeInTheDocument();
    expect(changes()).toHaveTextContent('A host account stays a host account');
  });

  it('unlocks a locked account after confirmation', async () => {
    const locked = { ...casey, locked: true, lockedUntil: '2025-11-21T09:30:00Z' };
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/admin/accounts/a-7': () => json(locked),
      'POST /api/admin/accounts/a-7/unlock': () => json(casey),
    });
    const app = await openAccount();
    expect(changes()).toHaveTextContent(/Locked after repeated failed logins, until 21 Nov 2025, \d{2}:30\./);
    expect(screen.getByRole('region', { name: 'Account details' })).toHaveTextContent(/Locked until 21 Nov 2025/);

    await app.user.click(within(changes()).getByRole('button', { name: 'Unlock' }));
    expect(changes()).toHaveTextContent('Do this only after you have spoken to them');
    await app.user.click(within(changes()).getByRole('button', { name: 'Yes, unlock' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The account of Casey Worker is unlocked.');
    expect(server.requestsTo('POST /api/admin/accounts/a-7/unlock')).toHaveLength(1);
    expect(changes()).toHaveTextContent('Not locked.');
  });

  it('shows the latest state when another admin changed the account at the same moment', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/admin/accounts/a-7': [() => json(casey), () => json({ ...casey, status: 'DISABLED' })],
      'PATCH /api/admin/accounts/a-7': () => problem('conflict', 409, { detail: 'Someone else changed this record.' }),
    });
    const app = await openAccount();

    await app.user.click(within(changes()).getByRole('button', { name: 'Disable account' }));
    await app.user.click(within(changes()).getByRole('button', { name: 'Yes, disable the account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this account at the same moment.');
    await waitFor(() => expect(server.requestsTo('GET /api/admin/accounts/a-7')).toHaveLength(2));
    expect(await within(changes()).findByRole('button', { name: 'Enable account' })).toBeInTheDocument();
  });

  it('an unknown account says so and leads back to the list', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/admin/accounts/nope': () => problem('not-found', 404),
    });
    renderApp('/admin/accounts/nope');

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find what you asked for.');
    expect(screen.getByRole('link', { name: 'Back to all accounts' })).toHaveAttribute('href', '/admin/accounts');
  });
});
