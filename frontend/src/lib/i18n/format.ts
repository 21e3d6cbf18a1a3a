/**
 * The conventions dates are written in for each interface language. English is British English:
 * Haven runs in the UK ("28 Nov 2025, 14:30", not "Nov 28, 2025, 2:30 PM"). Dari readers get the
 * Solar Hijri calendar and Persian digits, as Afghan documents use.
 */
const FORMAT_LOCALE: Record<string, string> = { en: 'en-GB', uk: 'uk-UA', 'fa-AF': 'fa-AF' };

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(FORMAT_LOCALE[language] ?? language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
