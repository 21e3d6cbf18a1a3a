import { expectNoHorizontalScroll, logIn } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test } from './support/fixtures';

test.use({ viewport: { width: 360, height: 740 } });

test('on a 360 px phone the login page and the host home fit the width', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expectNoHorizontalScroll(page);

  await logIn(page, DEMO_ACCOUNTS.host.email, demoPassword());
  await expect(page).toHaveURL(/\/host$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  // Persian text runs longer in places; it must fit too.
  await page.getByLabel('Language').selectOption('fa-AF');
  await expect(page.locator('html[dir=rtl]')).toHaveCount(1);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});

test('on a 360 px phone the offer wizard fits the width in Dari too, with its error messages', async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.host.email, demoPassword());
  await expect(page).toHaveURL(/\/host$/);
  await page.getByLabel('Language').selectOption('fa-AF');
  await expect(page.locator('html[dir=rtl]')).toHaveCount(1);

  await page.goto('/host/offers/new');
  await expect(page.getByRole('heading', { level: 1, name: 'پیشنهاد یک اتاق' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'بعدی' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  // The error summary (GOV.UK's pattern) in Dari: it has the focus, the tab's title starts with
  // "Error:" in Dari, and each problem links to its field.
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { level: 2, name: 'مشکلی پیش آمد' })).toBeVisible();
  await expect(page).toHaveTitle(/^خطا: /);
  await summary.getByRole('link', { name: /^یک عنوان کوتاه: / }).click();
  await expect(page.getByLabel('یک عنوان کوتاه')).toBeFocused();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});
