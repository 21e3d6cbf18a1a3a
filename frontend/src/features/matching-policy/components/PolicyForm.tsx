import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/feedback';
import { ErrorSummary, SubmitButton, TextField, useFormSubmission } from '../../../components/form';
import { useSavePolicyMutation } from '../api/policy-queries';
import {
  SERVER_FIELD_ALIASES,
  changedFields,
  defaultDraft,
  draftOf,
  readDraft,
  type DraftProblem,
  type PolicyDraft,
} from '../policy-form';
import { POLICY_FIELDS, POLICY_GROUPS, type MatchingPolicy, type PolicyField, type PolicyFieldName } from '../types';

const FIELD_NAMES = POLICY_FIELDS.map((field) => field.name);

type Notice = 'saved' | 'unchanged' | 'defaults';

type PolicyFormProps = {
  policy: MatchingPolicy;
  /** Shown with the confirmation after a save, e.g. a link to the change in the audit log. */
  savedLinks?: ReactNode;
};

/**
 * Every setting of the matching policy, grouped as the solver uses them, each with what it does.
 * The whole policy is sent at once (the API replaces it), and only when something changed.
 */
export function PolicyForm({ policy, savedLinks }: PolicyFormProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(policy);
  const [draft, setDraft] = useState<PolicyDraft>(() => draftOf(policy));
  const [problems, setProblems] = useState<Partial<Record<PolicyFieldName, DraftProblem>>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  // Attempts this form refused before sending (a value out of range), to focus the error summary.
  const [refused, setRefused] = useState(0);
  const submission = useFormSubmission({ fields: FIELD_NAMES, aliases: SERVER_FIELD_ALIASES });
  const { mutateAsync: savePolicy } = useSavePolicyMutation();
  const hasProblems = Object.keys(problems).length > 0;

  function errorFor(field: PolicyField): string | undefined {
    const problem = problems[field.name];
    if (problem === 'required') return t('validation.required');
    if (problem === 'range') return t('adminPolicy.rangeError', { min: field.min, max: field.max });
    return submission.fieldErrors[field.name];
  }

  function change(name: PolicyFieldName, value: string) {
    setDraft((previous) => ({ ...previous, [name]: value }));
    setNotice(null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    submission.reset();
    const read = readDraft(draft);
    setProblems(read.problems ?? {});
    if (!read.policy) {
      setRefused((count) => count + 1);
      return;
    }
    if (changedFields(current, read.policy).length === 0) {
      // Saving the same values would only add an empty entry to the audit log.
      setNotice('unchanged');
      return;
    }
    const next = read.policy;
    const saved = await submission.run(async () => {
      const stored = await savePolicy(next);
      setCurrent(stored);
      setDraft(draftOf(stored));
    });
    if (saved) setNotice('saved');
  }

  // The summary lists the same messages as the fields, whichever side found them.
  const fieldErrors = Object.fromEntries(
    POLICY_FIELDS.map((field): [string, string | undefined] => [field.name, errorFor(field)]).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );

  return (
    <form className="form form--wide" noValidate onSubmit={handleSubmit}>
      <ErrorSummary
        submission={{
          alert: hasProblems ? t('problems.validation-failed') : submission.alert,
          fieldErrors,
          failures: refused + submission.failures,
        }}
      />
      <p className="form__note">{t('form.allRequired')}</p>
      {POLICY_GROUPS.map((group) => (
        <fieldset key={group.id} className="fieldset card stack">
          <legend className="fieldset__legend">{t(`adminPolicy.groups.${group.id}.title`)}</legend>
          <p>{t(`adminPolicy.groups.${group.id}.intro`)}</p>
          {group.fields.map((field) => (
            <TextField
              key={field.name}
              label={t(`adminPolicy.fields.${field.name}.label`)}
              name={field.name}
              inputMode="numeric"
              autoComplete="off"
              className="field__input--short"
              help={`${t(`adminPolicy.fields.${field.name}.help`)} ${t('adminPolicy.range', {
                min: field.min,
                max: field.max,
                suggested: field.defaultValue,
              })}`}
              value={draft[field.name]}
              onChange={(event) => change(field.name, event.target.value)}
              error={errorFor(field)}
            />
          ))}
        </fieldset>
      ))}
      {notice === 'saved' && (
        <StatusMessage title={t('adminPolicy.savedTitle')}>
          <p>{t('adminPolicy.saved')}</p>
          {savedLinks}
        </StatusMessage>
      )}
      {notice === 'unchanged' && <StatusMessage>{t('adminPolicy.unchanged')}</StatusMessage>}
      {notice === 'defaults' && <StatusMessage>{t('adminPolicy.defaultsFilled')}</StatusMessage>}
      <div className="wizard__actions">
        <SubmitButton busy={submission.busy} busyLabel={t('adminPolicy.saving')}>
          {t('adminPolicy.save')}
        </SubmitButton>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(defaultDraft());
            setProblems({});
            submission.reset();
            setNotice('defaults');
          }}
        >
          {t('adminPolicy.useDefaults')}
        </button>
      </div>
    </form>
  );
}
