// ESLint for the SPA, run by `npm run lint` and by Maven (frontend/pom.xml, phase process-sources),
// so `./mvnw verify` fails on any finding. A rule switched off here says why.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'src/**/test-data.ts', 'src/**/fake-*.ts'];

export default tseslint.config(
  { ignores: ['target/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'blob-report/**'] },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc already reports unused locals and parameters (tsconfig noUnused*); one report is enough.
      '@typescript-eslint/no-unused-vars': 'off',
      // `onClick={() => void save()}` and `onSubmit={handleSubmit}` with an async handler are how
      // React takes async event handlers; a promise returned to an attribute is not a bug here.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // A failure caught as `unknown` (an ApiError, usually) is passed on as it was, not wrapped.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },

  // The app: browser code with React hooks and accessible JSX.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // <RoleArea role="ADMIN"> names a user's role, not an ARIA role; DOM elements are still checked.
      'jsx-a11y/aria-role': ['error', { ignoreNonDOM: true }],
      // A scrolling table sits in a labelled region with tabIndex 0 so keyboard users can scroll it
      // (WCAG 2.1.1; axe's scrollable-region-focusable, which the browser tests enforce).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },

  // Module boundaries: features never import each other (each has its own folder and its public
  // index.ts), lib/ and components/ never import a feature or the app, and the app imports a
  // feature only through its index.ts. Tests may use src/testing, which renders the whole app.
  {
    files: ['src/**/*.{ts,tsx}'],
    // main.tsx is the entry point: it starts i18n, loads the global styles and renders the app.
    ignores: ['src/main.tsx'],
    plugins: { boundaries },
    settings: {
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app', partialMatch: false },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'], partialMatch: false },
        { type: 'components', pattern: 'src/components', partialMatch: false },
        { type: 'lib', pattern: 'src/lib', partialMatch: false },
        { type: 'testing', pattern: 'src/testing', partialMatch: false },
        // The API's checked-in OpenAPI document: forms read their field limits from it.
        { type: 'contract', pattern: 'openapi.json', mode: 'file' },
      ],
      'boundaries/files': [
        { category: 'test', pattern: ['**/*.test.ts', '**/*.test.tsx'] },
        { category: 'public', pattern: 'src/features/*/index.ts' },
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.d.ts', '.js', '.json'] } },
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/no-unknown-dependencies': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            // Packages and Node's modules: what may be used where is the bundler's and tsc's business.
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
            {
              from: { element: { type: 'app' } },
              allow: [
                { to: { element: { types: { anyOf: ['app', 'components', 'lib'] } } } },
                { to: { element: { type: 'feature' }, file: { categories: 'public' } } },
              ],
            },
            {
              from: { element: { type: 'feature' } },
              allow: [
                { to: { element: { types: { anyOf: ['components', 'lib'] } } } },
                { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
              ],
            },
            {
              from: { element: { type: 'components' } },
              allow: { to: { element: { types: { anyOf: ['components', 'lib'] } } } },
            },
            {
              from: { element: { type: 'lib' } },
              allow: { to: { element: { types: { anyOf: ['lib', 'contract'] } } } },
            },
            // The test kit renders the whole app, as a user meets it.
            {
              from: { element: { type: 'testing' } },
              allow: { to: { element: { types: { anyOf: ['app', 'feature', 'lib', 'testing'] } } } },
            },
            // A test may also render shared components around what it tests (the i18n test uses
            // the language switcher); that is no dependency of the code under test.
            {
              from: { file: { categories: 'test' } },
              allow: { to: { element: { types: { anyOf: ['testing', 'components'] } } } },
            },
          ],
        },
      ],
    },
  },

  // Tests: most files share one environment (vite.config.ts), so a module mock would leak into
  // the files that run after it. vi.mock belongs in *.isolated.test.* files, which run alone.
  {
    files: TEST_FILES,
    ignores: ['src/**/*.isolated.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|unmock|doUnmock)$/]",
          message:
            'Module mocks leak into other test files in the shared project: name this file *.isolated.test.tsx (see vite.config.ts).',
        },
      ],
    },
  },

  // Plain JavaScript outside every tsconfig (this file, scripts/): no type information to lint it with.
  { files: ['*.js', 'scripts/**/*.mjs'], ...tseslint.configs.disableTypeChecked },

  // Build, test-runner and browser-test code runs in Node.
  {
    files: ['*.{js,ts}', 'build/**', 'e2e/**', 'scripts/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright reads a fixture's dependencies from its destructured first parameter: `async ({}, use)`
    // is how a fixture that needs none is written.
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },

  // Layout is Prettier's (npm run format:check): no ESLint rule may disagree with it.
  prettier,
);
