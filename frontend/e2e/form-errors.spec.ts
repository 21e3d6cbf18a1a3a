import { logIn } from './support/actions';
import { expect, expectAccessible, test, uniqueEmail } from './support/fixtures';

test('a wrong password shows the error message and stays on the login page', async ({ page }) => {
  await logIn(page, 'host@haven.example', 'certainly not the right password');

  await expect(page.getByRole('alert')).toContainText('The email or password is not correct');
  // The error summary takes the focus from the button, and the tab's title says there is an error.
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Log in/);
  await expect(page).toHaveURL(/\/login$/);
  await expectAccessible(page);
});

test('sign-up with a short password shows the error next to the password field', async ({ page }) => {
  await page.goto('/signup');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a host account' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Your name').fill('Short Password');
  await page.getByLabel('Email address').fill(uniqueEmail('short'));
  const password = page.getByLabel('Password');
  await password.fill('too short');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/too short/);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: /^Password: The password is too short/ }).click();
  await expect(password).toBeFocused();
  // The message sits in the password field's own group, between its label and the input.
  const passwordField = page.locator('.field', { has: password });
  await expect(passwordField.locator('.field__error')).toContainText('The password is too short');
  await expect(page).toHaveURL(/\/signup$/);
  await expectAccessible(page);

  // A name carrying an invisible right-to-left override (pasted text, or a name made to read
  // backwards) is refused by the server, and the error lands on the name field.
  const name = page.getByLabel('Your name');
  await name.fill('Nadia \u202Eevil\u202C');
  await password.fill('a long enough pass phrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/invisible text-direction characters/);
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/\/signup$/);
});
