import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anonymous, csrf, json, mockFetch, noContent, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';

async function openLoginPage(path = '/login') {
  const app = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'Log in' });
  return app;
}

async function fillAndSubmit(app: Awaited<ReturnType<typeof openLoginPage>>, email: string, password: string) {
  await app.user.type(screen.getByLabelText('Email address'), email);
  await app.user.type(screen.getByLabelText('Password'), password);
  await app.user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('login form', () => {
  it('logs in form-encoded, fetches the new CSRF token, and lands on the role’s home', async () => {
    const server = mockFetch({
      'GET /api/auth/me': [() => anonymous(), () => json(users.caseworker)],
      'GET /api/auth/csrf': [csrf('before-login'), csrf('after-login')],
      'POST /api/auth/login': () => noContent(),
    });
    const app = await openLoginPage();

    await fillAndSubmit(app, 'caseworker@haven.example', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Carl Caseworker' })).toBeInTheDocument();
    expect(app.location()).toBe('/caseworker');
    const [login] = server.requestsTo('POST /api/auth/login');
    expect(login?.headers.get('X-XSRF-TOKEN')).toBe('before-login');
    expect(new URLSearchParams(login?.body ?? '').get('username')).toBe('caseworker@haven.example');
    // The token changes at login: the client asked for the new one straight after.
    expect(server.requestsTo('GET /api/auth/csrf')).toHaveLength(2);
  });

  it('goes on to ?next= after logging in', async () => {
    mockFetch({
      'GET /api/auth/me': [() => anonymous(), () => json(users.admin)],
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/login': () => noContent(),
      'GET /api/admin/accounts': () => json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
    });
    const app = await openLoginPage('/login?next=%2Fadmin%2Faccounts');

    await fillAndSubmit(app, 'admin@haven.example', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: 'Accounts' })).toBeInTheDocument();
    expect(app.location()).toBe('/admin/accounts');
  });

  it('ignores a ?next= that points to another site', async () => {
    mockFetch({
      'GET /api/auth/me': [() => anonymous(), () => json(users.host)],
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/login': () => noContent(),
    });
    const app = await openLoginPage('/login?next=%2F%2Fevil.example%2Fphish');

    await fillAndSubmit(app, 'host@haven.example', 'correct horse battery');

    await screen.findByRole('heading', { level: 1, name: 'Welcome, Hana Host' });
    expect(app.location()).toBe('/host');
  });

  it('shows the 401 answer in an alert and stays on the login page', async () => {
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/login': () => problem('bad-credentials', 401, { detail: 'Bad credentials' }),
    });
    const app = await openLoginPage();

    await fillAndSubmit(app, 'someone@haven.example', 'wrong password here');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email or password is not correct, or this account cannot sign in at the moment.',
    );
    expect(app.location()).toBe('/login');
    expect(screen.getByRole('button', { name: 'Log in' })).toBeEnabled();
  });

  it('says to wait a few minutes when the server throttles (429)', async () => {
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/login': () => problem('too-many-requests', 429),
    });
    const app = await openLoginPage();

    await fillAndSubmit(app, 'someone@haven.example', 'whatever it is');

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts, try again in a few minutes.');
  });

  it('says to try again in a moment when too many passwords are being checked (503)', async () => {
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/login': () => problem('service-busy', 503),
    });
    const app = await openLoginPage();

    await fillAndSubmit(app, 'someone@haven.example', 'whatever it is');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Haven is very busy right now. Please try again in a moment.',
    );
  });

  it('shows field errors from the server next to their fields', async () => {
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/login': () =>
        problem('validation-failed', 400, {
          detail: 'Invalid request',
          errors: [
            { field: 'username', message: 'must be a well-formed email address' },
            { field: 'password', message: 'must not be longer than 128 characters' },
          ],
        }),
    });
    const app = await openLoginPage();

    await fillAndSubmit(app, 'odd@address', 'x'.repeat(20));

    const email = screen.getByLabelText('Email address');
    expect(await screen.findByText('must be a well-formed email address')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Error: must be a well-formed email address');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'Error: must not be longer than 128 characters',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Some answers need correcting.');
  });

  it('checks for empty fields before sending anything', async () => {
    const server = mockFetch({ 'GET /api/auth/me': () => anonymous() });
    const app = await openLoginPage();

    await app.user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Error: This field is required.');
    expect(server.requestsTo('POST /api/auth/login')).toHaveLength(0);
  });

  it('disables the button while the login is on its way', async () => {
    let answer: (response: Response) => void = () => {};
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/login': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const app = await openLoginPage();

    await fillAndSubmit(app, 'someone@haven.example', 'a long enough password');

    expect(await screen.findByRole('button', { name: 'Logging in…' })).toBeDisabled();
    answer(problem('bad-credentials', 401));
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeEnabled();
  });
});
