import type { RouteObject } from 'react-router';
import { FirstLoadFrame } from '../layouts/FirstLoadFrame';
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
    // Shown while the first page's code arrives (every role's pages load on first use).
    hydrateFallbackElement: <FirstLoadFrame />,
    children: [intakeRoutes, publicRoutes, ...signInStepRoutes, hostRoutes, caseworkerRoutes, adminRoutes],
  },
];
