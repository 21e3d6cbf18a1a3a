import type { TFunction } from 'i18next';
import en from '../../lib/i18n/locales/en.json';

/**
 * Names of the statuses, urgencies and reasons the figures are counted by, in the reader's words;
 * a code this page does not know yet (added to the server later) is shown as the server sends it.
 */
function known<T extends object>(table: T, code: string): code is Extract<keyof T, string> {
  return Object.hasOwn(table, code);
}

export function vettingStatusLabel(code: string, t: TFunction): string {
  return known(en.vettingStatuses, code) ? t(`vettingStatuses.${code}`) : code;
}

export function familyStatusLabel(code: string, t: TFunction): string {
  return known(en.familyStatuses, code) ? t(`familyStatuses.${code}`) : code;
}

export function urgencyLabel(code: string, t: TFunction): string {
  return known(en.urgencies, code) ? t(`urgencies.${code}`) : code;
}

export function placementStatusLabel(code: string, t: TFunction): string {
  return known(en.statistics.placementStatuses, code) ? t(`statistics.placementStatuses.${code}`) : code;
}

export function endReasonLabel(code: string, t: TFunction): string {
  return known(en.statistics.endReasons, code) ? t(`statistics.endReasons.${code}`) : code;
}
