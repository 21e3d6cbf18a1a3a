import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { SignupForm } from '../../../features/auth';
import type { LoginNotice } from '../../guards';

/** Once the new host is logged in, the RedirectIfSignedIn guard takes them to the host home. */
export function SignupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section className="stack narrow">
      <PageTitle>{t('signup.title')}</PageTitle>
      <p>{t('signup.intro')}</p>
      <SignupForm
        onRegisteredOnly={() => navigate('/login', { state: { notice: 'registered' satisfies LoginNotice } })}
      />
      <p>
        {t('signup.haveAccount')} <Link to="/login">{t('signup.logInLink')}</Link>
      </p>
    </section>
  );
}
