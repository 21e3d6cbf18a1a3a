import type { RouteObject } from 'react-router';
import { AccountPage } from '../account/AccountPage';
import { NotFoundPage } from '../shared/NotFoundPage';
import { NotificationsPage } from '../shared/NotificationsPage';
import { RoleArea } from '../shared/RoleArea';
import { AccountsPage } from './AccountsPage';
import { AdminHomePage } from './AdminHomePage';

export const adminRoutes: RouteObject = {
  path: 'admin',
  element: <RoleArea role="ADMIN" />,
  children: [
    { index: true, element: <AdminHomePage /> },
    { path: 'accounts', element: <AccountsPage /> },
    // Pages an admin opens now and then load on first use.
    {
      path: 'accounts/:accountId',
      lazy: async () => ({ Component: (await import('./AccountDetailPage')).AccountDetailPage }),
    },
    { path: 'audit', lazy: async () => ({ Component: (await import('./AuditPage')).AuditPage }) },
    { path: 'account', element: <AccountPage /> },
    { path: 'notifications', element: <NotificationsPage /> },
    { path: '*', element: <NotFoundPage /> },
  ],
};
