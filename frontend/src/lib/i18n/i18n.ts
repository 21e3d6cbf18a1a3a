import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_STORAGE_KEY,
  directionOf,
  isLanguageCode,
  matchBrowserLanguage,
  type LanguageCode,
} from './languages';
import { numberFormatter } from './number-formatter';

type Translations = typeof en;

/**
 * English is bundled (it is also the fallback); every other language is a chunk of its own, loaded
 * when it is chosen, so a reader downloads only the texts of their language.
 */
const LOADERS: Record<Exclude<LanguageCode, 'en'>, () => Promise<{ default: Translations }>> = {
  uk: () => import('./locales/uk.json'),
  'fa-AF': () => import('./locales/fa-AF.json'),
};

async function translationsOf(code: LanguageCode): Promise<Translations> {
  return code === 'en' ? en : (await LOADERS[code]()).default;
}

/** Every language's texts, for the tests that compare the locale files. */
export async function loadAllResources(): Promise<Record<LanguageCode, Translations>> {
  return { en, uk: await translationsOf('uk'), 'fa-AF': await translationsOf('fa-AF') };
}

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

/** Loads a language's texts once; a failed download leaves the page in the language it was. */
async function ensureLoaded(code: LanguageCode): Promise<boolean> {
  if (i18next.hasResourceBundle(code, 'translation')) return true;
  try {
    i18next.addResourceBundle(code, 'translation', await translationsOf(code), true, true);
    return true;
  } catch (error) {
    console.error(`The ${code} texts could not be loaded`, error);
    return false;
  }
}

/**
 * Resolves once the starting language's texts are in: main.tsx renders after it, so a Dari reader
 * never sees English first. With English (and in the tests) it completes at once.
 */
export const i18nReady: Promise<void> = (async () => {
  const wanted = initialLanguage();
  const resources: Resource = { en: { translation: en } };
  let language: LanguageCode = DEFAULT_LANGUAGE;
  if (wanted !== DEFAULT_LANGUAGE) {
    try {
      resources[wanted] = { translation: await translationsOf(wanted) };
      language = wanted;
    } catch (error) {
      console.error(`The ${wanted} texts could not be loaded`, error);
    }
  }
  await i18next
    .use(initReactI18next)
    .use(numberFormatter)
    .init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: ['en', 'uk', 'fa-AF'] satisfies LanguageCode[],
      partialBundledLanguages: true,
      // Only the exact code is loaded: 'fa-AF' must not fall back to a plain 'fa' that does not exist.
      load: 'currentOnly',
      // Every number put into a sentence in the reader's digits (see number-formatter.ts).
      interpolation: { escapeValue: false, alwaysFormat: true }, // React escapes already
      initAsync: false, // resources are passed in, so there is nothing to wait for
    });
})();

/** Switches the language (loading its texts first) and remembers the choice for the next visit. */
export async function changeLanguage(code: LanguageCode): Promise<void> {
  await i18nReady;
  if (!(await ensureLoaded(code))) return;
  await i18next.changeLanguage(code);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, code);
  } catch {
    // Not remembered, but the switch itself worked.
  }
}

export { i18next };
