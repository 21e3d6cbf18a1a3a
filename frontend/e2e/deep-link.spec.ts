import { expect, expectAccessible, test } from './support/fixtures';

test('a deep link into a role area while logged out lands on the login page', async ({ page }) => {
  // A full page load: the server must answer an app path with the SPA, which then routes.
  const response = await page.goto('/caseworker/families');
  expect(response?.status()).toBe(200);

  await expect(page).toHaveURL(/\/login\?next=%2Fcaseworker%2Ffamilies$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expectAccessible(page);
});

test('an unknown public address shows the not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectAccessible(page);
});
