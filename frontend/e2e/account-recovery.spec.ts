import { logIn, logOut, signUpAsHost } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test, uniqueEmail } from './support/fixtures';
import { awaitLink } from './support/mail';

test('a host who forgot the password asks for a link, chooses a new password from the email, and logs in', async ({
  page,
}) => {
  const email = uniqueEmail('forgetful');
  await signUpAsHost(page, 'Farid', email, 'the password I will forget');
  await logOut(page);

  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toContainText(`If ${email} belongs to an account`);
  await expectAccessible(page);

  const { path, mail } = await awaitLink(email, 'reset-password');
  expect(mail.subject).toBe('Haven: choose a new password');
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByLabel('New password')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('New password').fill('a fresh password I will remember');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('status')).toContainText('Your password has been saved.');
  await expectAccessible(page);

  await logIn(page, email, 'a fresh password I will remember');
  await expect(page).toHaveURL(/\/host$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Farid' })).toBeVisible();
  await logOut(page);

  // The link worked once.
  await page.goto(path);
  await page.getByLabel('New password').fill('yet another password here');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This link has expired or has already been used.');
  await expectAccessible(page);
});

test('an invited caseworker chooses a password from the email and logs in', async ({
  page: admin,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail('invited');
  await logIn(admin, DEMO_ACCOUNTS.admin.email, demoPassword());
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  const createForm = admin.getByRole('region', { name: 'Create account' });
  await createForm.getByLabel('Email address').fill(email);
  await createForm.getByLabel('Name').fill('Ines Invited');
  await createForm.getByLabel('Role').selectOption({ label: 'Caseworker' });
  await expect(createForm.getByLabel(/password/i)).toHaveCount(0);
  await createForm.getByRole('button', { name: 'Create account' }).click();
  await expect(createForm.getByRole('status')).toContainText('We have emailed them an invitation');
  await expectAccessible(admin);

  const invitedBrowser = await browser.newContext({ baseURL: baseURL ?? '', locale: 'en-GB' });
  const invited = await invitedBrowser.newPage();
  try {
    const { path, mail } = await awaitLink(email, 'invitation');
    expect(mail.subject).toBe('Haven: you are invited to Haven');
    await invited.goto(path);
    await expect(invited.getByRole('heading', { level: 1, name: 'Welcome to Haven' })).toBeVisible();
    await expectAccessible(invited);
    await invited.getByLabel('New password').fill('my own caseworker pass phrase');
    await invited.getByRole('button', { name: 'Save password' }).click();
    await expect(invited).toHaveURL(/\/login$/);
    await logIn(invited, email, 'my own caseworker pass phrase');
    await expect(invited).toHaveURL(/\/caseworker$/);
    await expect(invited.getByRole('heading', { level: 1, name: 'Welcome, Ines Invited' })).toBeVisible();
    await expectAccessible(invited);
  } finally {
    await invitedBrowser.close();
  }
});
