import type { Page } from '@playwright/test';
import { expectNoHorizontalScroll, logIn, logOut, signUpAsHost } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test, uniqueEmail } from './support/fixtures';

/** A date `days` before today, as a date input takes it (YYYY-MM-DD). */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return date.toISOString().slice(0, 10);
}

function daysAhead(days: number): string {
  return daysAgo(-days);
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

async function expectStep(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

/** A first-time host on a phone: every step must fit the width and pass the accessibility check. */
async function offerARoomOnAPhone(page: Page) {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('main').getByRole('link', { name: 'Offer a room' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offer a room' })).toBeVisible();
  await expectStep(page, 'Step 1 of 5: The place');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  // Next without answers: the step says what is missing and stays.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toContainText('Some answers need correcting.');
  await expectStep(page, 'Step 1 of 5: The place');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  await page.getByRole('radio', { name: 'A room in your home' }).check();
  await page.getByLabel('A short title').fill('Double room in a quiet house');
  await page.getByLabel('Full address').fill('14 Ash Road, Leeds');
  await page.getByLabel('Postcode', { exact: true }).fill('LS6 3AB');
  await page.getByRole('button', { name: 'Next' }).click();

  // Offline, the gazetteer knows LS6 itself: no "only the general area" notice, straight on.
  await expectStep(page, 'Step 2 of 5: The space');
  await expect(page.getByText('We could only find the general area')).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.getByLabel('Bedrooms for guests').fill('1');
  await page.getByLabel('Most people who can stay').fill('3');

  // The browser's Back goes to the step before with its answers, Forward comes back, and a reload
  // keeps what was typed (kept for this tab until the offer is saved).
  await page.goBack();
  await expectStep(page, 'Step 1 of 5: The place');
  await expect(page.getByLabel('A short title')).toHaveValue('Double room in a quiet house');
  await page.goForward();
  await expectStep(page, 'Step 2 of 5: The space');
  await page.reload();
  await expectStep(page, 'Step 2 of 5: The space');
  await expect(page.getByLabel('Most people who can stay')).toHaveValue('3');
  await expect(page.getByRole('status').filter({ hasText: 'Your answers not saved yet are back' })).toBeVisible();
  await page.getByRole('radio', { name: /^Partly/ }).check();
  await page.getByRole('checkbox', { name: 'Guest bedroom on the ground floor' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await expectStep(page, 'Step 3 of 5: Who it suits');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.getByRole('checkbox', { name: 'Children are welcome' }).check();
  await page.getByRole('checkbox', { name: 'LGBTQI+ affirming home' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await expectStep(page, 'Step 4 of 5: Dates');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.getByLabel('Available from').fill(daysAhead(14));
  await page.getByRole('button', { name: 'Next' }).click();

  await expectStep(page, 'Step 5 of 5: Check and publish');
  const place = page.getByRole('region', { name: 'The place' });
  await expect(place).toContainText('Others see only the area: LS6 (Leeds)');
  await expect(place).not.toContainText('approximate');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('a new host offers a room, a caseworker vets and approves them, and the host sees "Approved"', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const hostName = `Nadia E2E ${Date.now().toString(36)}`;
  const hostEmail = uniqueEmail('vetted-host');
  const hostPassword = 'a spare room with a garden view';

  // ---- The host signs up and describes the household ----------------------------------------
  await signUpAsHost(page, hostName, hostEmail, hostPassword);
  await expect(page.getByRole('region', { name: 'Where your checks stand' })).toContainText('Waiting for checks');
  await expect(page.getByRole('region', { name: 'Checks still to do' })).toContainText('DBS check');
  await expectAccessible(page);

  await mainNav(page).getByRole('link', { name: 'My household' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My household' })).toBeVisible();
  await expectAccessible(page);
  // No adult yet: refused with a clear message at the top, linked to the adults (the server has
  // the same rule), and focus starts at that summary, not on the button.
  await page.getByRole('button', { name: 'Save household' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: My household/);
  await summary.getByRole('link', { name: /^Adults: Add at least one adult/ }).click();
  await expect(page.getByRole('button', { name: 'Add an adult' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Your household has been saved.' })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add an adult' }).click();
  const adult = page.getByRole('group', { name: 'Adult 1' });
  await adult.getByLabel('Sex').selectOption({ label: 'Female' });
  await adult.getByLabel('Age in years').fill('45');
  await page.getByRole('button', { name: 'Add a child' }).click();
  const child = page.getByRole('group', { name: 'Child 1' });
  await child.getByLabel('Sex').selectOption({ label: 'Male' });
  await child.getByLabel('Age in years').fill('8');
  for (const language of ['English', 'Persian (Dari)']) {
    await page.getByLabel('Add a language').selectOption({ label: language });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  }
  // Questions the host must answer start with no answer chosen, and saving waits for one.
  const pets = page.getByRole('group', { name: 'Do you have pets?' });
  const smoking = page.getByRole('group', { name: 'Does anyone smoke in your home?' });
  for (const group of [pets, smoking]) {
    for (const answer of ['Yes', 'No']) await expect(group.getByRole('radio', { name: answer })).not.toBeChecked();
  }
  await pets.getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel('Which pets?').fill('cat');
  await page.getByRole('button', { name: 'Save household' }).click();
  await expect(smoking).toContainText('Choose one of the options.');
  await expect(page.getByRole('status').filter({ hasText: 'Your household has been saved.' })).toHaveCount(0);
  await expectAccessible(page);
  await smoking.getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Save household' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your household has been saved.' })).toBeVisible();
  await expectAccessible(page);

  // What was saved is what comes back.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Child 1' }).getByLabel('Age in years')).toHaveValue('8');
  await expect(page.getByRole('list', { name: 'Languages chosen' })).toContainText('Persian (Dari)');

  // ---- The host offers a room (on a phone) and sees it waiting for vetting --------------------
  await mainNav(page).getByRole('link', { name: 'My offers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My offers' })).toBeVisible();
  await expect(page.getByText('You have not offered a room yet.')).toBeVisible();
  await expectAccessible(page);

  await offerARoomOnAPhone(page);

  await expect(page).toHaveURL(/\/host\/offers$/);
  await expect(
    page.getByRole('status').filter({ hasText: '“Double room in a quiet house” is published.' }),
  ).toBeVisible();
  const offer = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Double room in a quiet house' }) });
  await expect(offer).toContainText('Published');
  // The saved offer is placed at its district, not at its area's post town.
  await expect(offer).toContainText('LS6 (Leeds)');
  await expect(offer).not.toContainText('approximate');
  await expect(offer).toContainText('Waiting for vetting — not matched until your checks are done.');
  await expectAccessible(page);
  await logOut(page);

  // ---- A caseworker finds the host, records every check, and approves ------------------------
  await logIn(page, DEMO_ACCOUNTS.caseworker.email, demoPassword());
  await expect(page).toHaveURL(/\/caseworker$/);
  await mainNav(page).getByRole('link', { name: 'Hosts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hosts' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page);

  const filters = page.getByRole('search', { name: 'Filter hosts' });
  await filters.getByLabel('Search').fill(hostName);
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByText('1 host', { exact: true })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: hostEmail });
  await expect(row).toContainText('Applied');
  await expect(row).toContainText('LS');
  await expectAccessible(page);
  await row.getByRole('link', { name: hostName }).click();

  await expect(page.getByRole('heading', { level: 1, name: hostName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Household' })).toContainText('Female, aged 45');
  const offerDetails = page.getByRole('region', { name: 'Double room in a quiet house' });
  await expect(offerDetails).toContainText('14 Ash Road, Leeds');
  // Placed at its district, the offer carries no warning that distances to it are rough.
  await expect(offerDetails).toContainText('LS6 (Leeds)');
  await expect(offerDetails).not.toContainText('approximate');
  await expect(offerDetails).not.toContainText('tens of kilometres out');
  await expectAccessible(page);

  const vetting = page.getByRole('region', { name: 'Vetting checks' });
  await vetting.getByRole('checkbox', { name: 'Identity verified' }).check();
  await vetting.getByLabel('Date of the visit').fill(daysAgo(3));
  await vetting.getByLabel('Visited by').fill('Callum');
  await vetting.getByLabel('Outcome').selectOption({ label: 'Passed' });
  await vetting.getByLabel('Level').selectOption({ label: 'Enhanced with barred list' });
  await vetting.getByLabel('Date of the check').fill(daysAgo(10));
  await vetting.getByRole('checkbox', { name: 'References received' }).check();
  // Approved straight from Applied, in one save: refused while a check is missing (the server
  // says which, each linked from the summary), never shown as saved at the same time.
  await vetting.getByLabel('Vetting status').selectOption({ label: 'Approved' });
  await vetting.getByLabel('Note (optional)').fill('Visit went well, all documents seen.');
  await vetting.getByRole('button', { name: 'Save vetting' }).click();
  const vettingSummary = vetting.locator('.error-summary');
  await expect(vettingSummary).toBeFocused();
  await expect(vettingSummary).toContainText('This change is not possible.');
  await vettingSummary.getByRole('link', { name: /^Safeguarding training done: / }).click();
  await expect(vetting.getByRole('checkbox', { name: 'Safeguarding training done' })).toBeFocused();
  await expect(vetting.getByRole('status')).toHaveCount(0);

  await vetting.getByRole('checkbox', { name: 'Safeguarding training done' }).check();
  await vetting.getByRole('button', { name: 'Save vetting' }).click();
  await expect(vetting.getByRole('status')).toContainText('The vetting has been saved.');
  await expect(vetting.locator('.error-summary')).toHaveCount(0);
  const history = page.getByRole('region', { name: 'History' });
  // The history still shows both steps; the note belongs to the approval.
  await expect(history).toContainText('Applied → Checks in progress');
  await expect(history).toContainText('Checks in progress → Approved');
  await expect(history).toContainText('Visit went well, all documents seen.');
  await expect(page.getByRole('region', { name: 'Contact and status' })).toContainText('Approved');
  await expect(vetting.getByRole('checkbox', { name: 'Identity verified' })).toBeChecked();
  await expectAccessible(page);
  await logOut(page);

  // ---- The host logs in again and is approved ---------------------------------------------------
  await logIn(page, hostEmail, hostPassword);
  await expect(page).toHaveURL(/\/host$/);
  await expect(page.getByRole('region', { name: 'Where your checks stand' })).toContainText(
    'Approved: your offers can be matched',
  );
  await expect(page.getByRole('region', { name: 'Checks still to do' })).toHaveCount(0);
  await expectAccessible(page);

  await mainNav(page).getByRole('link', { name: 'My offers' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Double room in a quiet house' })).toBeVisible();
  await expect(page.getByText(/Waiting for vetting/)).toHaveCount(0);
  await expectAccessible(page);
});
