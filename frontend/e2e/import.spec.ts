import type { Page } from '@playwright/test';
import { expectNoHorizontalScroll, logIn } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test } from './support/fixtures';

/** A date `days` after today, as the CSV wants it (YYYY-MM-DD). */
function daysAhead(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toISOString().slice(0, 10);
}

function familiesSection(page: Page) {
  return page.getByRole('region', { name: 'Families' });
}

test('a caseworker imports a families CSV with good and bad rows and sees the report', async ({ page }) => {
  const tag = Date.now().toString(36);
  const lead = `Nadia${tag}`;
  const when = daysAhead(14);
  const csv = [
    'familyRef,urgency,firstName,age,sex,relationship,languages,preferredPlace,neededFrom,expectedStayMonths,status',
    // rows 2-3: a mother and her son, ready for matching
    `A1,HIGH,${lead},34,F,LEAD,fa;ps,Leeds,${when},12,READY`,
    `A1,,Omid${tag},8,M,CHILD,,,,,`,
    // rows 4-5: one member's age is a word, so the whole family is refused
    `B2,NORMAL,Farid${tag},forty,M,LEAD,fa,Leeds,${when},6,`,
    `B2,,Zohra${tag},39,F,PARTNER,,,,,`,
    // row 6: two different places for one family
    `C3,NORMAL,Maryam${tag},29,F,LEAD,uk,Bristol,${when},6,`,
    `C3,,Ivan${tag},31,M,PARTNER,,Cardiff,,,`,
  ].join('\r\n');

  await logIn(page, DEMO_ACCOUNTS.caseworker.email, demoPassword());
  await expect(page).toHaveURL(/\/caseworker$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  await expect(
    familiesSection(page).getByRole('link', { name: 'Download the families template (CSV)' }),
  ).toHaveAttribute('href', '/api/import/families/template.csv');
  await expectAccessible(page);

  await familiesSection(page)
    .getByLabel('Families CSV file')
    .setInputFiles({ name: 'families.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  // The server accepts the file at once (202) and imports it in the background; the page shows a
  // progress bar until the job has ended, then the report. Six rows take the server a moment only, so
  // its first two answers are shown as they would be for a large file (accepted, then half way);
  // the answers after them are the server's own.
  await page.route('**/api/import/families', async (route) => {
    const response = await route.fetch();
    const job = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...job, status: 'RUNNING', processedRows: 0 } });
  });
  let answers = 0;
  await page.route('**/api/import/jobs/*', async (route) => {
    const response = await route.fetch();
    const job = (await response.json()) as Record<string, unknown>;
    answers += 1;
    await route.fulfill(
      answers > 1
        ? { response }
        : { response, json: { ...job, status: 'RUNNING', processedRows: 3, finishedAt: null } },
    );
  });
  await familiesSection(page).getByRole('button', { name: 'Import families' }).click();

  await expect(familiesSection(page).getByRole('progressbar', { name: 'Progress of families.csv' })).toBeVisible();
  await expect(familiesSection(page).getByText('Rows checked: 3 of 6.')).toBeVisible();

  const report = familiesSection(page).getByRole('region', { name: 'Report for families.csv' });
  await expect(report.getByRole('status')).toContainText('Families imported: 1 (rows: 2).');
  await expect(report.getByRole('status')).toContainText('Families refused: 2 (rows: 4).');
  // Rows were refused: a warning saying how many, not the green of a success.
  await expect(report.getByRole('status')).toContainText('4 rows refused of 6');
  await expect(report.getByRole('status')).toHaveClass(/alert--warning/);
  await expect(familiesSection(page).getByRole('progressbar')).toHaveCount(0);
  const refused = report.getByRole('table', { name: 'Refused rows and why' });
  await expect(refused.getByRole('row')).toHaveCount(5);
  await expect(refused.getByRole('row', { name: /^4 B2/ })).toContainText('Column age: Write a whole number, like 3.');
  await expect(refused.getByRole('row', { name: /^5 B2/ })).toContainText(
    'Not imported: family B2 has problems in row 4.',
  );
  await expect(refused.getByRole('row', { name: /^7 C3/ })).toContainText(
    'Column preferredPlace: Family C3 has different preferredPlace values in rows 6, 7.',
  );
  await expectAccessible(page);

  // The imported rows are folded away; opened, they name the new case, which is an ordinary case.
  await report.getByText('Show the imported rows (2)').click();
  const imported = report.getByRole('table', { name: 'Imported rows' });
  const reference = ((await imported.getByRole('row').nth(1).getByRole('cell').nth(1).textContent()) ?? '').trim();
  expect(reference).toMatch(/^F-[A-Z2-9]{6}$/);
  await expectAccessible(page);

  // On a phone the page still fits: the tables scroll inside their own box.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/caseworker/families?q=${lead}`);
  await expect(page.getByRole('table')).toContainText(reference);
  await expect(page.getByRole('table')).toContainText(/Ready/);

  // Coming back to the import page later, the caseworker finds the report again: the server does
  // not keep the file's name, so it is named by when the file was uploaded. In Dari too.
  await page.goto('/caseworker/import');
  const again = familiesSection(page).getByRole('region', { name: /^Report for the file you uploaded on / });
  await expect(again.getByRole('status')).toContainText('4 rows refused of 6');
  await expectAccessible(page);
  await page.getByLabel('Language').selectOption('fa-AF');
  await expect(page.locator('html[dir=rtl]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: /^گزارش فایلی که در .+ بارگذاری کردید$/ })).toBeVisible();
  await expectAccessible(page);
});
