import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ErrorSummary,
  SubmitButton,
  TextField,
  collectErrors,
  emailError,
  requiredError,
  textValue,
  useFormSubmission,
} from '../../../components/form';
import { useSession } from '../session';
import type { CurrentUser } from '../types';

const FIELDS = ['email', 'password'] as const;
// Spring Security names the email field `username`.
const SERVER_FIELD_ALIASES = { username: 'email' };

export function LoginForm({ onLoggedIn }: { onLoggedIn?: (user: CurrentUser | null) => void }) {
  const { t } = useTranslation();
  const { logIn } = useSession();
  const submission = useFormSubmission({ fields: FIELDS, aliases: SERVER_FIELD_ALIASES });
  const { fieldErrors } = submission;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = textValue(event.currentTarget, 'email').trim();
    const password = textValue(event.currentTarget, 'password');
    if (submission.showClientErrors(collectErrors({ email: emailError(email), password: requiredError(password) }))) {
      return;
    }
    await submission.run(async () => {
      const user = await logIn(email, password);
      onLoggedIn?.(user);
    });
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary submission={submission} />
      <TextField
        label={t('login.email')}
        name="email"
        type="email"
        autoComplete="username"
        dir="ltr"
        error={fieldErrors.email}
      />
      <TextField
        label={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        error={fieldErrors.password}
      />
      <SubmitButton busy={submission.busy} busyLabel={t('login.submitting')}>
        {t('login.submit')}
      </SubmitButton>
    </form>
  );
}
