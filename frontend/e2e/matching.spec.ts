import type { Page } from '@playwright/test';
import { expectNoHorizontalScroll, logIn } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test } from './support/fixtures';

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** The demo data has ~60 READY families and ~80 offers: a short run proposes many of them. */
test('a caseworker runs matching on the demo data, watches it, and reads a proposal and why a family is unassigned', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await logIn(page, DEMO_ACCOUNTS.caseworker.email, demoPassword());
  await expect(page).toHaveURL(/\/caseworker$/);

  await mainNav(page).getByRole('link', { name: 'Matching' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matching' })).toBeVisible();
  await expectAccessible(page);

  // ---- Start a short run and watch it ------------------------------------------------------------
  // The page follows the run by its event stream; asking for the run again is only the fallback.
  const followed: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/api\/matching\/runs\/[^/]+(\/events)?$/.test(path)) followed.push(path);
  });
  const start = page.getByRole('form', { name: 'Start a matching run' });
  await start.getByLabel('Time for the solver').selectOption({ label: '10 seconds' });
  await start.getByRole('button', { name: 'Run matching' }).click();

  const latest = page.getByRole('region', { name: 'Latest run' });
  await expect(latest).toContainText('Solving');
  await expect(latest.getByText(/^Best so far: /)).toBeVisible();
  await expect(latest.getByRole('progressbar', { name: /^Time: \d+:\d\d of 0:10$/ })).toBeVisible();
  await expect(latest.getByRole('button', { name: 'Stop' })).toBeVisible();
  await expect(start).toHaveCount(0);
  await expectAccessible(page);

  // The run ends by itself after its 10 s; the page hears the end from the event stream.
  await expect(page.getByRole('status').filter({ hasText: /Matching finished with \d+ proposals?\./ })).toBeVisible({
    timeout: 60_000,
  });
  await expect(latest).toContainText('Done');
  expect(followed.filter((path) => path.endsWith('/events'))).toHaveLength(1);
  expect(
    followed.filter((path) => !path.endsWith('/events')),
    'polled the run: the event stream failed',
  ).toEqual([]);
  // A short page: the run in a sentence, its details and each list closed until asked for.
  await expect(latest.getByText(/^\d+ of \d+ families given an offer$/)).toBeVisible();
  await latest.getByText('More about this run').click();
  await expect(latest).toContainText('0 rules broken');
  await expect(latest).toContainText(/People still waiting: \d+/);
  const proposals = page.getByRole('list', { name: 'Proposals' });
  await expect(proposals).toBeHidden();
  await page.locator('#proposals > summary').click();
  await expect(proposals.getByRole('listitem').first()).toBeVisible();
  const proposalCount = await proposals.getByRole('heading', { level: 3 }).count();
  expect(proposalCount).toBeGreaterThan(10);
  await expectAccessible(page);

  // ---- Sort and filter -----------------------------------------------------------------------------
  const filters = page.getByRole('search', { name: 'Sort and filter proposals' });
  // Each change is read back from the page before the next: the address changes a moment before the
  // page renders it (router updates are transitions), and a choice made in between would act on the old list.
  const sortBy = filters.getByLabel('Sort by');
  const urgency = filters.getByLabel('Urgency');
  await sortBy.selectOption({ label: 'Family size, largest first' });
  await expect(page).toHaveURL(/[?&]sort=size-largest/);
  await expect(sortBy).toHaveValue('size-largest');
  await urgency.selectOption({ label: 'Critical' });
  await expect(page).toHaveURL(/\?sort=size-largest&urgency=CRITICAL/);
  await expect(urgency).toHaveValue('CRITICAL');
  await expect(page.locator('p.result-count').first()).toHaveText(/^\d+ of \d+ proposals shown$/);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/caseworker\/matching$/);
  await expect(sortBy).toHaveValue('score-best');
  await expect(urgency).toHaveValue('');
  await expect(proposals.getByRole('heading', { level: 3 })).toHaveCount(proposalCount);

  // ---- Open one proposal and read its explanation -------------------------------------------------
  const first = proposals
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) })
    .first();
  await expect(first.getByText('Main reasons')).toBeVisible();
  const reference = (await first.getByRole('heading', { level: 3 }).locator('bdi').first().textContent()) ?? '';
  await first.getByRole('heading', { level: 3 }).getByRole('link').click();

  await expect(page).toHaveURL(/\/caseworker\/matching\/runs\/[^/]+\/proposals\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: `Proposal for ${reference}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'The family' }).getByRole('link', { name: reference })).toHaveAttribute(
    'href',
    /^\/caseworker\/families\/[0-9a-f-]{36}$/,
  );
  await expect(page.getByRole('link', { name: 'Open the host’s page' })).toHaveAttribute(
    'href',
    /^\/caseworker\/hosts\/[0-9a-f-]{36}$/,
  );
  // The explanation is the run's own, and says so.
  await expect(page.getByText(/^Data used: the run’s, as it read the families and offers on /)).toBeVisible();
  const costs = page.getByRole('region', { name: 'How well it fits' });
  await expect(costs.getByRole('rowheader', { name: /^S1 Distance$/ })).toBeVisible();
  await expect(costs.getByRole('rowheader', { name: /^S3 Shared language$/ })).toBeVisible();
  const rules = page.getByRole('region', { name: 'Rules checked' });
  await expect(rules.getByText(/^\d+ rules checked: all met$/)).toBeVisible();
  await rules.getByText(/rules checked/).click();
  await expect(rules.getByRole('listitem').filter({ hasText: 'H1 Capacity' })).toContainText(/Met \S/);
  await expectAccessible(page);

  // On a phone the explanation fits the width.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  // "Back" returns to the list as it was left.
  await page.getByRole('link', { name: 'Back to the proposals' }).click();
  await expect(page).toHaveURL(/\/caseworker\/matching#proposals$/);
  await expect(page.getByRole('list', { name: 'Proposals' })).toBeVisible();

  // ---- Why is a family unassigned? ------------------------------------------------------------------
  const unassigned = page.getByRole('group', { name: 'Families without an offer' });
  await unassigned.locator('summary').first().click();
  // Loaded: either the families it left without an offer, or none.
  await expect(
    unassigned.getByText(/not given an offer\.|Every family in this run was given an offer\./),
  ).toBeVisible();
  const why = unassigned.getByRole('button', { name: /^Why\? / });
  const someUnassigned = (await why.count()) > 0;
  if (someUnassigned) {
    await why.first().click();
    await expect(why.first()).toHaveAttribute('aria-expanded', 'true');
    await expect(unassigned.getByText('The nearest offers, and what keeps each from this family:')).toBeVisible();
    // Checked against today's data, not the run's, and labelled so.
    await expect(unassigned.getByText(/^Data used: today’s, as of /)).toBeVisible();
    await expect(unassigned.locator('.why__offer').first().getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page);
  } else {
    await expect(unassigned).toContainText('Every family in this run was given an offer.');
  }

  // ---- The page on a phone, in Dari (right to left) ---------------------------------------------------
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page);
  await page.getByLabel('Language').selectOption('fa-AF');
  await expect(page.locator('html[dir=rtl]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: 'جورسازی' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  // Plain words and explanations in Dari, dates in the Solar Hijri calendar with Persian digits.
  const latestInDari = page.getByRole('region', { name: 'آخرین دور' });
  await latestInDari.getByText('بیشتر دربارهٔ این دور').click();
  await expect(latestInDari.getByText(/^کسانی که هنوز منتظرند: /)).toBeVisible();
  await expect(latestInDari.locator('.run-panel__details')).toContainText(/[۰-۹]/);
  const reasonsInDari = page.getByRole('list', { name: 'پیشنهادها' }).locator('.proposal-card__reasons');
  await expect(reasonsInDari.first()).toBeVisible();
  for (const english of [/spare bed/i, /preferred area/i, /with the host/i, /Room free/i, /previous run/i]) {
    await expect(reasonsInDari.first()).not.toContainText(english);
  }
  await expect(reasonsInDari.first()).toContainText(/[\u0600-\u06FF]{3}/);
  if (someUnassigned) {
    const unassignedInDari = page.getByRole('group', { name: 'خانواده‌های بدون پیشنهاد' });
    await expect(unassignedInDari.getByText(/^معلومات استفاده‌شده: معلومات امروز/)).toBeVisible();
    await expect(unassignedInDari.locator('.why__offer').first().getByRole('listitem').first()).not.toContainText(
      /people|room for|bedroom|km from|limit/i,
    );
  }
  await expectAccessible(page);
});
