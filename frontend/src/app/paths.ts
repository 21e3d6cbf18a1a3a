import type { Location } from 'react-router';
import type { CurrentUser, Role } from '../features/auth';

export const HOME_PATH_BY_ROLE: Record<Role, string> = {
  HOST: '/host',
  CASEWORKER: '/caseworker',
  ADMIN: '/admin',
};

/** Where a user whose password must change is kept until it has changed (any role). */
export const FORCED_PASSWORD_PATH = '/account/password';
export const LOGIN_PATH = '/login';

/** Where a signed-in user belongs by default. */
export function landingPathFor(user: CurrentUser): string {
  return user.passwordChangeRequired ? FORCED_PASSWORD_PATH : HOME_PATH_BY_ROLE[user.role];
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
