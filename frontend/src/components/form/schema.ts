import type { FieldErrors, FieldValues } from 'react-hook-form';
import { z } from 'zod';
import type { ValidationKey } from './validation';

/**
 * A text answer in a form's schema, checked by a rule that names what is wrong by its translation
 * key: the message is worded in the reader's language where it is shown (useFormSubmission), the
 * same words in English, Ukrainian and Dari as every other check in Haven.
 */
export function checkedText(rule: (value: string) => ValidationKey | undefined) {
  return z.string().superRefine((value, context) => {
    const key = rule(value);
    if (key) context.addIssue({ code: 'custom', message: key });
  });
}

/** A choice from a list, '' until one is made: `rule` says when that is wrong (validation.choose). */
export function checkedChoice<Choice extends string>(rule: (value: Choice | '') => ValidationKey | undefined) {
  return z
    .custom<Choice | ''>((value) => typeof value === 'string')
    .superRefine((value, context) => {
      const key = rule(value);
      if (key) context.addIssue({ code: 'custom', message: key });
    });
}

/** The issues of a schema's parse as field path (`members[0].age`) → translation key. */
export function issueKeys(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, ValidationKey> {
  const keys: Record<string, ValidationKey> = {};
  for (const { path, message } of issues) {
    const name = path.reduce<string>(
      (joined, part) =>
        typeof part === 'number' ? `${joined}[${part}]` : joined ? `${joined}.${String(part)}` : String(part),
      '',
    );
    if (message.startsWith('validation.') && !keys[name]) keys[name] = message as ValidationKey;
  }
  return keys;
}

/**
 * The errors a form's schema found (react-hook-form's nested shape), as field name → translation
 * key, with list entries named as the server names them (`members[0].age`): both kinds of error
 * are then shown the same way, next to their field (see useFormSubmission).
 */
export function schemaErrorKeys<Values extends FieldValues>(
  errors: FieldErrors<Values>,
): Record<string, ValidationKey> {
  const keys: Record<string, ValidationKey> = {};
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const { message } = node as { message?: unknown };
    if (typeof message === 'string' && message.startsWith('validation.')) {
      keys[path] = message as ValidationKey;
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'ref' || key === 'root') continue;
      visit(child, /^\d+$/.test(key) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
    }
  };
  visit(errors, '');
  return keys;
}
