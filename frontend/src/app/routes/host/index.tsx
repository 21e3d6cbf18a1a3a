import type { RouteObject } from 'react-router';
import { AccountPage } from '../account/AccountPage';
import { NotFoundPage } from '../shared/NotFoundPage';
import { NotificationsPage } from '../shared/NotificationsPage';
import { RoleArea } from '../shared/RoleArea';
import { EditOfferPage } from './EditOfferPage';
import { HostHomePage } from './HostHomePage';
import { HouseholdPage } from './HouseholdPage';
import { NewOfferPage } from './NewOfferPage';
import { OffersPage } from './OffersPage';

const hostPlacementsPage = async () => ({ Component: (await import('./HostPlacementsPage')).HostPlacementsPage });

export const hostRoutes: RouteObject = {
  path: 'host',
  element: <RoleArea role="HOST" />,
  children: [
    { index: true, element: <HostHomePage /> },
    { path: 'household', element: <HouseholdPage /> },
    { path: 'offers', element: <OffersPage /> },
    { path: 'offers/new', element: <NewOfferPage /> },
    { path: 'offers/:offerId/edit', element: <EditOfferPage /> },
    // The placement pages (and the placements feature) load on first use, like the family pages.
    { path: 'placements', lazy: hostPlacementsPage },
    { path: 'placements/:placementId', lazy: hostPlacementsPage },
    { path: 'account', element: <AccountPage /> },
    { path: 'notifications', element: <NotificationsPage /> },
    { path: '*', element: <NotFoundPage /> },
  ],
};
