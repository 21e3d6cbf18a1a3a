import type { TFunction } from 'i18next';
import en from '../../../lib/i18n/locales/en.json';

// A key checked at run time (isPolicyField, hasMessage, actionMessage) stands as one known key for the compiler.
type CheckedKey = 'adminPolicy.fields.arrivalWindowDays.label';

function isKnown<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

/** Whether the English locale file has this key (a dotted path to a string). */
function hasMessage(path: string): boolean {
  let node: unknown = en;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/**
 * How an action is worded: a message key, and for each of its values the key of the label to put
 * there. Most actions have a label of their own; a status change is worded from the statuses'
 * labels ("Vetting moved from Applied to Checks in progress"), so that every status pair the
 * server can record reads well without a label per pair.
 */
export type ActionMessage = { key: string; values: Record<string, string> };

const STATUS_PATTERNS: { pattern: RegExp; message: (from: string, to?: string) => ActionMessage }[] = [
  {
    pattern: /^VETTING_([A-Z_]+)_TO_([A-Z_]+)$/,
    message: (from, to): ActionMessage =>
      from === to
        ? { key: 'audit.actionPatterns.vettingChecked', values: { status: `vettingStatuses.${from}` } }
        : {
            key: 'audit.actionPatterns.vettingMoved',
            values: { from: `vettingStatuses.${from}`, to: `vettingStatuses.${to ?? ''}` },
          },
  },
  {
    pattern: /^FAMILY_STATUS_([A-Z_]+)$/,
    message: (status) => ({ key: 'audit.actionPatterns.familyStatus', values: { status: `familyStatuses.${status}` } }),
  },
  {
    pattern: /^OFFER_SAVED_([A-Z_]+)$/,
    message: (status) => ({ key: 'audit.actionPatterns.offerSaved', values: { status: `offerStatuses.${status}` } }),
  },
];

/** The action's wording, or null when this version of Haven has none for it. */
export function actionMessage(action: string): ActionMessage | null {
  if (isKnown(en.audit.actions, action)) return { key: `audit.actions.${action}`, values: {} };
  if (isKnown(en.adminPolicy.auditActions, action)) return { key: `adminPolicy.auditActions.${action}`, values: {} };
  for (const { pattern, message } of STATUS_PATTERNS) {
    const match = pattern.exec(action);
    if (!match?.[1]) continue;
    const found = message(match[1], match[2]);
    if (Object.values(found.values).every(hasMessage)) return found;
  }
  return null;
}

/** t for keys checked at run time (actionMessage): the compiler cannot know their placeholders. */
type CheckedT = (key: string, options?: Record<string, string>) => string;

/** The action in the reader's words where we have them; otherwise the server's code, which is stable. */
export function actionLabel(action: string, t: TFunction): string {
  const message = actionMessage(action);
  if (!message) return action;
  const checkedT = t as unknown as CheckedT;
  const values = Object.fromEntries(Object.entries(message.values).map(([name, key]) => [name, checkedT(key)]));
  return checkedT(message.key, values);
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
  if (isPolicyField(field)) return t(`adminPolicy.fields.${field}.label` as CheckedKey);
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
