import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { ChangePasswordForm, SecondFactorSettings, useSession } from '../../../features/auth';

/** "My account" in every role: who you are signed in as, a password change, two-factor sign-in. */
export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  return (
    <div className="stack">
      <PageTitle>{t('account.title')}</PageTitle>
      <section className="card" aria-labelledby="account-details-title">
        <h2 id="account-details-title">{t('account.detailsTitle')}</h2>
        <dl className="details">
          <dt>{t('account.name')}</dt>
          <dd>
            <bdi>{user.displayName}</bdi>
          </dd>
          <dt>{t('account.email')}</dt>
          <dd dir="ltr">{user.email}</dd>
          <dt>{t('account.role')}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="change-password-title">
        <h2 id="change-password-title">{t('account.changePasswordTitle')}</h2>
        <ChangePasswordForm />
      </section>
      <section className="card" aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t('twoFactorSettings.title')}</h2>
        <SecondFactorSettings />
      </section>
    </div>
  );
}
