import type { RouteObject } from 'react-router';
import { LoadingMessage } from '../../components/feedback';
import { RootRoute } from '../RootRoute';
import { RouteError } from '../RouteError';
import { signInStepRoutes } from './account';
import { adminRoutes } from './admin';
import { caseworkerRoutes } from './caseworker';
import { hostRoutes } from './host';
import { intakeRoutes, publicRoutes } from './public';

/** Every route of the app; the browser router and the tests' memory router both use this list. */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <RootRoute />,
    errorElement: <RouteError />,
    // Shown while a lazily loaded page (the family pages, the intake form) arrives on first load.
    hydrateFallbackElement: <LoadingMessage />,
    children: [intakeRoutes, publicRoutes, ...signInStepRoutes, hostRoutes, caseworkerRoutes, adminRoutes],
  },
];
