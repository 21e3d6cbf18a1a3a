import type { Page } from '@playwright/test';
import { expectNoHorizontalScroll, logIn, logOut } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test } from './support/fixtures';

async function chooseLanguage(page: Page, language: 'en' | 'uk' | 'fa-AF') {
  await page.locator('select.language-switcher__select').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The app under test runs without HAVEN_PUBLIC_URL, as a first installation does. */
test('an admin is told, in their language, that the public address is not set', async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.admin.email, demoPassword());
  await expect(page).toHaveURL(/\/admin$/);
  const warning = page.getByRole('region', { name: 'Haven needs an administrator’s attention' });
  await expect(warning).toContainText('Haven does not know the address people use to reach it.');
  await expect(warning).toContainText('HAVEN_PUBLIC_URL=https://haven.example.org');
  await expectAccessible(page);

  for (const [language, title] of [
    ['uk', 'Haven потребує уваги адміністратора'],
    ['fa-AF', 'Haven به توجه یک مدیر ضرورت دارد'],
  ] as const) {
    await chooseLanguage(page, language);
    await expect(page.getByRole('region', { name: title })).toContainText('HAVEN_PUBLIC_URL');
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    // On a phone the long example setting wraps inside the notice.
    await page.setViewportSize({ width: 390, height: 800 });
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  await chooseLanguage(page, 'en');
  await logOut(page);

  // Other roles never see it.
  await logIn(page, DEMO_ACCOUNTS.caseworker.email, demoPassword());
  await expect(page).toHaveURL(/\/caseworker$/);
  await expect(page.getByText('Haven needs an administrator’s attention')).toHaveCount(0);
});

test('the About page credits the data Haven uses, linked from every page, in every language', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'About Haven and its data' }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole('heading', { level: 1, name: 'About Haven' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Contains OS data © Crown copyright and database right 2025');
  await expect(main).toContainText('Contains Royal Mail data © Royal Mail copyright and database right 2025');
  await expect(main).toContainText(
    'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
  );
  await expect(main.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  await expectAccessible(page);

  for (const [language, title] of [
    ['uk', 'Про Haven'],
    ['fa-AF', 'درباره Haven'],
  ] as const) {
    await chooseLanguage(page, language);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // The licences' own wording stays in English, marked as English.
    await expect(page.getByRole('main').locator('[lang="en"]').first()).toContainText('Crown copyright');
    await page.setViewportSize({ width: 390, height: 800 });
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  await chooseLanguage(page, 'en');
});

test('an Aberystwyth postcode is placed at its district, not called approximate', async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.host.email, demoPassword());
  await expect(page).toHaveURL(/\/host$/);
  await page.goto('/host/offers/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Offer a room' })).toBeVisible();
  await page.getByRole('radio', { name: 'A room in your home' }).check();
  await page.getByLabel('A short title').fill('Room by the sea');
  await page.getByLabel('Full address').fill('3 Marine Terrace, Aberystwyth');
  await page.getByLabel('Postcode', { exact: true }).fill('SY23 2AZ');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Step 2 of 5: The space' })).toBeVisible();
  await expect(page.getByText('We could only find the general area')).toHaveCount(0);
  await expect(page.getByText(/approximate/)).toHaveCount(0);
  await expectAccessible(page);
});
