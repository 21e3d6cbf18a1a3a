import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/feedback';
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextField,
  collectErrors,
  emailError,
  requiredError,
  textValue,
  useFormSubmission,
} from '../../../components/form';
import { createAccount } from '../api/accounts-api';
import { useAccountChanged } from '../api/accounts-queries';
import { ACCOUNT_ROLES, type Account, type AccountRole } from '../types';

const FIELDS = ['email', 'displayName', 'role'] as const;
// Staff accounts are what admins create most; hosts normally sign up themselves.
const ROLE_CHOICES: readonly AccountRole[] = ['CASEWORKER', 'ADMIN', 'HOST'];

function CreatedAccount({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <StatusMessage title={t('accounts.create.createdTitle')}>
      <p>
        {t('accounts.create.created', {
          name: account.displayName,
          email: account.email,
          role: t(`roles.${account.role}`),
        })}
      </p>
      <p>{t('accounts.create.invitationNote')}</p>
    </StatusMessage>
  );
}

export function CreateAccountForm({ onCreated }: { onCreated?: (account: Account) => void }) {
  const { t } = useTranslation();
  const submission = useFormSubmission({ fields: FIELDS });
  const accountChanged = useAccountChanged();
  const { fieldErrors } = submission;
  const [created, setCreated] = useState<Account | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = textValue(data, 'email').trim();
    const displayName = textValue(data, 'displayName').trim();
    const role = ACCOUNT_ROLES.find((candidate) => candidate === textValue(data, 'role')) ?? 'CASEWORKER';
    setCreated(null);
    const clientErrors = collectErrors({
      email: emailError(email),
      displayName: requiredError(displayName),
    });
    if (submission.showClientErrors(clientErrors)) return;

    await submission.run(async () => {
      const account = await createAccount({ email, displayName, role });
      form.reset();
      setCreated(account);
      void accountChanged(account);
      onCreated?.(account);
    });
  }

  return (
    <div className="stack">
      {created && <CreatedAccount account={created} />}
      <form className="form" noValidate onSubmit={handleSubmit}>
        <ErrorSummary submission={submission} />
        <p className="form__note">{t('form.allRequired')}</p>
        <TextField
          label={t('accounts.create.email')}
          name="email"
          type="email"
          autoComplete="off"
          dir="ltr"
          error={fieldErrors.email}
        />
        <TextField
          label={t('accounts.create.displayName')}
          name="displayName"
          autoComplete="off"
          error={fieldErrors.displayName}
        />
        <SelectField
          label={t('accounts.create.role')}
          name="role"
          defaultValue="CASEWORKER"
          options={ROLE_CHOICES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          error={fieldErrors.role}
        />
        <p>{t('accounts.create.invitationHelp')}</p>
        <SubmitButton busy={submission.busy} busyLabel={t('accounts.create.submitting')}>
          {t('accounts.create.submit')}
        </SubmitButton>
      </form>
    </div>
  );
}
