import { test as base, expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export { expect };

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Only violations are read: axe then skips gathering the details of every rule that passed. */
const AXE_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page itself. The engine (580 KB) is put into a document once and stays
 * there while the single-page app moves between routes; @axe-core/playwright put it in again at
 * every check and opened a second page to gather each result, 1.5 s a check on this machine
 * against 0.3 s here, more than half the browser tests' time. Haven's pages have no frames, the
 * only thing that wrapper's frame handling was for.
 */
async function runAxe(page: Page): Promise<AxeResults> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(
        document,
        options,
      ),
    AXE_OPTIONS,
  );
}

/**
 * The page states this worker has already checked and found free of serious violations: the
 * window's size and the whole document (its markup, language and direction). The same markup
 * with the same style sheets in the same window gives axe the same answer, so a state seen
 * before (the login page at every sign-in, a list a test comes back to) is not checked again;
 * anything that differs, down to one attribute or text, is.
 */
const checkedStates = new Set<string>();

async function pageState(page: Page): Promise<string> {
  const markup = await page.evaluate(() => document.documentElement.outerHTML);
  const size = page.viewportSize();
  return createHash('sha256').update(`${size?.width}x${size?.height}\n${markup}`).digest('hex');
}

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation.
 * Specs call it on every page they visit, once the page has rendered.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // Leaflet draws a tooltip's box (role "tooltip") a moment before React puts its text in: axe looks
  // once every tooltip on the page has its text (one that never gets any still fails here).
  await page.waitForFunction(
    () => Array.from(document.querySelectorAll('.leaflet-tooltip')).every((tip) => (tip.textContent ?? '').trim()),
    undefined,
    { timeout: 10_000 },
  );
  const state = await pageState(page);
  if (checkedStates.has(state)) return;
  const results = await runAxe(page);
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const report = blocking
    .map(
      (violation) =>
        `${violation.impact}: ${violation.id} (${violation.help}) on ${page.url()}\n` +
        violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
  expect(
    blocking.map((violation) => `${violation.impact}: ${violation.id}`),
    report,
  ).toEqual([]);
  checkedStates.add(state);
}

type Fixtures = { pageProblems: string[] };

/**
 * baseURL comes from the global setup, which picks a free port. Every page is also watched for
 * Content-Security-Policy refusals and uncaught errors: the server's CSP forbids inline scripts
 * and styles, and a build that needed them would break silently otherwise.
 */
export const test = base.extend<Fixtures>({
  baseURL: async ({}, use) => {
    const baseURL = process.env.HAVEN_BASE_URL;
    if (!baseURL) throw new Error('HAVEN_BASE_URL is not set: the global setup did not start the app');
    await use(baseURL);
  },
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`Uncaught error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) {
          problems.push(`CSP: ${message.text()}`);
        }
      });
      await use(problems);
      expect(problems, 'the page reported errors').toEqual([]);
    },
    { auto: true },
  ],
});

export const DEMO_ACCOUNTS = {
  admin: {
    email: 'admin@haven.example',
    home: '/admin',
    nav: ['Home', 'Accounts', 'Matching policy', 'Statistics', 'Audit log', 'My account'],
  },
  caseworker: {
    email: 'caseworker@haven.example',
    home: '/caseworker',
    nav: ['Home', 'Families', 'Hosts', 'Matching', 'Placements', 'Map', 'Import', 'My account'],
  },
  host: {
    email: 'host@haven.example',
    home: '/host',
    nav: ['Home', 'My household', 'My offers', 'Families proposed to you', 'My account'],
  },
} as const;

export function demoPassword(): string {
  const password = process.env.HAVEN_E2E_DEMO_PASSWORD;
  if (!password) throw new Error('HAVEN_E2E_DEMO_PASSWORD is not set: the global setup did not run');
  return password;
}

/** A unique address per run, so tests can create accounts on a data directory that lives on. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.haven.example`;
}
