import type { Page } from '@playwright/test';
import { logIn, logOut, mainNavigation } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test } from './support/fixtures';

/**
 * A page each role may not open, or that is not there, and what they are told instead of being
 * moved without a word (or offered a "Try again" that cannot help).
 */
const WRONG_TURNS: Record<keyof typeof DEMO_ACCOUNTS, (page: Page) => Promise<void>> = {
  host: async (page) => {
    await page.goto('/caseworker/families');
    await expect(page).toHaveURL(/\/host$/);
    await expect(page.getByRole('status').filter({ hasText: 'That page is for caseworkers' })).toContainText(
      'Your account cannot open it, so Haven brought you to your own home page.',
    );
  },
  admin: async (page) => {
    await page.goto('/caseworker/import');
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('status').filter({ hasText: 'That page is for caseworkers' })).toContainText(
      'Caseworkers import families and offers from spreadsheets.',
    );
  },
  caseworker: async (page) => {
    await page.goto('/caseworker/hosts/00000000-0000-0000-0000-000000000000');
    await expect(page.getByRole('alert')).toContainText('We could not find what you asked for.');
    await expect(page.getByRole('alert').getByRole('link', { name: 'Go to your home page' })).toHaveAttribute(
      'href',
      '/caseworker',
    );
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  },
};

for (const [role, account] of Object.entries(DEMO_ACCOUNTS)) {
  test(`the demo ${role} logs in, sees exactly the ${role} navigation, and is locked out after logging out`, async ({
    page,
  }) => {
    await logIn(page, account.email, demoPassword());

    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
    await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
    expect(await mainNavigation(page)).toEqual([...account.nav]);
    await expectAccessible(page);

    // Every page of the navigation opens and passes the accessibility check.
    for (const label of account.nav.slice(1)) {
      // The map asks again for the area on screen once it has drawn, and redraws its marks (and
      // their labels) with that answer: the check waits for it, not for the first drawing.
      const mapArea =
        label === 'Map' ? page.waitForResponse((response) => /\/api\/map\?south=/.test(response.url())) : null;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
      await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
      await expect(page.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
      if (label === 'Accounts') await expect(page.getByRole('table')).toBeVisible();
      if (mapArea) {
        await mapArea;
        await expect(page.locator('p.result-count')).toHaveText(/^(Showing|In this area:) /);
      }
      await expectAccessible(page);
    }

    await WRONG_TURNS[role as keyof typeof DEMO_ACCOUNTS](page);
    await expectAccessible(page);

    await logOut(page);
    await page.goto(account.home);
    await expect(page).toHaveURL(/\/login\?next=/);
    await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
    await expectAccessible(page);
  });
}
