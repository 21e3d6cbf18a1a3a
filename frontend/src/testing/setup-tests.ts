import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetCsrfState } from '../lib/api/csrf';
import { i18next } from '../lib/i18n';
import { clearCookies } from './cookies';

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
