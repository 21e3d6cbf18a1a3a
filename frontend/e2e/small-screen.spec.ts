import type { Page } from '@playwright/test';
import { expectNoHorizontalScroll, logIn } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test } from './support/fixtures';

test.use({ viewport: { width: 360, height: 740 } });

test('on a 360 px phone the login page and the host home fit the width', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expectNoHorizontalScroll(page);

  await logIn(page, DEMO_ACCOUNTS.host.email, demoPassword());
  await expect(page).toHaveURL(/\/host$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  // Persian text runs longer in places; it must fit too.
  await page.getByLabel('Language').selectOption('fa-AF');
  await expect(page.locator('html[dir=rtl]')).toHaveCount(1);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});

test('on a 360 px phone the offer wizard fits the width in Dari too, with its error messages', async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.host.email, demoPassword());
  await expect(page).toHaveURL(/\/host$/);
  await page.getByLabel('Language').selectOption('fa-AF');
  await expect(page.locator('html[dir=rtl]')).toHaveCount(1);

  await page.goto('/host/offers/new');
  await expect(page.getByRole('heading', { level: 1, name: 'پیشنهاد یک اتاق' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'بعدی' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  // The error summary (GOV.UK's pattern) in Dari: it has the focus, the tab's title starts with
  // "Error:" in Dari, and each problem links to its field.
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { level: 2, name: 'مشکلی پیش آمد' })).toBeVisible();
  await expect(page).toHaveTitle(/^خطا: /);
  await summary.getByRole('link', { name: /^یک عنوان کوتاه: / }).click();
  await expect(page.getByLabel('یک عنوان کوتاه')).toBeFocused();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('in Dari the header is short, with a Menu, tables fit or scroll with a cue, references stay whole and every digit is Persian', async ({
    page,
  }) => {
    await logIn(page, DEMO_ACCOUNTS.caseworker.email, demoPassword());
    await expect(page).toHaveURL(/\/caseworker$/);
    await expectContentStartsNearTheTop(page);
    await page.getByLabel('Language').selectOption('fa-AF');
    await expect(page.locator('html[dir=rtl]')).toHaveCount(1);

    // The dashboard, under a short header.
    await expect(page.getByRole('region', { name: 'خانواده‌هایی که منتظر خانه هستند' })).toBeVisible();
    await expectContentStartsNearTheTop(page);
    const menu = page.getByRole('button', { name: 'منو' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('navigation', { name: 'فهرست اصلی' })).toBeHidden();
    // The caseworker's Latin name keeps its own direction inside the Dari welcome.
    await expect(page.locator('h1 bdi')).toHaveText(/^[A-Za-z][A-Za-z .'-]*$/);
    await expectTablesFitOrSayTheyScroll(page);
    await expectReferencesOnOneLine(page);
    await expectOnlyPersianDigits(page);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);

    // The menu: a disclosure button, closed again by Escape with the focus back on it.
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const nav = page.getByRole('navigation', { name: 'فهرست اصلی' });
    await expect(nav).toBeVisible();
    await expect(page.getByRole('button', { name: 'خروج' })).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(nav).toBeHidden();

    // Through the menu to the families: it closes, and the wide table scrolls in its own box.
    await menu.click();
    await nav.getByRole('link', { name: 'خانواده‌ها' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'خانواده‌ها' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('table')).toBeVisible();
    await expectContentStartsNearTheTop(page);
    await expect(page.getByText('برای دیدن همهٔ ستون‌ها، جدول را به پهلو حرکت دهید.')).toBeVisible();
    await expectTablesFitOrSayTheyScroll(page);
    await expectReferencesOnOneLine(page);
    await expectStatusesOnTwoLinesAtMost(page);
    await expectOnlyPersianDigits(page);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
});

/**
 * The page's own content starts near the top, not under several rows of links: 113 px in English
 * and Ukrainian, 120 px in Dari (a larger font) on this machine's Chromium, allowed a few more for
 * another machine's fonts.
 */
async function expectContentStartsNearTheTop(page: Page): Promise<void> {
  // Polled: right after a navigation the main region may not be laid out yet (no box at all).
  await expect
    .poll(async () => (await page.locator('#main-content').boundingBox())?.y ?? Infinity, {
      message: 'the header is this tall',
    })
    .toBeLessThanOrEqual(126);
}

/**
 * Every table either fits its box or has the line above it saying it scrolls sideways. Polled: the
 * line appears once the box has been measured, a frame after the table (a CI run checked between).
 */
async function expectTablesFitOrSayTheyScroll(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.locator('.table-scroll').evaluateAll((boxes) =>
          boxes
            .filter((box) => box.scrollWidth > box.clientWidth + 1)
            .filter((box) => !box.previousElementSibling?.classList.contains('table-scroll__hint'))
            .map((box) => box.querySelector('caption')?.textContent),
        ),
      { message: 'tables cut without a word' },
    )
    .toEqual([]);
}

/** A case reference ("F-DEMO01") is never broken over two lines. */
async function expectReferencesOnOneLine(page: Page): Promise<void> {
  const references = page.locator('main .reference');
  await expect(references.first()).toBeVisible();
  const broken = await references.evaluateAll((elements) =>
    elements.filter((element) => element.getClientRects().length > 1).map((element) => element.textContent),
  );
  expect(broken, 'references broken over lines').toEqual([]);
}

/** A status in a table takes two lines at most, never one word a line. */
async function expectStatusesOnTwoLinesAtMost(page: Page): Promise<void> {
  const statuses = page.locator('main .table__status');
  await expect(statuses.first()).toBeVisible();
  const tall = await statuses.evaluateAll((cells) =>
    cells
      .filter((cell) => {
        // The cell is as tall as its row; its text's own line boxes say how many lines it takes.
        const text = document.createRange();
        text.selectNodeContents(cell);
        return new Set(Array.from(text.getClientRects(), (line) => Math.round(line.top))).size > 2;
      })
      .map((cell) => cell.textContent),
  );
  expect(tall, 'statuses on three lines or more').toEqual([]);
}

/**
 * Dari pages write Haven's own numbers (counts, dates, page numbers) in Persian digits, all of
 * them; Latin digits appear only in what someone typed or an identifier, each isolated in its own
 * <bdi> or left-to-right span.
 */
async function expectOnlyPersianDigits(page: Page): Promise<void> {
  const latin = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('bdi, [dir=ltr], script, style, select')) continue;
      if (/[0-9]/.test(node.textContent ?? '')) found.push(node.textContent ?? '');
    }
    return found;
  });
  expect(latin, 'Latin digits on a Dari page').toEqual([]);
}
