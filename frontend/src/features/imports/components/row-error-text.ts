import type { TFunction } from 'i18next';
import en from '../../../lib/i18n/locales/en.json';
import type { RowError } from '../types';

type ImportCode = keyof typeof en.import.errorCodes;
type ServerCode = keyof typeof en.serverFieldErrors;

function isImportCode(code: string): code is ImportCode {
  return Object.hasOwn(en.import.errorCodes, code);
}

function isServerCode(code: string): code is ServerCode {
  return Object.hasOwn(en.serverFieldErrors, code);
}

/**
 * What is wrong with a cell, in the reader's language. The server words its message in English for
 * the very value it read ("Write one of F, M, X."), which is the most useful sentence for an English
 * reader; in other languages the stable code is translated, and an unknown code falls back to the
 * server's message.
 */
export function rowErrorText(error: RowError, t: TFunction, language: string): string {
  if (language === 'en' && error.message) return error.message;
  if (isImportCode(error.code)) return t(`import.errorCodes.${error.code}`);
  if (isServerCode(error.code)) return t(`serverFieldErrors.${error.code}`);
  return error.message;
}
