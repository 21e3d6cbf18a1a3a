import type { Page } from '@playwright/test';
import { expectNoHorizontalScroll, logIn } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test } from './support/fixtures';

async function openFromNavigation(admin: Page, label: string): Promise<void> {
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await expect(admin.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

/** Saves the policy and waits for the confirmation. */
async function savePolicy(admin: Page): Promise<void> {
  await admin.getByRole('button', { name: 'Save the policy' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Policy saved' })).toContainText(
    'The next matching run uses these settings.',
  );
}

test('the admin edits a weight, sees the change in the audit log, and puts it back', async ({ page: admin }) => {
  await logIn(admin, DEMO_ACCOUNTS.admin.email, demoPassword());
  await openFromNavigation(admin, 'Matching policy');
  const weight = admin.getByLabel('No shared language (S3)');
  await expect(weight).toHaveValue(/^\d+$/);
  await expect(weight).toHaveAccessibleDescription(
    /S3: points when the family and the host household share no language\./,
  );
  const before = await weight.inputValue();
  const changed = String(Number(before) + 15);
  await expectAccessible(admin);

  // A weight out of range is refused on the page, next to its field.
  await weight.fill('5000');
  await admin.getByRole('button', { name: 'Save the policy' }).click();
  await expect(weight).toHaveAccessibleDescription(/^Error: Enter a whole number from 0 to 1,000\./);
  await expect(admin.getByRole('alert')).toContainText('Some answers need correcting.');
  await expectAccessible(admin);

  await weight.fill(changed);
  await savePolicy(admin);
  await expectAccessible(admin);

  // The change is in the audit log, by this admin, with the value before and after.
  await admin.getByRole('link', { name: 'See the change in the audit log' }).click();
  await expect(admin).toHaveURL(/\/admin\/audit\?action=MATCHING_POLICY_CHANGED$/);
  const log = admin.getByRole('table', { name: /^Audit log, page 1 of/ });
  const newest = log.locator('tbody tr').first();
  await expect(newest).toContainText('Matching policy changed');
  await expect(newest).toContainText(DEMO_ACCOUNTS.admin.email);
  await expect(newest).toContainText(`No shared language (S3): from ${before} to ${changed}`);
  await expectAccessible(admin);

  // The server kept it; the admin puts the old value back, and that is logged too.
  await openFromNavigation(admin, 'Matching policy');
  await expect(weight).toHaveValue(changed);
  await weight.fill(before);
  await savePolicy(admin);
  await openFromNavigation(admin, 'Audit log');
  const filters = admin.getByRole('search', { name: 'Filter the audit log' });
  await filters.getByLabel('What').selectOption({ label: 'Matching policy changed' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  // Other tests write to the log meanwhile: only the filtered log has the two changes on top.
  await expect(admin).toHaveURL(/[?&]action=MATCHING_POLICY_CHANGED/);
  await expect(log.locator('tbody tr').first()).toContainText(`No shared language (S3): from ${changed} to ${before}`);
  await expect(log.locator('tbody tr').nth(1)).toContainText(`No shared language (S3): from ${before} to ${changed}`);

  // In Ukrainian: the change in words; then the whole log, where every action (other tests'
  // sign-ins, case reads, runs, vetting...) is in words too, each record named, and the table fits a
  // 1280 px window without scrolling sideways.
  await admin.getByLabel('Language', { exact: true }).selectOption('uk');
  const logInUkrainian = admin.getByRole('table', { name: /^Журнал аудиту, сторінка 1 з/ });
  await expect(logInUkrainian.locator('tbody tr').first()).toContainText('Політику підбору змінено');
  await expect(logInUkrainian.locator('tbody tr').first()).toContainText('Політика підбору');
  await admin
    .getByRole('search', { name: 'Фільтри журналу аудиту' })
    .getByRole('button', { name: 'Скинути фільтри' })
    .click();
  await expect(admin).toHaveURL(/\/admin\/audit$/);
  // The unfiltered page has come: other actions than policy changes (this admin's sign-in at least).
  const actions = logInUkrainian.locator('tbody tr td:nth-child(3)');
  await expect(actions.filter({ hasNotText: 'Політику підбору змінено' }).first()).toBeVisible();
  const actionCells = await actions.allTextContents();
  expect(
    actionCells.filter((action) => /^[A-Z][A-Z0-9_]+$/.test(action.trim())),
    'actions shown as codes',
  ).toEqual([]);
  const box = logInUkrainian.locator('xpath=..');
  const { scrollWidth, clientWidth } = await box.evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
  }));
  expect(scrollWidth, `the log is ${scrollWidth}px wide in its ${clientWidth}px box`).toBeLessThanOrEqual(clientWidth);
  await expectAccessible(admin);
  await admin.getByLabel('Мова', { exact: true }).selectOption('en');

  // On a 360 px phone, in Dari, the form fits the width. The navigation is behind the Menu button there.
  await admin.setViewportSize({ width: 360, height: 740 });
  await admin.getByRole('button', { name: /^Menu/ }).click();
  await openFromNavigation(admin, 'Matching policy');
  await admin.getByLabel('Language', { exact: true }).selectOption('fa-AF');
  await expect(admin.locator('html[dir=rtl]')).toHaveCount(1);
  await expect(admin.getByRole('heading', { level: 1, name: 'پالیسی جورسازی' })).toBeVisible();
  await expect(admin.getByLabel('نبود زبان مشترک (S3)')).toHaveValue(before);
  await expectNoHorizontalScroll(admin);
  await expectAccessible(admin);
});

test('the admin reads the statistics as charts and as tables, downloads them, and on a phone in Dari', async ({
  page: admin,
}) => {
  await logIn(admin, DEMO_ACCOUNTS.admin.email, demoPassword());
  await openFromNavigation(admin, 'Statistics');

  // Large figures, then a chart for each breakdown, drawn as SVG with its figures written on it.
  await expect(admin.getByText('Families waiting for a home').locator('..')).toContainText(/\d/);
  await expect(admin.getByText('Median time to match')).toBeVisible();
  await expect(admin.getByText('Breakdown rate')).toBeVisible();
  const figures = admin.getByRole('figure');
  await expect(figures).toHaveCount(6);
  for (const figure of await figures.all()) {
    await expect(figure.locator('svg.recharts-surface')).toBeVisible();
    await expect(figure.locator('.recharts-bar-rectangle').first()).toBeAttached();
  }
  const areas = admin.getByRole('figure', { name: 'Offers and beds available, by area' });
  await expect(
    areas
      .locator('svg text')
      .filter({ hasText: /^\d+ offers?$/ })
      .first(),
  ).toBeVisible();
  await expect(
    areas
      .locator('svg text')
      .filter({ hasText: /^\d+ beds?$/ })
      .first(),
  ).toBeVisible();
  const urgency = admin.getByRole('figure', { name: 'Families waiting, by urgency' });
  await expect(urgency.locator('svg text').filter({ hasText: 'Critical' })).toBeVisible();

  // The same figures as tables: there for screen readers, on screen when asked for.
  const hosts = admin.getByRole('table', { name: 'Hosts, by vetting status' });
  await expect(hosts).toContainText('Approved');
  await expect(admin.getByRole('table')).toHaveCount(6);
  await expectAccessible(admin);
  await admin.getByRole('button', { name: 'Show the figures as tables' }).click();
  await expect(admin.getByRole('button', { name: 'Show the figures as tables' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(hosts).toBeVisible();
  await expect(hosts.getByRole('row', { name: /^Approved \d+$/ })).toBeVisible();
  await expectAccessible(admin);

  // The CSV file of every figure downloads with the admin's session.
  const download = admin.waitForEvent('download');
  await admin.getByRole('link', { name: 'Download all figures (CSV)' }).click();
  expect((await download).suggestedFilename()).toBe('haven-statistics.csv');

  // On a 360 px phone, in Dari: the charts fit the width and read from the right.
  await admin.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(admin);
  await admin.getByLabel('Language', { exact: true }).selectOption('fa-AF');
  await expect(admin.locator('html[dir=rtl]')).toHaveCount(1);
  await expect(admin.getByRole('heading', { level: 1, name: 'آمار' })).toBeVisible();
  const urgencyInDari = admin.getByRole('figure', { name: 'خانواده‌های منتظر، بر اساس فوریت' });
  await expect(urgencyInDari.locator('svg text').filter({ hasText: 'بسیار فوری' })).toBeVisible();
  // Bars grow from the axis on the right towards the left. Read until the chart has settled: the
  // language switch draws it again, and a box read in between may belong to neither drawing.
  await expect
    .poll(
      async () => {
        const axis = await urgencyInDari.locator('.recharts-yAxis').boundingBox();
        const bar = await urgencyInDari.locator('.recharts-bar-rectangle').last().boundingBox();
        return Boolean(axis && bar && bar.x + bar.width <= axis.x + 1);
      },
      { message: 'the last bar ends at the axis on the right' },
    )
    .toBe(true);
  await expectNoHorizontalScroll(admin);
  await expectAccessible(admin);
});
