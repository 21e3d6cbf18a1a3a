import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { problemMessage } from './problem-message';
import type { ValidationKey } from './validation';

type SubmissionOptions = {
  /** The fields this form shows; errors on any other field are added to the alert instead. */
  fields: readonly string[];
  /** Server field name → form field name, where they differ (login's `username` is the email). */
  aliases?: Record<string, string>;
};

/**
 * What went wrong, kept as data rather than sentences: the messages are worded at render time,
 * so they switch language with the rest of the page.
 */
type Failure =
  | { kind: 'client'; fieldKeys: Record<string, ValidationKey> }
  | { kind: 'server'; error: unknown; fieldMessages: Record<string, string>; unplacedMessages: string[] };

export type FormSubmission = {
  busy: boolean;
  /** The sentence for the alert at the top of the form, if any. */
  alert: string | null;
  /** Field name → message to show next to that field. */
  fieldErrors: Record<string, string>;
  /** Runs the request; on failure fills `alert` and `fieldErrors` and resolves to false. */
  run: (action: () => Promise<void>) => Promise<boolean>;
  /** Shows errors found before sending (empty fields, a short password). Returns true if there were any. */
  showClientErrors: (errors: Record<string, ValidationKey>) => boolean;
  reset: () => void;
};

/** The busy / alert / field-error bookkeeping that every form in Haven shares. */
export function useFormSubmission({ fields, aliases }: SubmissionOptions): FormSubmission {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const reset = useCallback(() => setFailure(null), []);

  const showClientErrors = useCallback((fieldKeys: Record<string, ValidationKey>) => {
    const any = Object.keys(fieldKeys).length > 0;
    setFailure(any ? { kind: 'client', fieldKeys } : null);
    return any;
  }, []);

  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      setFailure(null);
      try {
        await action();
        return true;
      } catch (error) {
        if (!isApiError(error)) console.error(error);
        setFailure(serverFailure(error, fields, aliases ?? {}));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [aliases, fields],
  );

  const { alert, fieldErrors } = useMemo(() => {
    if (!failure) return { alert: null, fieldErrors: {} };
    if (failure.kind === 'client') {
      const translated = Object.fromEntries(Object.entries(failure.fieldKeys).map(([field, key]) => [field, t(key)]));
      return { alert: t('problems.validation-failed'), fieldErrors: translated };
    }
    return {
      alert: [problemMessage(failure.error, t), ...failure.unplacedMessages].join(' '),
      fieldErrors: failure.fieldMessages,
    };
  }, [failure, t]);

  return { busy, alert, fieldErrors, run, showClientErrors, reset };
}

function serverFailure(error: unknown, fields: readonly string[], aliases: Record<string, string>): Failure {
  const fieldMessages: Record<string, string> = {};
  const unplacedMessages: string[] = [];
  if (isApiError(error)) {
    for (const [serverField, message] of Object.entries(error.fieldErrors)) {
      const field = aliases[serverField] ?? serverField;
      if (fields.includes(field)) fieldMessages[field] = message;
      else unplacedMessages.push(message);
    }
  }
  return { kind: 'server', error, fieldMessages, unplacedMessages };
}
