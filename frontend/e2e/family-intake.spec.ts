import type { Page } from '@playwright/test';
import { expectNoHorizontalScroll, logIn, logOut, newCaseworker } from './support/actions';
import { expect, expectAccessible, test } from './support/fixtures';

/** A date `days` after today, as a date input takes it (YYYY-MM-DD). */
function daysAhead(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toISOString().slice(0, 10);
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** The intake form's field by its API name: the labels are in Dari by then. */
function field(page: Page, name: string) {
  return page.locator(`[name="${name}"]`);
}

/** Each step of the family's form on a 360 px phone: it must fit and pass the accessibility check. */
async function expectIntakeStep(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`${title}$`) })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
}

test('a caseworker sends an intake link, the family fills it in in Dari on a phone, and the case becomes ready', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const leadName = `Zahra${Date.now().toString(36)}`;

  // ---- The caseworker opens a case with only the lead's first name --------------------------
  // A caseworker of this test's own: the header below counts exactly this case's notification,
  // and the demo caseworker hears from the placements spec running beside this one.
  const caseworker = await newCaseworker(browser, baseURL ?? '', 'Carys Intake');
  await logIn(page, caseworker.email, caseworker.password);
  await expect(page).toHaveURL(/\/caseworker$/);
  await mainNav(page).getByRole('link', { name: 'Families' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'New family case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New family case' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('group', { name: 'Person 1' }).getByLabel('First name').fill(leadName);
  await page.getByRole('button', { name: 'Create case' }).click();

  const caseHeading = page.getByRole('heading', { level: 1, name: /^Family / });
  await expect(caseHeading).toBeVisible();
  const reference = ((await caseHeading.textContent()) ?? '').replace(/^Family /, '');
  expect(reference, 'the case reference').toMatch(/\S/);
  await expect(page.getByRole('status').filter({ hasText: 'The case has been created.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Family members' })).toContainText(`${leadName} — Lead member`);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Create an intake link' }).click();
  const dialog = page.getByRole('dialog', { name: 'The link is ready' });
  await expect(dialog).toContainText('for 14 days');
  const url = await dialog.getByLabel('Private link for the family').inputValue();
  const token = /\/intake\/([A-Za-z0-9_-]{43})$/.exec(url)?.[1];
  expect(token, `intake link ${url}`).toBeTruthy();
  // No HAVEN_PUBLIC_URL here: the link starts with the address this browser used, not localhost:8080.
  expect(url.startsWith(`${process.env.HAVEN_BASE_URL}/intake/`), `intake link ${url}`).toBe(true);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Waiting for the family’s form');
  await expectAccessible(page);
  const caseUrl = page.url();

  // ---- The family opens the link on a phone, without an account, and switches to Dari ------
  const familyContext = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
  const family = await familyContext.newPage();
  const familyProblems: string[] = [];
  family.on('pageerror', (error) => familyProblems.push(error.message));
  const intakePath = `/intake/${token}`;
  await family.goto(intakePath);
  await expect(family.getByRole('heading', { level: 1, name: 'Tell us about your family' })).toBeVisible();
  await expectNoHorizontalScroll(family);
  await expectAccessible(family);

  await family.getByLabel('Language').selectOption('fa-AF');
  await expect(family.locator('html[dir=rtl]')).toHaveCount(1);
  await expect(family.getByRole('heading', { level: 1, name: 'دربارهٔ خانوادهٔ خود بگویید' })).toBeVisible();
  await expectIntakeStep(family, 'خانوادهٔ شما');

  await expect(field(family, 'members[0].firstName')).toHaveValue(leadName);
  await field(family, 'members[0].age').fill('34');
  await field(family, 'members[0].sex').selectOption('F');
  await family.getByRole('button', { name: 'افزودن یک نفر' }).click();
  await field(family, 'members[1].firstName').fill('Omid');
  await field(family, 'members[1].age').fill('7');
  await field(family, 'members[1].sex').selectOption('M');
  await field(family, 'members[1].relationship').selectOption('CHILD');
  await expectNoHorizontalScroll(family);
  await family.getByRole('button', { name: 'بعدی' }).click();

  await expectIntakeStep(family, 'زبان\u200cها');
  await family.getByLabel('افزودن یک زبان').selectOption('fa');
  await family.getByRole('button', { name: 'افزودن', exact: true }).click();
  await family.getByRole('button', { name: 'بعدی' }).click();

  await expectIntakeStep(family, 'نیازهای شما');
  await field(family, 'petAllergy').check();
  await family.getByRole('button', { name: 'بعدی' }).click();

  await expectIntakeStep(family, 'کجا');
  await field(family, 'location').fill('Leeds');
  await field(family, 'locationTies').fill('خواهرم در آنجا زندگی می\u200cکند');
  await family.getByRole('button', { name: 'بعدی' }).click();

  await expectIntakeStep(family, 'چه وقت');
  await field(family, 'neededFrom').fill(daysAhead(5));
  await field(family, 'expectedStayMonths').fill('6');
  await family.getByRole('button', { name: 'ذخیره کنید و بعداً ادامه دهید' }).click();
  await expect(family.getByRole('status').filter({ hasText: 'پاسخ\u200cهای شما ذخیره شد' })).toBeVisible();
  await expectNoHorizontalScroll(family);
  await expectAccessible(family);

  // What was saved comes back after a reload, still in Dari.
  await family.reload();
  await expect(family.locator('html[dir=rtl]')).toHaveCount(1);
  await expectIntakeStep(family, 'خانوادهٔ شما');
  await expect(field(family, 'members[1].firstName')).toHaveValue('Omid');
  await expect(field(family, 'members[0].age')).toHaveValue('34');
  for (let step = 0; step < 5; step += 1) await family.getByRole('button', { name: 'بعدی' }).click();
  await expectIntakeStep(family, 'راه تماس با شما');
  await field(family, 'contactPhone').fill('07700 900123');
  await family.getByRole('button', { name: 'بعدی' }).click();

  await expectIntakeStep(family, 'بررسی و فرستادن');
  await expect(family.getByRole('region', { name: 'کجا' })).toContainText('Leeds');
  await expect(family.getByRole('region', { name: 'خانوادهٔ شما' })).toContainText('Omid');
  await family.getByRole('button', { name: 'فرستادن به مددکارم' }).click();

  await expect(family.getByRole('heading', { level: 1, name: 'تشکر' })).toBeVisible();
  await expectNoHorizontalScroll(family);
  await expectAccessible(family);

  // The link works once.
  await family.goto(intakePath);
  await expect(family.getByRole('heading', { level: 1, name: 'این لینک قبلاً استفاده شده است' })).toBeVisible();
  await expectNoHorizontalScroll(family);
  await expectAccessible(family);
  expect(familyProblems).toEqual([]);
  await familyContext.close();

  // ---- The caseworker is told: the header counts it, and the notification leads to the case --
  await page.reload();
  const notificationsLink = page.getByRole('banner').getByRole('link', { name: 'Notifications (1 unread)' });
  await expect(notificationsLink).toBeVisible();
  await notificationsLink.click();
  await expect(page).toHaveURL(/\/caseworker\/notifications$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(page.getByText('1 unread notification', { exact: true })).toBeVisible();
  const notification = page.getByRole('main').getByRole('listitem').filter({ hasText: reference });
  await expect(notification).toHaveCount(1);
  await expect(notification).toContainText('Unread');
  await expect(notification.getByRole('button', { name: 'Mark as read' })).toBeVisible();
  await expectAccessible(page);
  await notification.getByRole('link', { name: 'A family sent its intake form' }).click();
  await expect(page).toHaveURL(caseUrl);
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Form sent');
  // Opening it marked it read: no count in the header, and "Read" on the list.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Notifications', exact: true }).click();
  await expect(page.getByText('Nothing unread.')).toBeVisible();
  await expect(notification).toContainText('Read');
  await expect(notification.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
  await expectAccessible(page);

  // ---- The caseworker finds the case in review and marks it ready ----------------------------
  await mainNav(page).getByRole('link', { name: 'Families' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
  const filters = page.getByRole('search', { name: 'Filter families' });
  await filters.getByLabel('Status').selectOption({ label: 'To review' });
  await filters.getByLabel('Search').fill(leadName);
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=TRIAGE/);
  await expect(page.getByText('1 family', { exact: true })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: leadName });
  await expect(row).toContainText('To review');
  await expect(row).toContainText('Leeds');
  await expectAccessible(page);
  await row.getByRole('link').click();

  await expect(page).toHaveURL(caseUrl);
  await expect(page.getByRole('region', { name: 'Family members' })).toContainText('Omid — Child, aged 7, Male');
  await expect(page.getByRole('region', { name: 'Needs and wishes' })).toContainText('Someone is allergic to animals');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Form sent');
  await expectAccessible(page);
  // The caseworker has opened this case several times today: the history shows that as one line
  // with a count, not a line per visit (the audit log keeps each).
  await page.reload();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.locator('.history__change', { hasText: /^Case opened/ })).toHaveCount(1);
  await expect(history.locator('.history__change', { hasText: /^Case opened/ })).toContainText(
    /times that day, the last shown/,
  );
  await page.getByRole('button', { name: 'Mark ready for matching' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The status is now: Ready for matching.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Ready for matching');
  await expectAccessible(page);
  await logOut(page);
});
