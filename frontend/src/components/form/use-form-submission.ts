import type { TFunction } from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { problemMessage } from './problem-message';
import type { ValidationKey } from './validation';
import en from '../../lib/i18n/locales/en.json';

type SubmissionOptions = {
  /** The fields this form shows; errors on any other field are added to the alert instead. */
  fields: readonly string[];
  /** Server field name → form field name, where they differ (login's `username` is the email). */
  aliases?: Record<string, string>;
  /**
   * The alert's wording for a failed request, where this form knows better than the generic
   * sentence (a refused status change naming what is missing, say). Return null for the default.
   */
  alertFor?: (error: unknown, t: TFunction) => string | null;
  /**
   * The wording of a server field-error code where this form knows better than the shared
   * sentence (the same code can mean a different date rule on another form). Null for the default.
   */
  codeWording?: (code: string | undefined, t: TFunction) => string | null;
};

/**
 * What went wrong, kept as data rather than sentences: the messages are worded at render time,
 * so they switch language with the rest of the page.
 */
type Failure =
  | { kind: 'client'; fieldKeys: Record<string, ValidationKey> }
  | {
      kind: 'server';
      error: unknown;
      fieldProblems: Record<string, ServerFieldProblem>;
      unplaced: ServerFieldProblem[];
    };

/** The server's English message and its stable code, which we translate when we know it. */
type ServerFieldProblem = { code: string | undefined; message: string };

type KnownServerCode = keyof typeof en.serverFieldErrors;

function isKnownServerCode(code: string | undefined): code is KnownServerCode {
  return code !== undefined && Object.hasOwn(en.serverFieldErrors, code);
}

export type FormSubmission = {
  busy: boolean;
  /** The sentence for the alert at the top of the form, if any. */
  alert: string | null;
  /** Field name → message to show next to that field. */
  fieldErrors: Record<string, string>;
  /** How many attempts have failed so far: the error summary takes focus after each. */
  failures: number;
  /** Runs the request; on failure fills `alert` and `fieldErrors` and resolves to false. */
  run: (action: () => Promise<void>) => Promise<boolean>;
  /** Shows errors found before sending (empty fields, a short password). Returns true if there were any. */
  showClientErrors: (errors: Record<string, ValidationKey>) => boolean;
  reset: () => void;
};

/** The busy / alert / field-error bookkeeping that every form in Haven shares. */
export function useFormSubmission({ fields, aliases, alertFor, codeWording }: SubmissionOptions): FormSubmission {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [failures, setFailures] = useState(0);

  const reset = useCallback(() => setFailure(null), []);

  const showClientErrors = useCallback((fieldKeys: Record<string, ValidationKey>) => {
    const any = Object.keys(fieldKeys).length > 0;
    setFailure(any ? { kind: 'client', fieldKeys } : null);
    if (any) setFailures((count) => count + 1);
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
        setFailures((count) => count + 1);
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
    const worded = (problem: ServerFieldProblem): string =>
      codeWording?.(problem.code, t) ??
      (isKnownServerCode(problem.code) ? t(`serverFieldErrors.${problem.code}`) : problem.message);
    const lead = alertFor?.(failure.error, t) ?? problemMessage(failure.error, t);
    return {
      alert: [lead, ...failure.unplaced.map(worded)].join(' '),
      fieldErrors: Object.fromEntries(
        Object.entries(failure.fieldProblems).map(([field, problem]) => [field, worded(problem)]),
      ),
    };
  }, [alertFor, codeWording, failure, t]);

  return { busy, alert, fieldErrors, failures, run, showClientErrors, reset };
}

function serverFailure(error: unknown, fields: readonly string[], aliases: Record<string, string>): Failure {
  const fieldProblems: Record<string, ServerFieldProblem> = {};
  const unplaced: ServerFieldProblem[] = [];
  if (isApiError(error)) {
    for (const [serverField, message] of Object.entries(error.fieldErrors)) {
      const problem = { code: error.fieldErrorCodes[serverField], message };
      const field = aliases[serverField] ?? serverField;
      if (fields.includes(field)) fieldProblems[field] = problem;
      else unplaced.push(problem);
    }
  }
  return { kind: 'server', error, fieldProblems, unplaced };
}
