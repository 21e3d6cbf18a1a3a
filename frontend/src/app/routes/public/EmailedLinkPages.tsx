import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { ForgotPasswordForm, LinkPasswordForm, VerifyEmailButton } from '../../../features/auth';
import type { LoginNotice } from '../../guards';

/** "Forgot your password?": asks for a reset link. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <section className="stack narrow">
      <PageTitle>{t('forgotPassword.title')}</PageTitle>
      <p>{t('forgotPassword.intro')}</p>
      <ForgotPasswordForm />
      <p>
        <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
      </p>
    </section>
  );
}

function useToLogin(notice: LoginNotice) {
  const navigate = useNavigate();
  return () => navigate('/login', { replace: true, state: { notice } });
}

/** The page of a reset link: {public-url}/reset-password/{token}. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const toLogin = useToLogin('password-set');
  return (
    <section className="stack narrow">
      <PageTitle>{t('links.resetTitle')}</PageTitle>
      <p>{t('links.resetIntro')}</p>
      <LinkPasswordForm kind="reset-password" token={token} onPasswordSet={toLogin} />
      <p>
        <Link to="/forgot-password">{t('links.askAgain')}</Link>
      </p>
    </section>
  );
}

/** The page of an invitation: {public-url}/invitation/{token}. */
export function InvitationPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const toLogin = useToLogin('password-set');
  return (
    <section className="stack narrow">
      <PageTitle>{t('links.invitationTitle')}</PageTitle>
      <p>{t('links.invitationIntro')}</p>
      <LinkPasswordForm kind="invitation" token={token} onPasswordSet={toLogin} />
    </section>
  );
}

/** The page of a verification link: {public-url}/verify-email/{token}. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const toLogin = useToLogin('email-verified');
  return (
    <section className="stack narrow">
      <PageTitle>{t('links.verifyTitle')}</PageTitle>
      <p>{t('links.verifyIntro')}</p>
      <VerifyEmailButton token={token} onVerified={toLogin} />
    </section>
  );
}
