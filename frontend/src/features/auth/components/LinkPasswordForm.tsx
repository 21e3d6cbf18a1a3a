import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ErrorSummary,
  SubmitButton,
  TextField,
  collectErrors,
  passwordLengthError,
  useFormSubmission,
  textValue,
} from '../../../components/form';
import { setPasswordThroughLink, type PasswordLinkKind } from '../api/auth-api';
import { linkProblem } from './link-problems';

const FIELDS = ['newPassword'] as const;

type LinkPasswordFormProps = {
  kind: PasswordLinkKind;
  token: string;
  /** The password is set; the person logs in with it next. */
  onPasswordSet: () => void;
};

/** Chooses a password through an emailed link: a reset link or an invitation. */
export function LinkPasswordForm({ kind, token, onPasswordSet }: LinkPasswordFormProps) {
  const { t } = useTranslation();
  const submission = useFormSubmission({ fields: FIELDS, alertFor: linkProblem });
  const { fieldErrors } = submission;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const newPassword = textValue(form, 'newPassword');
    if (submission.showClientErrors(collectErrors({ newPassword: passwordLengthError(newPassword) }))) return;
    const succeeded = await submission.run(() => setPasswordThroughLink(kind, token, newPassword));
    if (!succeeded) return;
    form.reset(); // passwords should not linger in the page
    onPasswordSet();
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary submission={submission} />
      <TextField
        label={t('links.newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        help={t('password.rules')}
        error={fieldErrors.newPassword}
      />
      <SubmitButton busy={submission.busy} busyLabel={t('links.saving')}>
        {t(kind === 'invitation' ? 'links.invitationSubmit' : 'links.resetSubmit')}
      </SubmitButton>
    </form>
  );
}
