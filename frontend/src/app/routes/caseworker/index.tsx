import type { RouteObject } from 'react-router';
import type { OtherRoleHandle } from '../../guards';
import { NotFoundPage } from '../shared/NotFoundPage';
import { accountPage, notificationsPage } from '../shared/lazy-pages';
import { RoleArea } from '../shared/RoleArea';

export const caseworkerRoutes: RouteObject = {
  path: 'caseworker',
  element: <RoleArea role="CASEWORKER" />,
  children: [
    // Every page loads on first use (see the host's routes): the home's dashboard too, so the
    // sign-in page does not download it.
    {
      index: true,
      lazy: async () => ({ Component: (await import('./CaseworkerHomePage')).CaseworkerHomePage }),
    },
    { path: 'hosts', lazy: async () => ({ Component: (await import('./HostsPage')).HostsPage }) },
    { path: 'hosts/:hostId', lazy: async () => ({ Component: (await import('./HostPage')).HostPage }) },
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
    { path: 'account', lazy: accountPage },
    { path: 'notifications', lazy: notificationsPage },
    { path: '*', element: <NotFoundPage /> },
  ],
};
