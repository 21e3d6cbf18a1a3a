import type { Location } from 'react-router';
import type { CurrentUser, Role } from '../features/auth';

export const HOME_PATH_BY_ROLE: Record<Role, string> = {
  HOST: '/host',
  CASEWORKER: '/caseworker',
  ADMIN: '/admin',
};

/** Where a user whose password must change is kept until it has changed (any role). */
export const FORCED_PASSWORD_PATH = '/account/password';
/** Where a half-signed-in user types the code of their second factor. */
export const SECOND_FACTOR_PATH = '/account/second-factor';
/** Where a half-signed-in user who must set up a second factor does so. */
export const ENROLMENT_PATH = '/account/second-factor/setup';
export const LOGIN_PATH = '/login';

/**
 * The sign-in step still due, in the server's order: the code of an existing second factor first,
 * then a forced password change, then setting up a second factor; null when fully signed in.
 */
export function pendingStepPath(user: CurrentUser): string | null {
  if (user.secondFactor === 'REQUIRED') return SECOND_FACTOR_PATH;
  if (user.passwordChangeRequired) return FORCED_PASSWORD_PATH;
  if (user.secondFactor === 'ENROL') return ENROLMENT_PATH;
  return null;
}

/** Where a signed-in user belongs by default. */
export function landingPathFor(user: CurrentUser): string {
  return pendingStepPath(user) ?? HOME_PATH_BY_ROLE[user.role];
}

/**
 * Accepts only a path inside this app for ?next=, so a crafted login link cannot send the user
 * to another site after they log in ("//evil.example" and "/\evil.example" are other sites too).
 */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

export function loginPathWithNext(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  const next = `${location.pathname}${location.search}${location.hash}`;
  return `${LOGIN_PATH}?${new URLSearchParams({ next })}`;
}
