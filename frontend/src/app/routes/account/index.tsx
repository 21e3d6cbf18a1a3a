import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePendingStep } from '../../guards';
import { SignedInLayout } from '../../layouts/SignedInLayout';
import { ENROLMENT_PATH, FORCED_PASSWORD_PATH, SECOND_FACTOR_PATH } from '../../paths';

/** A step's page, loaded when the step is due (most sign-ins have none). */
type PageLoader = () => Promise<{ Component: ComponentType }>;

function stepRoute(path: string, page: PageLoader): RouteObject {
  return {
    path: path.slice(1),
    element: (
      <RequirePendingStep path={path}>
        <SignedInLayout />
      </RequirePendingStep>
    ),
    children: [{ index: true, lazy: page }],
  };
}

/**
 * The steps of a sign-in that may still be due (second factor, forced password change, setting up
 * a second factor): outside every role's area on purpose, as any role can be kept on them.
 */
export const signInStepRoutes: RouteObject[] = [
  stepRoute(FORCED_PASSWORD_PATH, async () => ({
    Component: (await import('./ForcedPasswordPage')).ForcedPasswordPage,
  })),
  stepRoute(SECOND_FACTOR_PATH, async () => ({ Component: (await import('./SecondFactorPage')).SecondFactorPage })),
  stepRoute(ENROLMENT_PATH, async () => ({ Component: (await import('./EnrolmentPage')).EnrolmentPage })),
];
