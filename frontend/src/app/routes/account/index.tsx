import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePendingStep } from '../../guards';
import { SignedInLayout } from '../../layouts/SignedInLayout';
import { ENROLMENT_PATH, FORCED_PASSWORD_PATH, SECOND_FACTOR_PATH } from '../../paths';
import { EnrolmentPage } from './EnrolmentPage';
import { ForcedPasswordPage } from './ForcedPasswordPage';
import { SecondFactorPage } from './SecondFactorPage';

function stepRoute(path: string, page: ReactNode): RouteObject {
  return {
    path: path.slice(1),
    element: (
      <RequirePendingStep path={path}>
        <SignedInLayout />
      </RequirePendingStep>
    ),
    children: [{ index: true, element: page }],
  };
}

/**
 * The steps of a sign-in that may still be due (second factor, forced password change, setting up
 * a second factor): outside every role's area on purpose, as any role can be kept on them.
 */
export const signInStepRoutes: RouteObject[] = [
  stepRoute(FORCED_PASSWORD_PATH, <ForcedPasswordPage />),
  stepRoute(SECOND_FACTOR_PATH, <SecondFactorPage />),
  stepRoute(ENROLMENT_PATH, <EnrolmentPage />),
];
