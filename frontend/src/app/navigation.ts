import type { Role } from '../features/auth';

type NavLabelKey =
  | 'nav.home'
  | 'nav.accounts'
  | 'nav.myAccount'
  | 'nav.household'
  | 'nav.offers'
  | 'nav.hosts'
  | 'nav.families'
  | 'matching.nav'
  | 'audit.nav'
  | 'import.nav'
  | 'adminPolicy.nav'
  | 'statistics.nav'
  | 'placements.nav'
  | 'placements.hostNav'
  | 'map.nav';

export type NavEntry = {
  /** Relative to the role's home path; '' is the home page itself. */
  path: string;
  labelKey: NavLabelKey;
};

const HOME: NavEntry = { path: '', labelKey: 'nav.home' };
const MY_ACCOUNT: NavEntry = { path: 'account', labelKey: 'nav.myAccount' };

/**
 * Each role's main navigation, in display order. A new section is one line here (and its label
 * in the locale files) plus its route in that role's routes file.
 */
export const NAVIGATION_BY_ROLE: Record<Role, readonly NavEntry[]> = {
  HOST: [
    HOME,
    { path: 'household', labelKey: 'nav.household' },
    { path: 'offers', labelKey: 'nav.offers' },
    { path: 'placements', labelKey: 'placements.hostNav' },
    MY_ACCOUNT,
  ],
  CASEWORKER: [
    HOME,
    { path: 'families', labelKey: 'nav.families' },
    { path: 'hosts', labelKey: 'nav.hosts' },
    { path: 'matching', labelKey: 'matching.nav' },
    { path: 'placements', labelKey: 'placements.nav' },
    { path: 'map', labelKey: 'map.nav' },
    { path: 'import', labelKey: 'import.nav' },
    MY_ACCOUNT,
  ],
  ADMIN: [
    HOME,
    { path: 'accounts', labelKey: 'nav.accounts' },
    { path: 'matching-policy', labelKey: 'adminPolicy.nav' },
    { path: 'statistics', labelKey: 'statistics.nav' },
    { path: 'audit', labelKey: 'audit.nav' },
    MY_ACCOUNT,
  ],
};
