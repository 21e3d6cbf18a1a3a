import { expect, expectAccessible, test } from './support/fixtures';

test('switching to Dari turns the page right-to-left, and the choice is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expectAccessible(page);

  await page.getByLabel('Language').selectOption('fa-AF');

  await expect(page.locator('html[dir=rtl]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
  await expect(page.getByRole('main').getByRole('link', { name: 'اتاق پیشنهاد کنید' })).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(page.locator('html[dir=rtl]')).toHaveCount(1);
  await expect(page.getByLabel('زبان')).toHaveValue('fa-AF');

  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'ورود' })).toBeVisible();
  await expectAccessible(page);
});
