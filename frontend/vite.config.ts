/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsSize } from './build/initial-js-size.ts';

/** Test files that mock modules (vi.mock): each runs in a fresh module registry. */
const ISOLATED_TESTS = 'src/**/*.isolated.test.{ts,tsx}';

// The backend runs on 8080 in development; the SPA talks to it same-origin through this proxy,
// exactly as it does in production where Spring Boot serves both.
const backend = process.env.HAVEN_BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), initialJsSize()],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/actuator': { target: backend, changeOrigin: false },
    },
  },
  build: {
    // Spring Boot serves classpath:/META-INF/resources/ as static content, and Maven packages
    // target/classes into the frontend jar, so the SPA ships inside that jar.
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
  },
  test: {
    // happy-dom, not jsdom: every test here needs only the DOM, events, forms, fetch's Request and
    // Response, cookies and localStorage, which happy-dom provides at a fraction of jsdom's start-up
    // cost. Layout is measured nowhere (clientWidth is 0 in both; see use-element-width.ts).
    environment: 'happy-dom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    // Form tests type into many fields; on a busy 2-core machine the 5 s default is too tight.
    testTimeout: 20_000,
    restoreMocks: true,
    unstubGlobals: true,
    projects: [
      {
        // Most files share one worker's environment and module cache (isolate: false): the DOM,
        // React, the router and the translations load once instead of once per file. That is
        // safe because setup-tests.ts resets everything a test can leave behind (DOM, storage,
        // cookies, CSRF token, language, fake timers, stubbed globals, mocks) and no module keeps
        // state across renders otherwise.
        extends: true,
        test: { name: 'shared', include: ['src/**/*.test.{ts,tsx}'], exclude: [ISOLATED_TESTS], isolate: false },
      },
      {
        // A file that replaces a module with vi.mock would leak the replacement into every file
        // run after it in a shared worker, so such files are named *.isolated.test.* and run on
        // their own (ESLint rejects vi.mock anywhere else).
        extends: true,
        test: { name: 'isolated', include: [ISOLATED_TESTS] },
      },
    ],
  },
});
