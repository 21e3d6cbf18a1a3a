import type { RouteObject } from 'react-router';
import { RedirectIfSignedIn } from '../../guards';
import { PublicLayout } from '../../layouts/PublicLayout';
import { NotFoundPage } from '../shared/NotFoundPage';
import { LandingPage } from './LandingPage';
import { LoginPage } from './LoginPage';
import { SignupPage } from './SignupPage';

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
    { path: '*', element: <NotFoundPage /> },
  ],
};
