import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetCsrfState } from '../lib/api/csrf';
import { i18next } from '../lib/i18n';
import { clearCookies } from './cookies';

// jsdom's own styles leave <bdi> out of the inline elements, so accessible names would get spaces
// around what a page isolates ("Welcome,  Hana Host "); browsers show it inline, as here.
const inlineBdi = document.createElement('style');
inlineBdi.textContent = 'bdi { display: inline; }';
document.head.append(inlineBdi);

// Pages are lazy-loaded routes: on a loaded 2-core CI machine the first render of one (and its
// chunk, e.g. recharts) can take longer than Testing Library's 1 s default for findBy/waitFor.
configure({ asyncUtilTimeout: 5000 });

// Most test files share one environment (vite.config.ts, project "shared"), so everything a test
// may change outside React's tree is put back here before the next test, whichever file it is in.
beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  clearCookies();
  resetCsrfState();
  // Also sets the document's lang and dir back to English, left to right.
  await i18next.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.title = '';
});
