import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ErrorSummary,
  SubmitButton,
  TextField,
  collectErrors,
  requiredError,
  textValue,
  useFormSubmission,
} from '../../../components/form';
import { verifySecondFactor } from '../api/auth-api';

const FIELDS = ['code'] as const;

/**
 * The second step of a sign-in: the 6-digit code the authenticator app shows, or (for a lost
 * phone) one of the recovery codes. `onVerified` runs once the session is fully signed in.
 */
export function SecondFactorForm({ onVerified }: { onVerified: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const submission = useFormSubmission({ fields: FIELDS });
  const [recovery, setRecovery] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const code = textValue(form, 'code').trim();
    if (submission.showClientErrors(collectErrors({ code: requiredError(code) }))) return;
    const succeeded = await submission.run(() => verifySecondFactor(code));
    if (!succeeded) return;
    form.reset();
    await onVerified();
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary submission={submission} />
      {recovery ? (
        <TextField
          key="recovery"
          label={t('secondFactor.recoveryCode')}
          name="code"
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          help={t('secondFactor.recoveryCodeHelp')}
          error={submission.fieldErrors.code}
        />
      ) : (
        <TextField
          key="app"
          label={t('secondFactor.appCode')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          dir="ltr"
          help={t('secondFactor.appCodeHelp')}
          error={submission.fieldErrors.code}
        />
      )}
      <SubmitButton busy={submission.busy} busyLabel={t('secondFactor.checking')}>
        {t('secondFactor.submit')}
      </SubmitButton>
      <p>
        <button type="button" className="button button--link" onClick={() => setRecovery(!recovery)}>
          {recovery ? t('secondFactor.useApp') : t('secondFactor.useRecoveryCode')}
        </button>
      </p>
    </form>
  );
}
