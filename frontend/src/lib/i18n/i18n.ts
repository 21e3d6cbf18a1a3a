import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import faAF from './locales/fa-AF.json';
import uk from './locales/uk.json';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_STORAGE_KEY,
  directionOf,
  isLanguageCode,
  matchBrowserLanguage,
  type LanguageCode,
} from './languages';

export const resources = {
  en: { translation: en },
  uk: { translation: uk },
  'fa-AF': { translation: faAF },
} as const;

function storedLanguage(): LanguageCode | null {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguageCode(value) ? value : null;
  } catch {
    return null; // storage can be blocked; the browser's language still works
  }
}

function initialLanguage(): LanguageCode {
  return storedLanguage() ?? matchBrowserLanguage(navigator.languages ?? []) ?? DEFAULT_LANGUAGE;
}

/** Keeps <html lang dir> in step with the language, so screen readers and RTL layout follow. */
function applyToDocument(code: string) {
  const language = isLanguageCode(code) ? code : DEFAULT_LANGUAGE;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

i18next.on('languageChanged', applyToDocument);

export const i18nReady = i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: Object.keys(resources),
  // Only the exact code is loaded: 'fa-AF' must not fall back to a plain 'fa' that does not exist.
  load: 'currentOnly',
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false, // resources are bundled, so there is nothing to wait for
});

/** Switches the language and remembers the choice for the next visit. */
export async function changeLanguage(code: LanguageCode): Promise<void> {
  await i18next.changeLanguage(code);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, code);
  } catch {
    // Not remembered, but the switch itself worked.
  }
}

export { i18next };
