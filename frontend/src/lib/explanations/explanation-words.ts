import type { TFunction } from 'i18next';
import type { SentenceKey } from '../api';
import en from '../i18n/locales/en.json';
import { formatDate, formatLocale, spokenLanguageName } from '../i18n';

/**
 * The server words each rule's sentence in English (`text`) and also sends it as a message key
 * with its values (`key`, `values`): this words it in the reader's language. The server picks the
 * sentence; this only fills it in (numbers and dates in the reader's digits and calendar,
 * languages by their names, codes by their labels).
 */

const EXPLAIN: Record<string, unknown> = en.matching.explain;

/** Whether the locale files have the sentence (plural forms end in _one, _other...). */
function hasSentence(key: string): boolean {
  const [rule, variant, ...rest] = key.split('.');
  if (!rule || !variant || rest.length > 0 || rule === 'values') return false;
  const sentences = EXPLAIN[rule];
  if (typeof sentences !== 'object' || sentences === null) return false;
  return Object.hasOwn(sentences, variant) || Object.hasOwn(sentences, `${variant}_other`);
}

/** Keeps text a person typed (a place, a case reference) in its own direction inside a sentence. */
function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

const DATE_VALUES = new Set(['start', 'neededFrom']);
const CODE_VALUES = new Set(['stepFree', 'dbsLevel']);

function wordValue(name: string, value: unknown, t: TFunction, language: string): unknown {
  // `count` stays a number: i18next picks the plural form from it and formats it itself.
  if (name === 'count') return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) {
    const names = value.map((code) => spokenLanguageName(String(code), language));
    return new Intl.ListFormat(formatLocale(language), { type: 'conjunction' }).format(names);
  }
  const text = String(value);
  if (DATE_VALUES.has(name)) return formatDate(text, language);
  if (CODE_VALUES.has(name)) {
    const codes = en.matching.explain.values[name as 'stepFree'];
    return Object.hasOwn(codes, text) ? t(`matching.explain.values.${name as 'stepFree'}.${text as 'ALL'}`) : text;
  }
  return isolated(text);
}

/**
 * The sentence in the reader's language, or null when the line carries no key this version knows
 * (an explanation stored before keys existed): the caller then shows the server's English text.
 */
export function wordedSentence(line: SentenceKey, t: TFunction, language: string): string | null {
  if (!line.key || !hasSentence(line.key)) return null;
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(line.values ?? {})) {
    if (value !== null && value !== undefined) values[name] = wordValue(name, value, t, language);
  }
  // Numbers are formatted by the locale files ({{km, number}}), in the reader's digits. The key was
  // checked above, so the compiler's knowledge of keys and placeholders is set aside here.
  const checkedT = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return checkedT(`matching.explain.${line.key}`, values);
}

/** Whether any line of an explanation can only be shown in the server's English. */
export function hasEnglishOnly(lines: readonly SentenceKey[], t: TFunction, language: string): boolean {
  return lines.some((line) => wordedSentence(line, t, language) === null);
}
