import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormAlert,
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
import { useSession } from '../session';
import type { CurrentUser } from '../types';

const FIELDS = ['displayName', 'email', 'password'] as const;

type SignupFormProps = {
  /** Called once the new host is registered and logged in. */
  onSignedUp?: (user: CurrentUser | null) => void;
  /** The account exists but the automatic login failed (throttled, say): the user logs in by hand. */
  onRegisteredOnly: (email: string) => void;
};

/** Host self-registration: creates the account, then logs the new host in with the same details. */
export function SignupForm({ onSignedUp, onRegisteredOnly }: SignupFormProps) {
  const { t } = useTranslation();
  const { logIn } = useSession();
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

    // Registration and the login after it are one busy period, so the form cannot be sent twice.
    await submission.run(async () => {
      await register({ displayName, email, password });
      let user: CurrentUser | null;
      try {
        user = await logIn(email, password);
      } catch {
        onRegisteredOnly(email);
        return;
      }
      onSignedUp?.(user);
    });
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <FormAlert message={submission.alert} />
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
