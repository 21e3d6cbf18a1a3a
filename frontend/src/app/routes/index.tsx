import type { RouteObject } from 'react-router';
import { RootRoute } from '../RootRoute';
import { RouteError } from '../RouteError';
import { forcedPasswordRoute } from './account';
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
    children: [intakeRoutes, publicRoutes, forcedPasswordRoute, hostRoutes, caseworkerRoutes, adminRoutes],
  },
];
