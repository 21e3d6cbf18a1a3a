import type { Page } from '@playwright/test';
import { TOTP } from 'otpauth';
import { logIn, logOut } from './support/actions';
import { DEMO_ACCOUNTS, expect, expectAccessible, test as base, uniqueEmail } from './support/fixtures';
import { startHaven, type HavenServer } from './support/haven-server';
import { awaitLink } from './support/mail';

/**
 * Two-factor sign-in as staff meet it where it is required (HAVEN_STAFF_TWO_FACTOR=required, the
 * default outside --demo): this file runs against an app of its own started with that setting
 * (the other specs sign in as demo staff with a password alone), sharing the tests' SMTP sink.
 */
const test = base.extend<object, { requiredServer: HavenServer }>({
  requiredServer: [
    async ({}, use) => {
      const smtpPort = Number(process.env.HAVEN_E2E_SMTP_PORT);
      if (!smtpPort) throw new Error('HAVEN_E2E_SMTP_PORT is not set: the global setup did not run');
      const server = await startHaven({ smtpPort, env: { HAVEN_STAFF_TWO_FACTOR: 'required' } });
      await use(server);
      await server.stop();
    },
    // A second app starting on a busy machine: as long as the global setup may wait (HAVEN_E2E_READY_TIMEOUT_MS).
    { scope: 'worker', timeout: 300_000 },
  ],
  baseURL: async ({ requiredServer }, use) => {
    await use(requiredServer.baseUrl);
  },
});

// Each journey signs in several people (Argon2 per password) against a second app: more than the
// default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** The app a person would use: the code for the key shown on the page, at a moment. */
function authenticatorCode(secret: string, at: number): string {
  return new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: at });
}

/**
 * The enrolment page: checks the QR code image and reads the key as a person typing it into
 * their app would; confirms with the app's code; keeps the recovery codes. Returns the key, the
 * moment of the code used, and the recovery codes.
 */
async function enrol(page: Page): Promise<{ secret: string; usedAt: number; recoveryCodes: string[] }> {
  await expect(page).toHaveURL(/\/account\/second-factor\/setup$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up two-factor sign-in' })).toBeVisible();
  const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
  expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expectAccessible(page);

  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const usedAt = Date.now();
  await page.getByLabel('Code from your authenticator app').fill(authenticatorCode(secret, usedAt));
  await page.getByRole('button', { name: 'Confirm' }).click();

  const list = page.getByRole('list', { name: 'Your recovery codes' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  await expectAccessible(page);
  const recoveryCodes = (await list.getByRole('listitem').allTextContents()).map((code) => code.trim());
  await page.getByRole('button', { name: 'I have saved them' }).click();
  return { secret, usedAt, recoveryCodes };
}

test('an invited caseworker chooses a password, sets up two-factor sign-in, and signs in with a code', async ({
  page: admin,
  browser,
  baseURL,
  requiredServer,
}) => {
  // The demo admin too must set up a second factor at the first sign-in here.
  await logIn(admin, DEMO_ACCOUNTS.admin.email, requiredServer.demoPassword);
  await enrol(admin);
  await expect(admin).toHaveURL(/\/admin$/);

  const email = uniqueEmail('two-factor');
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  const createForm = admin.getByRole('region', { name: 'Create account' });
  await createForm.getByLabel('Email address').fill(email);
  await createForm.getByLabel('Name').fill('Tomas Twofactor');
  await createForm.getByLabel('Role').selectOption({ label: 'Caseworker' });
  await createForm.getByRole('button', { name: 'Create account' }).click();
  await expect(createForm.getByRole('status')).toContainText('We have emailed them an invitation');

  const invitedBrowser = await browser.newContext({ baseURL: baseURL ?? '', locale: 'en-GB' });
  const invited = await invitedBrowser.newPage();
  try {
    const { path } = await awaitLink(email, 'invitation');
    await invited.goto(path);
    await expect(invited.getByRole('heading', { level: 1, name: 'Welcome to Haven' })).toBeVisible();
    await invited.getByLabel('New password').fill('my own caseworker pass phrase');
    await invited.getByRole('button', { name: 'Save password' }).click();
    await expect(invited).toHaveURL(/\/login$/);

    await logIn(invited, email, 'my own caseworker pass phrase');
    const { secret, usedAt, recoveryCodes } = await enrol(invited);
    await expect(invited).toHaveURL(/\/caseworker$/);
    await expect(invited.getByRole('heading', { level: 1, name: 'Welcome, Tomas Twofactor' })).toBeVisible();
    await expectAccessible(invited);

    // Next time: the password, then the code of the app (the next time step: each code works once).
    await logOut(invited);
    await logIn(invited, email, 'my own caseworker pass phrase');
    await expect(invited).toHaveURL(/\/account\/second-factor$/);
    await expect(
      invited.getByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' }),
    ).toBeVisible();
    await expectAccessible(invited);
    await invited.getByLabel('Code from your authenticator app').fill(authenticatorCode(secret, usedAt));
    await invited.getByRole('button', { name: 'Sign in' }).click();
    await expect(invited.getByLabel('Code from your authenticator app')).toHaveAccessibleDescription(
      /This code is not right or has been used already\./,
    );
    await expectAccessible(invited);
    await invited
      .getByLabel('Code from your authenticator app')
      .fill(authenticatorCode(secret, Math.max(Date.now(), usedAt + 30_000)));
    await invited.getByRole('button', { name: 'Sign in' }).click();
    await expect(invited).toHaveURL(/\/caseworker$/);

    // A lost phone: a recovery code once.
    await logOut(invited);
    await logIn(invited, email, 'my own caseworker pass phrase');
    await invited.getByRole('button', { name: 'I cannot use my app: use a recovery code' }).click();
    await invited.getByLabel('Recovery code').fill(recoveryCodes[0] ?? '');
    await expectAccessible(invited);
    await invited.getByRole('button', { name: 'Sign in' }).click();
    await expect(invited).toHaveURL(/\/caseworker$/);
  } finally {
    await invitedBrowser.close();
  }
});
