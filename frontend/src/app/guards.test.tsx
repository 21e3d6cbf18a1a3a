import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '../lib/api';
import { anonymous, csrf, json, mockFetch, noContent, problem, users } from '../testing/mock-fetch';
import { renderApp } from '../testing/render-app';
import { wholeText } from '../testing/whole-text';

describe('route guards', () => {
  it('sends a visitor without a session from a role page to the login page, keeping where they were going', async () => {
    mockFetch({ 'GET /api/auth/me': () => anonymous() });

    const app = renderApp('/caseworker/families?status=READY');

    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(app.location()).toBe(`/login?next=${encodeURIComponent('/caseworker/families?status=READY')}`);
    expect(screen.getByRole('status')).toHaveTextContent(
      'That page is for people with a Haven account: log in to open it. A family does not need an account',
    );
  });

  it('sends a signed-in user who opens another role’s page to their own home, saying why', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.host) });

    const app = renderApp('/admin/accounts');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Hana Host' })).toBeInTheDocument();
    expect(app.location()).toBe('/host');
    const notice = screen.getByText('That page is for administrators').closest('[role="status"]');
    expect(notice).toBeInTheDocument();
    expect(notice).toHaveTextContent('Your account cannot open it, so Haven brought you to your own home page.');
  });

  it('tells an admin who opens the import page that caseworkers import', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.admin) });

    const app = renderApp('/caseworker/import');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada Admin' })).toBeInTheDocument();
    expect(app.location()).toBe('/admin');
    const notice = screen.getByText('That page is for caseworkers').closest('[role="status"]');
    expect(notice).toBeInTheDocument();
    expect(notice).toHaveTextContent('Caseworkers import families and offers from spreadsheets.');
  });

  it('says nothing about other roles on a home page opened directly', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.host) });

    renderApp('/host');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Hana Host' })).toBeInTheDocument();
    expect(screen.queryByText(/That page is for/)).not.toBeInTheDocument();
  });

  it('keeps a user whose password must change on the change-password page, whatever they open', async () => {
    mockFetch({ 'GET /api/auth/me': () => json({ ...users.caseworker, passwordChangeRequired: true }) });

    const app = renderApp('/caseworker');

    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeInTheDocument();
    expect(app.location()).toBe('/account/password');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();

    await app.router.navigate('/login');
    await waitFor(() => expect(app.location()).toBe('/account/password'));
  });

  it('releases the user to their home once the forced password change succeeded', async () => {
    const server = mockFetch({
      'GET /api/auth/me': [
        () => json({ ...users.caseworker, passwordChangeRequired: true }),
        () => json(users.caseworker),
      ],
      'GET /api/auth/csrf': csrf('t1'),
      'POST /api/auth/password': () => noContent(),
    });
    const app = renderApp('/account/password');
    await screen.findByRole('heading', { name: 'Choose a new password' });

    await app.user.type(screen.getByLabelText('Current password'), 'Given-Password-1');
    await app.user.type(screen.getByLabelText('New password'), 'my own long passphrase');
    await app.user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Carl Caseworker' })).toBeInTheDocument();
    expect(app.location()).toBe('/caseworker');
    expect(JSON.parse(server.requestsTo('POST /api/auth/password')[0]?.body ?? '{}')).toEqual({
      currentPassword: 'Given-Password-1',
      newPassword: 'my own long passphrase',
    });
  });

  it('sends a signed-in user away from /login to their home', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.admin) });

    const app = renderApp('/login');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada Admin' })).toBeInTheDocument();
    expect(app.location()).toBe('/admin');
  });

  it('shows each role its own navigation', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.admin) });

    renderApp('/admin');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const links = Array.from(nav.querySelectorAll('a')).map((link) => link.textContent);
    expect(links).toEqual(['Home', 'Accounts', 'Matching policy', 'Statistics', 'Audit log', 'My account']);
  });

  it('shows the role’s header and navigation while the session loads, so the page does not shift down when it arrives', async () => {
    let answer: (response: Response) => void = () => {};
    mockFetch({ 'GET /api/auth/me': () => new Promise<Response>((resolve) => (answer = resolve)) });

    renderApp('/caseworker/nowhere');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const links = Array.from(nav.querySelectorAll('a')).map((link) => link.textContent);
    expect(links).toContain('Families');
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /log out/i })).not.toBeInTheDocument();

    answer(json(users.caseworker));

    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    const after = screen.getByRole('navigation', { name: 'Main' });
    expect(Array.from(after.querySelectorAll('a')).map((link) => link.textContent)).toEqual(links);
  });

  it('shows the 404 page inside the role’s layout for an unknown address in that area', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.caseworker) });

    renderApp('/caseworker/nowhere');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByText(wholeText('Signed in as Carl Caseworker'))).toBeInTheDocument();
  });

  it('offers a way home, not "Try again", when what a page shows is not there', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/hosts/no-such-host': () => problem('not-found', 404),
    });

    renderApp('/caseworker/hosts/no-such-host');

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find what you asked for.');
    expect(screen.getByRole('link', { name: 'Go to your home page' })).toHaveAttribute('href', '/caseworker');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('offers "Try again" when a page could not be loaded', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/hosts/h-1': () => problem('unexpected', 500),
    });
    const app = renderApp('/caseworker/hosts/h-1');

    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.');
    expect(screen.queryByRole('link', { name: 'Go to your home page' })).not.toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(server.requestsTo('GET /api/hosts/h-1')).toHaveLength(2));
  });

  it('sends the user to the login page when a call finds the session has ended', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/admin/accounts': () => problem('unauthenticated', 401),
    });

    const app = renderApp('/admin/accounts');

    expect(await screen.findByText('Your session has ended. Please log in again.')).toBeInTheDocument();
    expect(app.location()).toBe(`/login?next=${encodeURIComponent('/admin/accounts')}`);
  });

  it('after logging out, a role page leads to the login page', async () => {
    mockFetch({
      'GET /api/auth/me': [() => json(users.host), () => anonymous()],
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/logout': () => noContent(),
    });
    const app = renderApp('/host');
    await screen.findByRole('heading', { name: 'Welcome, Hana Host' });

    await app.user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByText('You have logged out.')).toBeInTheDocument();
    expect(app.location()).toBe('/login');
    await app.router.navigate('/host');
    await waitFor(() => expect(app.location()).toBe('/login'));
  });

  it('after logging out, a page call that meets the ended session first does not bring the user back with ?next=', async () => {
    mockFetch({
      'GET /api/auth/me': [
        () => json(users.host),
        // Asking who is signed in after the logout takes a moment, as it does over a network.
        () => new Promise((resolve) => setTimeout(() => resolve(anonymous()), 100)),
      ],
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/host/still-loading': () => problem('unauthenticated', 401),
      'POST /api/auth/logout': async () => {
        // A call of the page answered while the logout is on its way: the session is already gone.
        await api.get('/api/host/still-loading').catch(() => undefined);
        return noContent();
      },
    });
    const app = renderApp('/host');
    await screen.findByRole('heading', { name: 'Welcome, Hana Host' });

    await app.user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByText('You have logged out.')).toBeInTheDocument();
    expect(app.location()).toBe('/login');
  });
});
