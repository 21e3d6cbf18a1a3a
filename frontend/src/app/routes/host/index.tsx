import type { RouteObject } from 'react-router';
import { AccountPage } from '../account/AccountPage';
import { NotFoundPage } from '../shared/NotFoundPage';
import { RoleArea } from '../shared/RoleArea';
import { HostHomePage } from './HostHomePage';

export const hostRoutes: RouteObject = {
  path: 'host',
  element: <RoleArea role="HOST" />,
  children: [
    { index: true, element: <HostHomePage /> },
    { path: 'account', element: <AccountPage /> },
    { path: '*', element: <NotFoundPage /> },
  ],
};
