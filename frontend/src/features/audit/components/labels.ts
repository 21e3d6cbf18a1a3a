import type { TFunction } from 'i18next';
import en from '../../../lib/i18n/locales/en.json';

type KnownAction = keyof typeof en.audit.actions;
type KnownSubjectType = keyof typeof en.audit.subjectTypes;
type KnownField = keyof typeof en.audit.fields;

function isKnown<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

/** The action in the reader's words where we have them; otherwise the server's code, which is stable. */
export function actionLabel(action: string, t: TFunction): string {
  return isKnown(en.audit.actions, action) ? t(`audit.actions.${action as KnownAction}`) : action;
}

export function subjectTypeLabel(subjectType: string, t: TFunction): string {
  return isKnown(en.audit.subjectTypes, subjectType)
    ? t(`audit.subjectTypes.${subjectType as KnownSubjectType}`)
    : subjectType;
}

export function fieldLabel(field: string, t: TFunction): string {
  return isKnown(en.audit.fields, field) ? t(`audit.fields.${field as KnownField}`) : field;
}

/** A recorded value as a reader knows it: roles and statuses by their names, nothing as "none". */
export function valueLabel(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('audit.noValue');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (field === 'role' && isKnown(en.roles, text)) return t(`roles.${text as keyof typeof en.roles}`);
  if (field === 'status' && isKnown(en.accounts.statuses, text)) {
    return t(`accounts.statuses.${text as keyof typeof en.accounts.statuses}`);
  }
  return text;
}
