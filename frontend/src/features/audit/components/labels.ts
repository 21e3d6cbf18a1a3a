import type { TFunction } from 'i18next';
import en from '../../../lib/i18n/locales/en.json';

// Actions and settings of pages that have their own section in the locale files.
type PolicyAction = keyof typeof en.adminPolicy.auditActions;
// One of the policy's label keys stands for all of them: isPolicyField checks the key exists.
type PolicyFieldLabel = 'adminPolicy.fields.arrivalWindowDays.label';

function isKnown<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

/** The action in the reader's words where we have them; otherwise the server's code, which is stable. */
export function actionLabel(action: string, t: TFunction): string {
  if (isKnown(en.audit.actions, action)) return t(`audit.actions.${action}`);
  if (isKnown(en.adminPolicy.auditActions, action)) return t(`adminPolicy.auditActions.${action as PolicyAction}`);
  return action;
}

export function subjectTypeLabel(subjectType: string, t: TFunction): string {
  return isKnown(en.audit.subjectTypes, subjectType) ? t(`audit.subjectTypes.${subjectType}`) : subjectType;
}

/**
 * A matching-policy setting by its path (`weights.noSharedLanguage`, `urgencyWeights.CRITICAL`),
 * named as on the policy page.
 */
function isPolicyField(field: string): boolean {
  let node: unknown = en.adminPolicy.fields;
  for (const part of field.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'object' && node !== null && Object.hasOwn(node, 'label');
}

export function fieldLabel(field: string, t: TFunction): string {
  if (isKnown(en.audit.fields, field)) return t(`audit.fields.${field}`);
  if (isPolicyField(field)) return t(`adminPolicy.fields.${field}.label` as PolicyFieldLabel);
  return field;
}

/** A recorded value as a reader knows it: roles and statuses by their names, nothing as "none". */
export function valueLabel(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('audit.noValue');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (field === 'role' && isKnown(en.roles, text)) return t(`roles.${text}`);
  if (field === 'status' && isKnown(en.accounts.statuses, text)) {
    return t(`accounts.statuses.${text}`);
  }
  return text;
}
