/** The languages Haven speaks. Adding one: a locale file, a line here, and its resources in i18n.ts. */
export const LANGUAGES = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
  { code: 'fa-AF', nativeName: 'دری', dir: 'rtl' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'en';
export const LANGUAGE_STORAGE_KEY = 'haven.language';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

export function directionOf(code: LanguageCode): 'ltr' | 'rtl' {
  return LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
}

/**
 * Picks the best supported language from the browser's list: an exact match first
 * (fa-AF), then by primary subtag (uk-UA → uk, fa / prs → fa-AF, since Dari is Haven's Persian).
 */
export function matchBrowserLanguage(preferred: readonly string[]): LanguageCode | null {
  for (const tag of preferred) {
    if (isLanguageCode(tag)) return tag;
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'en') return 'en';
    if (primary === 'uk') return 'uk';
    if (primary === 'fa' || primary === 'prs') return 'fa-AF';
  }
  return null;
}
