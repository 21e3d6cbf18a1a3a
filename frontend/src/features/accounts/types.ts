export const ACCOUNT_ROLES = ['HOST', 'CASEWORKER', 'ADMIN'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const ACCOUNT_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export type Account = {
  id: string;
  email: string;
  displayName: string;
  role: AccountRole;
  status: AccountStatus;
  locked: boolean;
  /** Set only while locked after failed logins. */
  lockedUntil: string | null;
  passwordChangeRequired: boolean;
  /** The person has not chosen a password yet (invited, imported, or sign-up not confirmed). */
  invitationPending: boolean;
  /** The account has a second factor (an authenticator app) that an admin may reset. */
  secondFactorEnabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
};

export type AccountPage = {
  items: Account[];
  /** Zero-based. */
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
};

/** The list's filters and page; empty strings mean "any". */
export type AccountQuery = {
  role: AccountRole | '';
  status: AccountStatus | '';
  q: string;
  page: number;
};

export type CreateAccountRequest = {
  email: string;
  displayName: string;
  role: AccountRole;
};

/** An admin's change to an account; a field left out stays as it is. */
export type AccountChange = {
  role?: AccountRole;
  status?: AccountStatus;
};
