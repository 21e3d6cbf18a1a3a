import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/feedback';
import {
  ErrorSummary,
  SubmitButton,
  TextField,
  collectErrors,
  requiredError,
  textValue,
  useFormSubmission,
} from '../../../components/form';
import { turnOffSecondFactor } from '../api/auth-api';
import { useSession } from '../session';
import { EnrolmentSteps } from './EnrolmentSteps';

const FIELDS = ['code'] as const;

/**
 * Two-factor sign-in on "My account": whether it is on, and the moves the server allows this
 * person (`secondFactorOptional`): turning it on, or off with a current code. Staff for whom it is
 * required only see that it is on.
 */
export function SecondFactorSettings() {
  const { t } = useTranslation();
  const { user, refresh } = useSession();
  const [enrolling, setEnrolling] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const submission = useFormSubmission({ fields: FIELDS });
  if (!user) return null;

  async function turnOff(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const code = textValue(form, 'code').trim();
    if (submission.showClientErrors(collectErrors({ code: requiredError(code) }))) return;
    const succeeded = await submission.run(() => turnOffSecondFactor(code));
    if (!succeeded) return;
    form.reset();
    setDone(t('twoFactorSettings.turnedOff'));
    await refresh();
  }

  if (enrolling) {
    return (
      <EnrolmentSteps
        onDone={async () => {
          setEnrolling(false);
          setDone(t('twoFactorSettings.turnedOn'));
          await refresh();
        }}
      />
    );
  }
  return (
    <div className="stack">
      {done && <StatusMessage>{done}</StatusMessage>}
      <p>{t(user.secondFactorEnabled ? 'twoFactorSettings.on' : 'twoFactorSettings.off')}</p>
      {!user.secondFactorOptional && <p>{t('twoFactorSettings.required')}</p>}
      {!user.secondFactorEnabled && user.secondFactorOptional && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDone(null);
              setEnrolling(true);
            }}
          >
            {t('twoFactorSettings.turnOn')}
          </button>
        </p>
      )}
      {user.secondFactorEnabled && user.secondFactorOptional && (
        <form className="form" noValidate onSubmit={turnOff} aria-label={t('twoFactorSettings.turnOff')}>
          <ErrorSummary submission={submission} />
          <TextField
            label={t('twoFactorSettings.codeToTurnOff')}
            name="code"
            autoComplete="one-time-code"
            dir="ltr"
            error={submission.fieldErrors.code}
          />
          <SubmitButton busy={submission.busy} busyLabel={t('secondFactor.checking')}>
            {t('twoFactorSettings.turnOff')}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
