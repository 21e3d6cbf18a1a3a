import { logOut, mainNavigation } from './support/actions';
import { expect, expectAccessible, test, uniqueEmail } from './support/fixtures';

test('a visitor signs up as a host, lands on the host home, and logs out', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('main').getByRole('link', { name: 'Offer a room' }).click();
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create a host account' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Your name').fill('Nadia');
  await page.getByLabel('Email address').fill(uniqueEmail('host'));
  await page.getByLabel('Password').fill('a spare room with a garden view');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/host$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Nadia' })).toBeVisible();
  expect(await mainNavigation(page)).toEqual(['Home', 'My household', 'My offers', 'Families proposed to you', 'My account']);
  await expect(page.getByRole('region', { name: 'Where your checks stand' })).toContainText('Waiting for checks');
  await expectAccessible(page);

  await logOut(page);
});
