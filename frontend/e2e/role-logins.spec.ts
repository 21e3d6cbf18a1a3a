import { logIn, logOut, mainNavigation } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test } from './support/fixtures';

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
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
      await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
      await expect(page.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
      if (label === 'Accounts') await expect(page.getByRole('table')).toBeVisible();
      await expectAccessible(page);
    }

    await logOut(page);
    await page.goto(account.home);
    await expect(page).toHaveURL(/\/login\?next=/);
    await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
    await expectAccessible(page);
  });
}
