import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anonymous, csrf, json, mockFetch, problem } from '../../../testing/mock-fetch';
import { changeLanguage } from '../../../lib/i18n';
import { renderApp } from '../../../testing/render-app';

async function openSignupPage() {
  const app = renderApp('/signup');
  await screen.findByRole('heading', { level: 1, name: 'Create a host account' });
  return app;
}

async function fillAndSubmit(app: Awaited<ReturnType<typeof openSignupPage>>, password: string) {
  await app.user.type(screen.getByLabelText('Your name'), 'Nadia');
  await app.user.type(screen.getByLabelText('Email address'), 'new.host@example.org');
  await app.user.type(screen.getByLabelText('Password'), password);
  await app.user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('sign-up form', () => {
  it('signs the host up and asks them to confirm the address from the email, without logging in', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/register': () => json({ status: 'CHECK_EMAIL' }, 202),
    });
    const app = await openSignupPage();

    await fillAndSubmit(app, 'a room with a view 🌿');

    expect(await screen.findByRole('status')).toHaveTextContent(
      'We have sent an email to new.host@example.org. Open the link in it to confirm your address, then log in.',
    );
    expect(app.location()).toBe('/signup');
    expect(JSON.parse(server.requestsTo('POST /api/auth/register')[0]?.body ?? '{}')).toEqual({
      displayName: 'Nadia',
      email: 'new.host@example.org',
      password: 'a room with a view 🌿',
    });
    expect(server.requestsTo('POST /api/auth/login')).toHaveLength(0);
  });

  it('shows the server’s field errors next to their fields', async () => {
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/register': () =>
        problem('conflict', 409, {
          detail: 'An account with this email already exists',
          errors: [{ field: 'email', message: 'This email address is already registered.' }],
        }),
    });
    const app = await openSignupPage();

    await fillAndSubmit(app, 'a perfectly fine password');

    const email = screen.getByLabelText('Email address');
    await screen.findByText('This email address is already registered.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      'Error: This email address is already registered. You will log in with it, and we will contact you there.',
    );
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(app.location()).toBe('/signup');
  });

  it('shows a common-password refusal next to the password field', async () => {
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/register': () =>
        problem('validation-failed', 400, {
          errors: [{ field: 'password', message: 'This password is too common.' }],
        }),
    });
    const app = await openSignupPage();

    await fillAndSubmit(app, 'password1234');

    expect(await screen.findByText('This password is too common.')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('catches a short password before sending, next to the password field', async () => {
    const server = mockFetch({ 'GET /api/auth/me': () => anonymous() });
    const app = await openSignupPage();

    await fillAndSubmit(app, 'too short');

    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password.getAttribute('aria-describedby')?.split(' ')).toHaveLength(2);
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('Error: The password is too short. Use at least 12 characters.'),
    );
    expect(server.requestsTo('POST /api/auth/register')).toHaveLength(0);
  });

  it('counts characters as people see them: twelve emoji are long enough', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/register': () => problem('validation-failed', 400, { errors: [] }),
    });
    const app = await openSignupPage();

    await fillAndSubmit(app, '🏠🌿🌻🍞🧡🌈🌙⭐🍵📚🎈🕊');

    expect(server.requestsTo('POST /api/auth/register')).toHaveLength(1);
  });

  it('translates a refusal the server names by code, and shows an unknown code as the server worded it', async () => {
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/register': () =>
        problem('validation-failed', 400, {
          errors: [
            { field: 'password', code: 'password-common', message: 'This password is one of the most common ones.' },
            { field: 'displayName', code: 'some-future-code', message: 'A rule the client does not know yet.' },
          ],
        }),
    });
    await changeLanguage('uk');
    const app = renderApp('/signup');
    await screen.findByRole('heading', { level: 1, name: 'Створення облікового запису господаря' });

    await app.user.type(screen.getByLabelText('Ваше ім’я'), 'Nadia');
    await app.user.type(screen.getByLabelText('Адреса електронної пошти'), 'new.host@example.org');
    await app.user.type(screen.getByLabelText('Пароль'), 'qwerty123456789');
    await app.user.click(screen.getByRole('button', { name: 'Створити обліковий запис' }));

    expect(
      await screen.findByText('Це один із найпоширеніших паролів, його легко вгадати. Виберіть інший.'),
    ).toBeInTheDocument();
    expect(screen.getByText('A rule the client does not know yet.')).toBeInTheDocument();
  });
});
