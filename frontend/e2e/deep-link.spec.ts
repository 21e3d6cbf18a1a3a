import { expect, expectAccessible, test } from './support/fixtures';

test('a deep link into a role area while logged out lands on the login page', async ({ page }) => {
  // A full page load: the server must answer an app path with the SPA, which then routes.
  const response = await page.goto('/caseworker/families');
  expect(response?.status()).toBe(200);

  await expect(page).toHaveURL(/\/login\?next=%2Fcaseworker%2Ffamilies$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  // Why they are here, and where a family (who has no account) goes instead.
  await expect(page.getByRole('status')).toContainText('A family does not need an account');
  await expectAccessible(page);
});

test('an unknown public address shows the not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // A way on, and no "Try again": asking again cannot find a page that is not there.
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expectAccessible(page);
});
