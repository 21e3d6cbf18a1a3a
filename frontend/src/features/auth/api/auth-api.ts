import { api, isApiError, refreshCsrfToken } from '../../../lib/api';
import type { CurrentUser, PasswordChange, Registration } from '../types';

/** The signed-in user, or null when there is no session. */
export async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    const user = await api.get<CurrentUser>('/api/auth/me');
    return { ...user, passwordChangeRequired: Boolean(user.passwordChangeRequired) };
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** Form-encoded, as Spring Security's login endpoint expects. The CSRF token changes at login. */
export async function login(email: string, password: string): Promise<void> {
  await api.postForm('/api/auth/login', { username: email, password });
  await refreshCsrfToken();
}

/** The CSRF token changes at logout too; fetching the new one now keeps the next form working. */
export async function logout(): Promise<void> {
  await api.post('/api/auth/logout');
  await refreshCsrfToken();
}

/**
 * Signs a host up (only hosts register themselves). The answer is the same whether or not the
 * address already has an account: the person finds what to do next in their email.
 */
export async function register(registration: Registration): Promise<void> {
  await api.post('/api/auth/register', registration);
}

/** Follows the link of the verification email: the account can then log in. */
export async function verifyEmail(token: string): Promise<void> {
  await api.post(`/api/auth/verify-email/${encodeURIComponent(token)}`);
}

/** Asks for a reset link; the same answer whether or not the address has an account. */
export async function requestPasswordReset(email: string): Promise<void> {
  await api.post('/api/auth/password-reset', { email });
}

/** The kinds of emailed links that let a person choose a password, and the call each page makes. */
export type PasswordLinkKind = 'reset-password' | 'invitation';

export async function setPasswordThroughLink(kind: PasswordLinkKind, token: string, newPassword: string): Promise<void> {
  const path = kind === 'reset-password' ? 'password-reset' : 'invitation';
  await api.post(`/api/auth/${path}/${encodeURIComponent(token)}`, { newPassword });
}

export function changePassword(change: PasswordChange): Promise<void> {
  return api.post('/api/auth/password', change);
}
