import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/feedback';
import { IsolatedText, isolate } from '../../../lib/i18n';
import {
  ErrorSummary,
  SubmitButton,
  TextField,
  collectErrors,
  emailError,
  textValue,
  useFormSubmission,
} from '../../../components/form';
import { requestPasswordReset } from '../api/auth-api';

const FIELDS = ['email'] as const;

/** Asks for a reset link. The page says the same whatever the address: it must not tell who has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const submission = useFormSubmission({ fields: FIELDS });
  const { fieldErrors } = submission;
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = textValue(event.currentTarget, 'email').trim();
    if (submission.showClientErrors(collectErrors({ email: emailError(email) }))) return;
    const succeeded = await submission.run(() => requestPasswordReset(email));
    if (succeeded) setSentTo(email);
  }

  if (sentTo) {
    return (
      <StatusMessage title={t('forgotPassword.sentTitle')}>
        <p>
          <IsolatedText>{t('forgotPassword.sent', { email: isolate(sentTo) })}</IsolatedText>
        </p>
      </StatusMessage>
    );
  }
  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary submission={submission} />
      <TextField
        label={t('forgotPassword.email')}
        name="email"
        type="email"
        autoComplete="email"
        dir="ltr"
        error={fieldErrors.email}
      />
      <SubmitButton busy={submission.busy} busyLabel={t('forgotPassword.submitting')}>
        {t('forgotPassword.submit')}
      </SubmitButton>
    </form>
  );
}
