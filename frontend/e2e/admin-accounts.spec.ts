import type { Page } from '@playwright/test';
import { expectNoHorizontalScroll, logIn } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test, uniqueEmail } from './support/fixtures';
import { awaitLink } from './support/mail';

async function openAccounts(admin: Page): Promise<void> {
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await expect(admin.getByRole('table')).toBeVisible();
}

test('an admin invites a caseworker who chooses a password, disables them mid-session, and finds it all in the audit log', async ({
  page: admin,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000); // two browsers, an emailed invitation and the audit log
  const email = uniqueEmail('caseworker');
  const ownPassword = 'my very own passphrase, nobody else knows it';

  // The admin creates the account.
  await logIn(admin, DEMO_ACCOUNTS.admin.email, demoPassword());
  await openAccounts(admin);
  await expectAccessible(admin);
  const createForm = admin.getByRole('region', { name: 'Create account' });
  await createForm.getByLabel('Email address').fill(email);
  await createForm.getByLabel('Name').fill('Casey Newcomer');
  await createForm.getByLabel('Role').selectOption({ label: 'Caseworker' });
  await createForm.getByRole('button', { name: 'Create account' }).click();
  const confirmation = createForm.getByRole('status');
  await expect(confirmation).toContainText(`Casey Newcomer (${email}) has an account as: Caseworker.`);
  await expect(confirmation).toContainText('We have emailed them an invitation to choose their password.');
  await expect(admin.getByRole('table')).toContainText(email);
  await expectAccessible(admin);

  // The caseworker, in a browser of their own, chooses a password through the invitation.
  const caseworkerBrowser = await browser.newContext({ baseURL: baseURL ?? '', locale: 'en-GB' });
  const caseworker = await caseworkerBrowser.newPage();
  try {
    await caseworker.goto((await awaitLink(email, 'invitation')).path);
    await expect(caseworker.getByRole('heading', { level: 1, name: 'Welcome to Haven' })).toBeVisible();
    await expectAccessible(caseworker);
    await caseworker.getByLabel('New password').fill(ownPassword);
    await caseworker.getByRole('button', { name: 'Save password' }).click();
    await expect(caseworker).toHaveURL(/\/login$/);
    await logIn(caseworker, email, ownPassword);
    await expect(caseworker).toHaveURL(/\/caseworker$/);
    await expect(caseworker.getByRole('heading', { level: 1, name: 'Welcome, Casey Newcomer' })).toBeVisible();
    await expectAccessible(caseworker);

    // The admin finds the account and disables it, confirming first.
    const filters = admin.getByRole('search', { name: 'Filter accounts' });
    await filters.getByLabel('Search').fill(email);
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(admin.getByText('1 account', { exact: true })).toBeVisible();
    await admin.getByRole('table').getByRole('link', { name: 'Casey Newcomer' }).click();
    await expect(admin.getByRole('heading', { level: 1, name: 'Casey Newcomer' })).toBeVisible();
    await expectAccessible(admin);
    const changes = admin.getByRole('region', { name: 'Change this account' });
    await changes.getByRole('button', { name: 'Disable account' }).click();
    await expect(changes.getByText('Disable the account of Casey Newcomer?')).toBeFocused();
    await expectAccessible(admin);
    await changes.getByRole('button', { name: 'Yes, disable the account' }).click();
    await expect(changes.getByRole('status')).toContainText('The account of Casey Newcomer is disabled.');
    await expect(admin.getByRole('region', { name: 'Account details' })).toContainText('Disabled');

    // The caseworker's open session has ended: their next step lands on the login page.
    await caseworker.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hosts' }).click();
    await expect(caseworker).toHaveURL(/\/login\?next=%2Fcaseworker%2Fhosts$/);
    await expect(caseworker.getByText('Your session has ended. Please log in again.')).toBeVisible();
    await expectAccessible(caseworker);
    await caseworker.getByLabel('Email address').fill(email);
    await caseworker.getByLabel('Password', { exact: true }).fill(ownPassword);
    await caseworker.getByRole('button', { name: 'Log in' }).click();
    await expect(caseworker.getByRole('alert')).toBeVisible();
    await expect(caseworker).toHaveURL(/\/login/);
  } finally {
    await caseworkerBrowser.close();
  }

  // The admin reads what happened to the account in the audit log, newest first.
  await admin.getByRole('link', { name: 'What happened to this account (audit log)' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const log = admin.getByRole('table', { name: /^Audit log, page 1 of/ });
  await expect(log).toBeVisible();
  const whatHappened = log.locator('tbody tr td:nth-child(3)');
  await expect(whatHappened).toHaveText([
    'Login failed',
    'Account disabled',
    'Logged in',
    'Accepted the invitation and chose a password',
    'Invitation emailed',
    'Caseworker account created',
  ]);
  await expect(log.locator('tbody tr').nth(1)).toContainText(DEMO_ACCOUNTS.admin.email);
  await expect(log.locator('tbody tr').nth(1)).toContainText('Status: from Active to Disabled');
  await expectAccessible(admin);

  // The filters narrow it to the admin's own actions.
  const auditFilters = admin.getByRole('search', { name: 'Filter the audit log' });
  await auditFilters.getByLabel('Who').fill(DEMO_ACCOUNTS.admin.email);
  await auditFilters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(whatHappened).toHaveText(['Account disabled', 'Invitation emailed', 'Caseworker account created']);
  await expectAccessible(admin);

  // On a 360 px phone, in Dari too, the log fits the width: the table scrolls inside its own box.
  await admin.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(admin);
  await admin.getByLabel('Language').selectOption('fa-AF');
  await expect(admin.locator('html[dir=rtl]')).toHaveCount(1);
  await expect(admin.getByRole('heading', { level: 1, name: 'دفتر بررسی' })).toBeVisible();
  await expectNoHorizontalScroll(admin);
  await expectAccessible(admin);
});
