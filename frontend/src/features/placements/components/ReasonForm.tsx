import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, SubmitButton, TextAreaField, textValue, type FormSubmission } from '../../../components/form';

const REASON_MAX = 2000;

type ReasonFormProps = {
  /** The form's bookkeeping (busy, errors); the caller runs the request through it. */
  form: FormSubmission;
  label: string;
  help: string;
  submitLabel: string;
  busyLabel: string;
  /** Called with the reason, trimmed, once it is not empty. */
  onSubmit: (reason: string) => void;
  onCancel: () => void;
};

/** A refusal that needs a written reason (reject a proposal, decline a family), with Cancel. */
export function ReasonForm({ form, label, help, submitLabel, busyLabel, onSubmit, onCancel }: ReasonFormProps) {
  const { t } = useTranslation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = textValue(event.currentTarget, 'reason').trim();
    if (form.showClientErrors(reason ? {} : { reason: 'validation.required' })) return;
    onSubmit(reason);
  }

  return (
    <form className="form stack confirm" noValidate onSubmit={handleSubmit}>
      <ErrorSummary submission={form} />
      <TextAreaField
        label={label}
        name="reason"
        help={help}
        error={form.fieldErrors.reason}
        maxLength={REASON_MAX}
        required
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens when the user asks for it (e.g. Decline); focus goes to the one field it has
        autoFocus
      />
      <div className="wizard__actions">
        <SubmitButton busy={form.busy} busyLabel={busyLabel}>
          {submitLabel}
        </SubmitButton>
        <button
          type="button"
          className="button button--secondary"
          disabled={form.busy}
          onClick={() => {
            form.reset();
            onCancel();
          }}
        >
          {t('placements.cancel')}
        </button>
      </div>
    </form>
  );
}
