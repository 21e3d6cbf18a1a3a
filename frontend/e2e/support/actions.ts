import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, uniqueEmail } from './fixtures';
import { awaitLink } from './mail';

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('status')).toContainText('You have logged out.');
  await expectAccessible(page);
}

/** The link texts of the role's main navigation, in order. */
export async function mainNavigation(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
}

/** Fails when the page is wider than the window, i.e. the reader would have to scroll sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px window`).toBeLessThanOrEqual(clientWidth);
}

/**
 * A visitor signs up as a host and confirms the address through the link of the verification
 * email (read from the tests' SMTP server), then logs in: ends on the host home.
 */
export async function signUpAsHost(page: Page, name: string, email: string, password: string): Promise<void> {
  await page.goto('/signup');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a host account' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText(`We have sent an email to ${email}.`);
  await expectAccessible(page);

  const { path, mail } = await awaitLink(email, 'verify-email');
  expect(mail.subject).toBe('Haven: confirm your email address');
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your email address' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('status')).toContainText('Your email address is confirmed. Please log in.');
  await expectAccessible(page);

  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/host$/);
}

/** The header the API wants on a write, with this request context's current CSRF token. */
export async function csrfHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.get('/api/auth/csrf');
  expect(response.ok()).toBe(true);
  const { token, headerName } = (await response.json()) as { token: string; headerName: string };
  return { [headerName]: token };
}

/**
 * A caseworker of the test's own, made through the API the way the demo admin makes one on the
 * Accounts page (admin-accounts.spec.ts walks that page): the admin creates the account and the
 * caseworker sets a password through the emailed invitation. A spec that counts what reaches a
 * caseworker (notifications, cases) uses one, since the demo caseworker also hears from the specs
 * running beside it.
 */
export async function newCaseworker(
  browser: Browser,
  baseURL: string,
  displayName: string,
): Promise<{ email: string; password: string }> {
  const email = uniqueEmail('caseworker');
  const password = 'a caseworker pass phrase of their own';
  const admin = await browser.newContext({ baseURL });
  const invited = await browser.newContext({ baseURL });
  try {
    const signIn = await admin.request.post('/api/auth/login', {
      form: { username: DEMO_ACCOUNTS.admin.email, password: demoPassword() },
      headers: await csrfHeaders(admin.request),
    });
    expect(signIn.status(), 'the demo admin signs in').toBe(204);
    const created = await admin.request.post('/api/admin/accounts', {
      data: { email, displayName, role: 'CASEWORKER' },
      headers: await csrfHeaders(admin.request),
    });
    expect(created.status(), await created.text()).toBe(201);
    const token = (await awaitLink(email, 'invitation')).path.replace(/^\/invitation\//, '');
    const chosen = await invited.request.post(`/api/auth/invitation/${token}`, {
      data: { newPassword: password },
      headers: await csrfHeaders(invited.request),
    });
    expect(chosen.status(), await chosen.text()).toBe(204);
    return { email, password };
  } finally {
    await admin.close();
    await invited.close();
  }
}
