/**
 * The conventions dates and numbers are written in for each interface language. English is British
 * English: Haven runs in the UK ("28 Nov 2025, 14:30", not "Nov 28, 2025, 2:30 PM"). Dari readers
 * get the Solar Hijri calendar and Persian digits with Persian separators (۱٬۲۳۴٫۵), as Afghan
 * documents and schools write them, and as Haven's Dari texts already write the numbers inside them
 * ("۱۲ حرف"): one digit system for every number Haven writes, counts, dates and page numbers alike
 * (i18n.ts sends every number in a sentence through formatNumber). Latin digits are left only in what
 * is copied as typed, a case reference (F-DEMO01), a postcode or an email, each isolated (<bdi>).
 * The numbering system is named ("arabext") rather than left to each browser's data.
 */
const FORMAT_LOCALE: Record<string, string> = { en: 'en-GB', uk: 'uk-UA', 'fa-AF': 'fa-AF-u-nu-arabext' };

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(FORMAT_LOCALE[language] ?? language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/**
 * A calendar date the API sends as YYYY-MM-DD (available from, a DBS check). Read as that day
 * wherever the reader is: parsed and written in UTC, so it never slips to the day before.
 */
export function formatDate(isoDate: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(FORMAT_LOCALE[language] ?? language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    date,
  );
}

/** The locale Intl should use for an interface language (British English for 'en'). */
export function formatLocale(language: string): string {
  return FORMAT_LOCALE[language] ?? language;
}

/** A number in the reader's digits and separators (Persian in Dari). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(FORMAT_LOCALE[language] ?? language).format(value);
}
