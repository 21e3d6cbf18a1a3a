import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { ChangePasswordForm, useSession } from '../../../features/auth';

/**
 * The only page a user with a forced password change can use. After the change the session is
 * reloaded; the guard then sees the flag cleared and sends the user to their home.
 */
export function ForcedPasswordPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  return (
    <section className="stack narrow">
      <PageTitle>{t('forcedPassword.title')}</PageTitle>
      <p>{t('forcedPassword.intro')}</p>
      <ChangePasswordForm
        onChanged={async () => {
          await refresh();
        }}
      />
    </section>
  );
}
