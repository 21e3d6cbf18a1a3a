import type { RouteObject } from 'react-router';
import { RedirectIfSignedIn } from '../../guards';
import { IntakeLayout } from '../../layouts/IntakeLayout';
import { PublicLayout } from '../../layouts/PublicLayout';
import { NotFoundPage } from '../shared/NotFoundPage';
import { AboutPage } from './AboutPage';
import { ForgotPasswordPage, InvitationPage, ResetPasswordPage, VerifyEmailPage } from './EmailedLinkPages';
import { LandingPage } from './LandingPage';
import { LoginPage } from './LoginPage';
import { SignupPage } from './SignupPage';

/** A family's private form: a plain header (language, no sign-up links), loaded on first use. */
export const intakeRoutes: RouteObject = {
  element: <IntakeLayout />,
  children: [{ path: 'intake/:token', lazy: async () => ({ Component: (await import('./IntakePage')).IntakePage }) }],
};

export const publicRoutes: RouteObject = {
  element: <PublicLayout />,
  children: [
    { index: true, element: <LandingPage /> },
    {
      path: 'login',
      element: (
        <RedirectIfSignedIn>
          <LoginPage />
        </RedirectIfSignedIn>
      ),
    },
    {
      path: 'signup',
      element: (
        <RedirectIfSignedIn>
          <SignupPage />
        </RedirectIfSignedIn>
      ),
    },
    { path: 'about', element: <AboutPage /> },
    {
      path: 'forgot-password',
      element: (
        <RedirectIfSignedIn>
          <ForgotPasswordPage />
        </RedirectIfSignedIn>
      ),
    },
    // Pages of emailed links: open whether or not someone is logged in on this browser.
    { path: 'reset-password/:token', element: <ResetPasswordPage /> },
    { path: 'invitation/:token', element: <InvitationPage /> },
    { path: 'verify-email/:token', element: <VerifyEmailPage /> },
    { path: '*', element: <NotFoundPage /> },
  ],
};
