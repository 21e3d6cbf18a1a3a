import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { ValidationKey } from './validation';

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
