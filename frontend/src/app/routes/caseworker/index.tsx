import type { RouteObject } from 'react-router';
import type { OtherRoleHandle } from '../../guards';
import { AccountPage } from '../account/AccountPage';
import { NotFoundPage } from '../shared/NotFoundPage';
import { NotificationsPage } from '../shared/NotificationsPage';
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
    // The family pages load on first use: most visitors of the app never need them.
    { path: 'families', lazy: async () => ({ Component: (await import('./FamiliesPage')).FamiliesPage }) },
    { path: 'families/new', lazy: async () => ({ Component: (await import('./NewFamilyPage')).NewFamilyPage }) },
    { path: 'families/:familyId', lazy: async () => ({ Component: (await import('./FamilyPage')).FamilyPage }) },
    // So are the matching pages.
    { path: 'matching', lazy: async () => ({ Component: (await import('./MatchingPage')).MatchingPage }) },
    {
      path: 'matching/runs/:runId',
      lazy: async () => ({ Component: (await import('./MatchingRunPage')).MatchingRunPage }),
    },
    {
      path: 'matching/runs/:runId/proposals/:proposalId',
      lazy: async () => ({ Component: (await import('./ProposalPage')).ProposalPage }),
    },
    {
      path: 'import',
      lazy: async () => ({ Component: (await import('./ImportPage')).ImportPage }),
      // An admin (or a host) who opens it is told that caseworkers import, not just sent home.
      handle: { otherRolePage: 'import' } satisfies OtherRoleHandle,
    },
    // And the placement pages and the map (Leaflet is a large chunk of its own).
    { path: 'placements', lazy: async () => ({ Component: (await import('./PlacementsPage')).PlacementsPage }) },
    {
      path: 'placements/:placementId',
      lazy: async () => ({ Component: (await import('./PlacementPage')).PlacementPage }),
    },
    {
      path: 'proposals/:proposalId',
      lazy: async () => ({ Component: (await import('./ProposalDecisionPage')).ProposalDecisionPage }),
    },
    { path: 'map', lazy: async () => ({ Component: (await import('./MapPage')).MapPage }) },
    { path: 'account', element: <AccountPage /> },
    { path: 'notifications', element: <NotificationsPage /> },
    { path: '*', element: <NotFoundPage /> },
  ],
};
