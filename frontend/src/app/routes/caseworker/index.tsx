import type { RouteObject } from 'react-router';
import { AccountPage } from '../account/AccountPage';
import { NotFoundPage } from '../shared/NotFoundPage';
import { RoleArea } from '../shared/RoleArea';
import { CaseworkerHomePage } from './CaseworkerHomePage';
import { HostPage } from './HostPage';
import { HostsPage } from './HostsPage';

export const caseworkerRoutes: RouteObject = {
  path: 'caseworker',
  element: <RoleArea role="CASEWORKER" />,
  children: [
    { index: true, element: <CaseworkerHomePage /> },
    { path: 'hosts', element: <HostsPage /> },
    { path: 'hosts/:hostId', element: <HostPage /> },
    { path: 'account', element: <AccountPage /> },
    { path: '*', element: <NotFoundPage /> },
  ],
};
