import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusMessage } from '../../../components/feedback';
import { PageTitle } from '../../../components/layout';
import { SignupForm } from '../../../features/auth';
import { IsolatedText, isolate } from '../../../lib/i18n';

/** After sign-up the host confirms their address from the email, then logs in. */
export function SignupPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <section className="stack narrow">
      <PageTitle>{t('signup.title')}</PageTitle>
      {sentTo ? (
        <StatusMessage title={t('signup.checkEmailTitle')}>
          <p>
            <IsolatedText>{t('signup.checkEmail', { email: isolate(sentTo) })}</IsolatedText>
          </p>
        </StatusMessage>
      ) : (
        <>
          <p>{t('signup.intro')}</p>
          <SignupForm onSignedUp={setSentTo} />
        </>
      )}
      <p>
        {t('signup.haveAccount')} <Link to="/login">{t('signup.logInLink')}</Link>
      </p>
    </section>
  );
}
