import { logOut, mainNavigation, signUpAsHost } from './support/actions';
import { expect, expectAccessible, test, uniqueEmail } from './support/fixtures';
import { mailsTo } from './support/mail';

test('a visitor signs up as a host, confirms the address from the email, logs in, starts an offer, and logs out', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('main').getByRole('link', { name: 'Offer a room' }).click();
  await expect(page).toHaveURL(/\/signup$/);
  const email = uniqueEmail('host');
  await signUpAsHost(page, 'Nadia', email, 'a spare room with a garden view');

  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Nadia' })).toBeVisible();
  expect(await mainNavigation(page)).toEqual([
    'Home',
    'My household',
    'My offers',
    'Families proposed to you',
    'My account',
  ]);
  await expect(page.getByRole('region', { name: 'Where your checks stand' })).toContainText('Waiting for checks');
  await expectAccessible(page);

  // The new host can start an offer of a room.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My offers' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Offer a room' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offer a room' })).toBeVisible();
  await expectAccessible(page);

  await logOut(page);
});

test('signing up with the address of an existing account answers the same and emails its owner instead', async ({
  page,
}) => {
  const email = uniqueEmail('owner');
  await signUpAsHost(page, 'First Owner', email, 'the first owner pass phrase');
  await logOut(page);

  await page.goto('/signup');
  await page.getByLabel('Your name').fill('Someone Else');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('somebody else pass phrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText(`We have sent an email to ${email}.`);

  await expect
    .poll(() => mailsTo(email).map((mail) => mail.subject))
    .toContain('Haven: someone tried to sign up with your email address');
});
