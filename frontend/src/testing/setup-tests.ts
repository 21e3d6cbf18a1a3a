import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetCsrfState } from '../lib/api/csrf';
import { i18next } from '../lib/i18n';
import { clearCookies } from './cookies';

// Pages are lazy-loaded routes: on a loaded 2-core CI machine the first render of one (and its
// chunk, e.g. recharts) can take longer than Testing Library's 1 s default for findBy/waitFor.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  localStorage.clear();
  clearCookies();
  resetCsrfState();
  await i18next.changeLanguage('en');
  // jsdom has no scrolling; React Router's ScrollRestoration calls this on every navigation.
  window.scrollTo = () => {};
});

afterEach(() => {
  cleanup();
});
