import { formatLocale } from './format';

// prettier-ignore
/**
 * Languages a host household or a family may speak, as ISO 639-1 codes (what the API stores):
 * the UK's own, the languages of recent arrivals, and the ones most spoken in UK homes.
 */
export const SPOKEN_LANGUAGE_CODES = [
  'en', 'cy', 'gd', 'ga', 'fa', 'ps', 'uk', 'ru', 'ar', 'ku', 'ur', 'pa', 'bn', 'hi', 'gu', 'ta',
  'so', 'ti', 'am', 'sw', 'tr', 'fr', 'es', 'pt', 'it', 'de', 'pl', 'ro', 'bg', 'el', 'sq', 'zh',
  'vi', 'tl', 'ne', 'my', 'si', 'he', 'hu', 'cs', 'sk', 'lt', 'lv',
] as const;

/**
 * A spoken language's name in the interface language, from the browser's own data (Intl), so the
 * list needs no translations of its own. Persian is named with Dari beside it ("Persian (Dari)"):
 * the ISO code is the same, and Afghan families look for the name they use.
 */
export function spokenLanguageName(code: string, interfaceLanguage: string): string {
  try {
    const names = new Intl.DisplayNames([formatLocale(interfaceLanguage)], { type: 'language', fallback: 'code' });
    const name = names.of(code) ?? code;
    if (code === 'fa') {
      const dari = names.of('fa-AF');
      if (dari && dari !== name && dari !== 'fa-AF') return `${name} (${dari})`;
    }
    return name;
  } catch {
    return code; // an unknown or malformed code from the server: show it as it is
  }
}

/** The spoken languages, named and sorted in the interface language's own alphabetical order. */
export function spokenLanguageOptions(interfaceLanguage: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(formatLocale(interfaceLanguage));
  return SPOKEN_LANGUAGE_CODES.map((code) => ({ code, name: spokenLanguageName(code, interfaceLanguage) })).sort(
    (a, b) => collator.compare(a.name, b.name),
  );
}
