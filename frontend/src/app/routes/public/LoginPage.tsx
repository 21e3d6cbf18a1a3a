import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { InfoMessage, StatusMessage } from '../../../components/feedback';
import { PageTitle } from '../../../components/layout';
import { LoginForm } from '../../../features/auth';
import type { LoginNotice } from '../../guards';

function noticeOf(state: unknown): LoginNotice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'logged-out' ||
    notice === 'session-ended' ||
    notice === 'password-set' ||
    notice === 'email-verified'
    ? notice
    : null;
}

/** After a successful login the RedirectIfSignedIn guard moves the user on (to ?next= or home). */
export function LoginPage() {
  const { t } = useTranslation();
  const notice = noticeOf(useLocation().state);
  // Sent here from a page that needs an account (the guard keeps it in ?next=): say so, and tell a
  // family, who never has an account, where their way in is.
  const [searchParams] = useSearchParams();
  const fromAccountPage = notice === null && searchParams.has('next');
  return (
    <section className="stack narrow">
      <PageTitle>{t('login.title')}</PageTitle>
      {notice === 'logged-out' && <StatusMessage>{t('login.loggedOut')}</StatusMessage>}
      {notice === 'session-ended' && <StatusMessage>{t('login.sessionEnded')}</StatusMessage>}
      {notice === 'password-set' && <StatusMessage>{t('links.passwordSet')}</StatusMessage>}
      {notice === 'email-verified' && <StatusMessage>{t('links.emailVerified')}</StatusMessage>}
      {fromAccountPage && (
        <InfoMessage>
          <p>{t('otherRole.logInFirst')}</p>
        </InfoMessage>
      )}
      <LoginForm />
      <p>
        <Link to="/forgot-password">{t('login.forgotPassword')}</Link>
      </p>
      <p>
        {t('login.newHost')} <Link to="/signup">{t('login.signUpLink')}</Link>
      </p>
    </section>
  );
}
