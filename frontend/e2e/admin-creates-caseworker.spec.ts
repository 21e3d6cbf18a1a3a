import { logIn, logOut } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test, uniqueEmail } from './support/fixtures';

test('an admin creates a caseworker, who must change the password at first login', async ({ page }) => {
  const email = uniqueEmail('caseworker');
  const initialPassword = 'initial password for the new caseworker';
  const ownPassword = 'my very own passphrase, nobody else knows it';

  await logIn(page, DEMO_ACCOUNTS.admin.email, demoPassword());
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page);

  const createForm = page.getByRole('region', { name: 'Create account' });
  await createForm.getByLabel('Email address').fill(email);
  await createForm.getByLabel('Name').fill('Casey Newcomer');
  await createForm.getByLabel('Role').selectOption({ label: 'Caseworker' });
  await createForm.getByLabel('Initial password').fill(initialPassword);
  await createForm.getByRole('button', { name: 'Create account' }).click();

  const confirmation = createForm.getByRole('status');
  await expect(confirmation).toContainText(`Casey Newcomer (${email}) can now log in as: Caseworker.`);
  await expect(confirmation).toContainText('They must change the password when they first log in.');
  await expect(page.getByRole('table')).toContainText(email);
  await expectAccessible(page);
  await logOut(page);

  await logIn(page, email, initialPassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expectAccessible(page);

  // Kept there: the caseworker pages are out of reach until the password has changed.
  await page.goto('/caseworker');
  await expect(page).toHaveURL(/\/account\/password$/);

  await page.getByLabel('Current password').fill(initialPassword);
  await page.getByLabel('New password').fill(ownPassword);
  await page.getByRole('button', { name: 'Change password' }).click();

  await expect(page).toHaveURL(/\/caseworker$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Casey Newcomer' })).toBeVisible();
  await expectAccessible(page);
});
