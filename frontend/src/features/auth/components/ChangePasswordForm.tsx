import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/feedback';
import {
  ErrorSummary,
  SubmitButton,
  TextField,
  collectErrors,
  passwordLengthError,
  requiredError,
  useFormSubmission,
  textValue,
} from '../../../components/form';
import { changePassword } from '../api/auth-api';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Works both on "My account" and on the forced first-login page (onChanged decides what follows). */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const submission = useFormSubmission({ fields: FIELDS });
  const { fieldErrors } = submission;
  const [changed, setChanged] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const currentPassword = textValue(form, 'currentPassword');
    const newPassword = textValue(form, 'newPassword');
    setChanged(false);
    const clientErrors = collectErrors({
      currentPassword: requiredError(currentPassword),
      newPassword: passwordLengthError(newPassword),
    });
    if (submission.showClientErrors(clientErrors)) return;

    const succeeded = await submission.run(() => changePassword({ currentPassword, newPassword }));
    if (!succeeded) return;
    form.reset(); // passwords should not linger in the page
    setChanged(true);
    await onChanged?.();
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary submission={submission} />
      {changed && <StatusMessage>{t('account.changed')}</StatusMessage>}
      <TextField
        label={t('account.currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={fieldErrors.currentPassword}
      />
      <TextField
        label={t('account.newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        help={t('password.rules')}
        error={fieldErrors.newPassword}
      />
      <SubmitButton busy={submission.busy} busyLabel={t('account.submitting')}>
        {t('account.submit')}
      </SubmitButton>
    </form>
  );
}
