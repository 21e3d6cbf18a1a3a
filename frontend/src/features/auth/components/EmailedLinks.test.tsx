import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anonymous, csrf, json, mockFetch, noContent, problem } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';

const TOKEN = 'A'.repeat(43);

describe('pages of emailed links', () => {
  it('asks for a reset link and says the same whatever the address', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/password-reset': () => json({ status: 'CHECK_EMAIL' }, 202),
    });
    const app = renderApp('/login');
    await app.user.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    await app.user.type(await screen.findByLabelText('Email address'), 'someone@example.org');
    await app.user.click(screen.getByRole('button', { name: 'Email me a link' }));

    expect(await screen.findByRole('status')).toHaveTextContent('If someone@example.org belongs to an account');
    expect(JSON.parse(server.requestsTo('POST /api/auth/password-reset')[0]?.body ?? '{}')).toEqual({
      email: 'someone@example.org',
    });
  });

  it('sets a new password through a reset link and sends the person to log in', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      [`POST /api/auth/password-reset/${TOKEN}`]: () => noContent(),
    });
    const app = renderApp(`/reset-password/${TOKEN}`);
    await app.user.type(await screen.findByLabelText('New password'), 'a fresh long password');
    await app.user.click(screen.getByRole('button', { name: 'Save new password' }));

    expect(await screen.findByText('Your password has been saved. Please log in with it.')).toBeInTheDocument();
    expect(app.location()).toBe('/login');
    expect(JSON.parse(server.requestsTo(`POST /api/auth/password-reset/${TOKEN}`)[0]?.body ?? '{}')).toEqual({
      newPassword: 'a fresh long password',
    });
  });

  it('explains a used or expired invitation', async () => {
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      [`POST /api/auth/invitation/${TOKEN}`]: () => problem('link-expired', 410),
    });
    const app = renderApp(`/invitation/${TOKEN}`);
    await app.user.type(await screen.findByLabelText('New password'), 'a fresh long password');
    await app.user.click(screen.getByRole('button', { name: 'Save password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link has expired or has already been used. Ask for a new one.',
    );
    expect(app.location()).toBe(`/invitation/${TOKEN}`);
  });

  it('confirms an address only when the button is pressed', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      [`POST /api/auth/verify-email/${TOKEN}`]: () => noContent(),
    });
    const app = renderApp(`/verify-email/${TOKEN}`);
    const button = await screen.findByRole('button', { name: 'Confirm my email address' });
    expect(server.requestsTo(`POST /api/auth/verify-email/${TOKEN}`)).toHaveLength(0);

    await app.user.click(button);

    expect(await screen.findByText('Your email address is confirmed. Please log in.')).toBeInTheDocument();
    expect(app.location()).toBe('/login');
  });
});
