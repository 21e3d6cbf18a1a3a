import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anonymous, csrf, json, mockFetch, noContent, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import { qrImageSource } from './EnrolmentSteps';

const QR_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M4 4h1v1h-1z"/></svg>';
const ENROLMENT = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/Haven%3Acaseworker%40haven.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Haven',
  qrSvg: QR_SVG,
};
const RECOVERY_CODES = Array.from({ length: 10 }, (_, i) => `code-${i}aaa-bbbb-cccc`);

async function logIn(email: string) {
  const app = renderApp('/login');
  await screen.findByRole('heading', { level: 1, name: 'Log in' });
  await app.user.type(screen.getByLabelText('Email address'), email);
  await app.user.type(screen.getByLabelText('Password'), 'correct horse battery');
  await app.user.click(screen.getByRole('button', { name: 'Log in' }));
  return app;
}

describe('two-factor sign-in', () => {
  it('asks for the app’s code after the password, then lands on the role’s home', async () => {
    const server = mockFetch({
      'GET /api/auth/me': [
        () => anonymous(),
        () => json({ ...users.caseworker, secondFactor: 'REQUIRED', secondFactorEnabled: true }),
        () => json({ ...users.caseworker, secondFactor: 'DONE', secondFactorEnabled: true }),
      ],
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/login': () => noContent(),
      'POST /api/auth/totp': [
        () =>
          problem('validation-failed', 400, {
            errors: [{ field: 'code', code: 'code-wrong', message: 'This code is not right.' }],
          }),
        () => noContent(),
      ],
    });
    const app = await logIn('caseworker@haven.example');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' }),
    ).toBeInTheDocument();
    expect(app.location()).toBe('/account/second-factor');

    await app.user.type(screen.getByLabelText('Code from your authenticator app'), '000000');
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));
    // Next to the field, and in the error summary at the top as a link to it.
    await waitFor(() =>
      expect(screen.getByLabelText('Code from your authenticator app')).toHaveAccessibleDescription(
        /This code is not right or has been used already/,
      ),
    );
    expect(
      screen.getByRole('link', { name: /^Code from your authenticator app: This code is not right/ }),
    ).toBeVisible();
    expect(app.location()).toBe('/account/second-factor');

    await app.user.clear(screen.getByLabelText('Code from your authenticator app'));
    await app.user.type(screen.getByLabelText('Code from your authenticator app'), '123456');
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Carl Caseworker' })).toBeInTheDocument();
    expect(app.location()).toBe('/caseworker');
    expect(
      server.requestsTo('POST /api/auth/totp').map((request) => JSON.parse(request.body ?? '{}') as unknown),
    ).toEqual([{ code: '000000' }, { code: '123456' }]);
  });

  it('takes a recovery code instead when the person cannot use their app', async () => {
    const server = mockFetch({
      'GET /api/auth/me': [
        () => anonymous(),
        () => json({ ...users.host, secondFactor: 'REQUIRED', secondFactorEnabled: true }),
        () => json({ ...users.host, secondFactor: 'DONE', secondFactorEnabled: true }),
      ],
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/login': () => noContent(),
      'POST /api/auth/totp': () => noContent(),
    });
    const app = await logIn('host@haven.example');
    await screen.findByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' });

    await app.user.click(screen.getByRole('button', { name: 'I cannot use my app: use a recovery code' }));
    await app.user.type(screen.getByLabelText('Recovery code'), 'abcd-efgh-ijkl-mnop');
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { level: 1, name: 'Welcome, Hana Host' });
    expect(JSON.parse(server.requestsTo('POST /api/auth/totp')[0]?.body ?? '{}')).toEqual({
      code: 'abcd-efgh-ijkl-mnop',
    });
  });

  it('sets up a second factor when staff must enrol: QR code as an image, the key as text, then the recovery codes', async () => {
    const server = mockFetch({
      'GET /api/auth/me': [
        () => anonymous(),
        () => json({ ...users.caseworker, secondFactor: 'ENROL' }),
        () => json({ ...users.caseworker, secondFactor: 'DONE', secondFactorEnabled: true }),
      ],
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/login': () => noContent(),
      'POST /api/auth/totp/enrolment': () => json(ENROLMENT),
      'POST /api/auth/totp/enrolment/confirm': () => json({ recoveryCodes: RECOVERY_CODES }),
    });
    const app = await logIn('caseworker@haven.example');

    expect(await screen.findByRole('heading', { level: 1, name: 'Set up two-factor sign-in' })).toBeInTheDocument();
    expect(app.location()).toBe('/account/second-factor/setup');
    const qr = await screen.findByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(qr).toHaveAttribute('src', qrImageSource(QR_SVG));
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    // The server's SVG never becomes markup of the page.
    expect(document.querySelector('svg path[d="M4 4h1v1h-1z"]')).toBeNull();
    expect(screen.getByTestId('totp-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');

    await app.user.type(screen.getByLabelText('Code from your authenticator app'), '654321');
    await app.user.click(screen.getByRole('button', { name: 'Confirm' }));

    const codes = await screen.findByRole('list', { name: 'Your recovery codes' });
    expect(within(codes).getAllByRole('listitem')).toHaveLength(10);
    expect(codes).toHaveTextContent(RECOVERY_CODES[0] ?? '');
    expect(app.location()).toBe('/account/second-factor/setup');
    expect(JSON.parse(server.requestsTo('POST /api/auth/totp/enrolment/confirm')[0]?.body ?? '{}')).toEqual({
      code: '654321',
    });

    await app.user.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Carl Caseworker' })).toBeInTheDocument();
  });

  it('asks the first admin for a new password first, then for the enrolment', async () => {
    mockFetch({
      'GET /api/auth/me': [
        () => anonymous(),
        () => json({ ...users.admin, passwordChangeRequired: true, secondFactor: 'ENROL' }),
        () => json({ ...users.admin, passwordChangeRequired: false, secondFactor: 'ENROL' }),
      ],
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/login': () => noContent(),
      'POST /api/auth/password': () => noContent(),
      'POST /api/auth/totp/enrolment': () => json(ENROLMENT),
    });
    const app = await logIn('admin@haven.example');

    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
    await app.user.type(screen.getByLabelText('Current password'), 'correct horse battery');
    await app.user.type(screen.getByLabelText('New password'), 'a much better pass phrase');
    await app.user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Set up two-factor sign-in' })).toBeInTheDocument();
    expect(app.location()).toBe('/account/second-factor/setup');
  });

  it('keeps a half-signed-in user away from the role’s pages', async () => {
    mockFetch({
      'GET /api/auth/me': () => json({ ...users.admin, secondFactor: 'REQUIRED', secondFactorEnabled: true }),
    });
    const app = renderApp('/admin/accounts');

    await screen.findByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' });
    expect(app.location()).toBe('/account/second-factor');
  });
});

describe('two-factor sign-in on “My account”', () => {
  it('lets a host turn it on', async () => {
    const server = mockFetch({
      'GET /api/auth/me': [
        () => json({ ...users.host, secondFactorOptional: true }),
        () => json({ ...users.host, secondFactorOptional: true, secondFactorEnabled: true }),
      ],
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/totp/enrolment': () => json(ENROLMENT),
      'POST /api/auth/totp/enrolment/confirm': () => json({ recoveryCodes: RECOVERY_CODES }),
    });
    const app = renderApp('/host/account');
    const card = await screen.findByRole('region', { name: 'Two-factor sign-in' });
    expect(card).toHaveTextContent('Two-factor sign-in is off');

    await app.user.click(within(card).getByRole('button', { name: 'Turn on two-factor sign-in' }));
    await within(card).findByRole('img', { name: 'QR code to scan with your authenticator app' });
    await app.user.type(within(card).getByLabelText('Code from your authenticator app'), '111111');
    await app.user.click(within(card).getByRole('button', { name: 'Confirm' }));
    await app.user.click(await within(card).findByRole('button', { name: 'I have saved them' }));

    expect(await within(card).findByRole('status')).toHaveTextContent('Two-factor sign-in is now on.');
    expect(card).toHaveTextContent('Two-factor sign-in is on');
    expect(server.requestsTo('POST /api/auth/totp/enrolment/confirm')).toHaveLength(1);
  });

  it('lets a host turn it off with a code', async () => {
    const server = mockFetch({
      'GET /api/auth/me': [
        () => json({ ...users.host, secondFactorOptional: true, secondFactorEnabled: true }),
        () => json({ ...users.host, secondFactorOptional: true, secondFactorEnabled: false }),
      ],
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/totp/disable': () => noContent(),
    });
    const app = renderApp('/host/account');
    const card = await screen.findByRole('region', { name: 'Two-factor sign-in' });

    await app.user.type(
      within(card).getByLabelText('A code from your authenticator app, or a recovery code'),
      '222222',
    );
    await app.user.click(within(card).getByRole('button', { name: 'Turn off two-factor sign-in' }));

    expect(await within(card).findByRole('status')).toHaveTextContent('Two-factor sign-in is now off.');
    expect(JSON.parse(server.requestsTo('POST /api/auth/totp/disable')[0]?.body ?? '{}')).toEqual({ code: '222222' });
  });

  it('offers staff no way to turn it off while it is required', async () => {
    mockFetch({
      'GET /api/auth/me': () => json({ ...users.caseworker, secondFactorOptional: false, secondFactorEnabled: true }),
      'GET /api/notifications': () => json({ unreadCount: 0, items: [] }),
    });
    renderApp('/caseworker/account');
    const card = await screen.findByRole('region', { name: 'Two-factor sign-in' });

    expect(card).toHaveTextContent('Two-factor sign-in is required for your account.');
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });
});
