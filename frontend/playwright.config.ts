import { defineConfig } from '@playwright/test';

/**
 * The specs that read or change what every caseworker shares (the pool of waiting families and
 * offers, the matching runs, the policy, the caseworker's pages as a whole): one at a time, in
 * file order, so none sees another's run or weights half-way.
 */
const SHARED_POOL = [
  'matching.spec.ts',
  'placements.spec.ts',
  'admin-policy-stats.spec.ts',
  'import.spec.ts',
  'layout-shift.spec.ts',
];

/**
 * Browser tests against the packaged app (HAVEN_JAR), started by e2e/global-setup.ts.
 * Chromium is Debian's, never a downloaded build. Two workers on the 2-core machine: the tests
 * wait for the server, emails and the solver much of the time, so a second browser halves the
 * wall-clock time without starving the first. Every other spec makes its own accounts and cases
 * (unique emails), so it can run beside anything; the shared-pool specs run one at a time.
 * HAVEN_E2E_TRACE=1 records a Playwright trace of each failing test (costly on 2 cores, so off
 * in the build; the screenshot and the page's accessibility snapshot are always kept).
 */
export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  outputDir: './target/playwright-results',
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Two browsers, the server and its solver share two cores: a step may wait its turn.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'en-GB',
    // Buttons and navigation links fade their background over 120 ms unless the user asks for
    // reduced motion. The accessibility check could catch a colour half-way (white on #6e96b9,
    // 3.1:1, failed a CI run); without the fade it sees only the colours people read.
    reducedMotion: 'reduce',
    launchOptions: {
      // Debian's old headless shell (package chromium-headless-shell, which verify.sh installs):
      // the same Chromium engine without the desktop browser around it, and what Playwright itself
      // runs for headless tests. The whole run took 0.76 of its time in the full browser
      // (docs/architecture.md). HAVEN_CHROMIUM=/usr/bin/chromium runs the full browser instead,
      // e.g. with --headed to watch a test.
      executablePath: process.env.HAVEN_CHROMIUM ?? '/usr/bin/chromium-headless-shell',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // V8's baseline compiler only: each test's page lives seconds, too short for the
        // optimising compilers to pay back their work. The renderers then take a quarter less
        // CPU and the whole run 204 s instead of 250 s (docs/architecture.md).
        '--js-flags=--max-opt=1',
      ],
    },
    trace: process.env.HAVEN_E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'shared-pool', testMatch: SHARED_POOL, workers: 1 },
    { name: 'own-data', testMatch: '**/*.spec.ts', testIgnore: SHARED_POOL },
  ],
});
