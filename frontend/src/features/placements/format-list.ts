import { formatLocale } from '../../lib/i18n';

/** "a, b and c" in the reader's language (Dari has its own comma and "and"). */
export function formatList(items: readonly string[], language: string): string {
  try {
    return new Intl.ListFormat(formatLocale(language), { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
