import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../shared/NotFoundPage';
import { accountPage, notificationsPage } from '../shared/lazy-pages';
import { RoleArea } from '../shared/RoleArea';

export const adminRoutes: RouteObject = {
  path: 'admin',
  element: <RoleArea role="ADMIN" />,
  children: [
    // Every page loads on first use (see the host's routes).
    { index: true, lazy: async () => ({ Component: (await import('./AdminHomePage')).AdminHomePage }) },
    { path: 'accounts', lazy: async () => ({ Component: (await import('./AccountsPage')).AccountsPage }) },
    {
      path: 'accounts/:accountId',
      lazy: async () => ({ Component: (await import('./AccountDetailPage')).AccountDetailPage }),
    },
    { path: 'audit', lazy: async () => ({ Component: (await import('./AuditPage')).AuditPage }) },
    {
      path: 'matching-policy',
      lazy: async () => ({ Component: (await import('./MatchingPolicyPage')).MatchingPolicyPage }),
    },
    // The chart library comes with this page only, never in the first download.
    { path: 'statistics', lazy: async () => ({ Component: (await import('./StatisticsPage')).StatisticsPage }) },
    { path: 'account', lazy: accountPage },
    { path: 'notifications', lazy: notificationsPage },
    { path: '*', element: <NotFoundPage /> },
  ],
};
