import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../shared/NotFoundPage';
import { accountPage, notificationsPage } from '../shared/lazy-pages';
import { RoleArea } from '../shared/RoleArea';

const hostPlacementsPage = async () => ({ Component: (await import('./HostPlacementsPage')).HostPlacementsPage });

export const hostRoutes: RouteObject = {
  path: 'host',
  element: <RoleArea role="HOST" />,
  children: [
    // Every page of a role loads on first use, so the sign-in page and the other roles' pages
    // never download a host's forms (the offer wizard, the household).
    { index: true, lazy: async () => ({ Component: (await import('./HostHomePage')).HostHomePage }) },
    { path: 'household', lazy: async () => ({ Component: (await import('./HouseholdPage')).HouseholdPage }) },
    { path: 'offers', lazy: async () => ({ Component: (await import('./OffersPage')).OffersPage }) },
    { path: 'offers/new', lazy: async () => ({ Component: (await import('./NewOfferPage')).NewOfferPage }) },
    {
      path: 'offers/:offerId/edit',
      lazy: async () => ({ Component: (await import('./EditOfferPage')).EditOfferPage }),
    },
    // Both placement addresses share one page.
    { path: 'placements', lazy: hostPlacementsPage },
    { path: 'placements/:placementId', lazy: hostPlacementsPage },
    { path: 'account', lazy: accountPage },
    { path: 'notifications', lazy: notificationsPage },
    { path: '*', element: <NotFoundPage /> },
  ],
};
