import type { FormatterModule } from 'i18next';
import { formatNumber } from './format';
import { DEFAULT_LANGUAGE } from './languages';

function formattedElsewhere(): never {
  throw new Error('Haven’s i18next formatter writes numbers only: format anything else with lib/i18n/format.ts');
}

/**
 * Takes the place of i18next's own formatter (with interpolation.alwaysFormat): every number put
 * into a sentence is written by formatNumber, in the reader's digits, whether or not its
 * placeholder says ", number". A Dari sentence therefore never shows Latin digits next to the
 * Persian ones of its dates. Anything else (a name, an already written date) is left as it is;
 * the locale files use no format but "number" (a test checks).
 */
export const numberFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: formattedElsewhere,
  addCached: formattedElsewhere,
  format: (value: unknown, _format, language) =>
    typeof value === 'number' ? formatNumber(value, language ?? DEFAULT_LANGUAGE) : (value as string),
};
