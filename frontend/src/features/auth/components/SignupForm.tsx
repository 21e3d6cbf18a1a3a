import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ErrorSummary,
  SubmitButton,
  TextField,
  collectErrors,
  emailError,
  passwordLengthError,
  requiredError,
  useFormSubmission,
  textValue,
} from '../../../components/form';
import { register } from '../api/auth-api';

const FIELDS = ['displayName', 'email', 'password'] as const;

type SignupFormProps = {
  /** Called once the sign-up is sent: the person confirms their address from the email. */
  onSignedUp: (email: string) => void;
};

/**
 * Host self-registration. The account works once the link emailed to the address is followed;
 * the answer is the same for an address that already has an account (its owner is emailed).
 */
export function SignupForm({ onSignedUp }: SignupFormProps) {
  const { t } = useTranslation();
  const submission = useFormSubmission({ fields: FIELDS });
  const { fieldErrors } = submission;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const displayName = textValue(event.currentTarget, 'displayName').trim();
    const email = textValue(event.currentTarget, 'email').trim();
    const password = textValue(event.currentTarget, 'password');
    const clientErrors = collectErrors({
      displayName: requiredError(displayName),
      email: emailError(email),
      password: passwordLengthError(password),
    });
    if (submission.showClientErrors(clientErrors)) return;

    const succeeded = await submission.run(() => register({ displayName, email, password }));
    if (succeeded) onSignedUp(email);
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary submission={submission} />
      <p className="form__note">{t('form.allRequired')}</p>
      <TextField
        label={t('signup.displayName')}
        name="displayName"
        autoComplete="name"
        help={t('signup.displayNameHelp')}
        error={fieldErrors.displayName}
      />
      <TextField
        label={t('signup.email')}
        name="email"
        type="email"
        autoComplete="email"
        dir="ltr"
        help={t('signup.emailHelp')}
        error={fieldErrors.email}
      />
      <TextField
        label={t('signup.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        help={t('password.rules')}
        error={fieldErrors.password}
      />
      <SubmitButton busy={submission.busy} busyLabel={t('signup.submitting')}>
        {t('signup.submit')}
      </SubmitButton>
    </form>
  );
}
