import { api, isApiError, refreshCsrfToken } from '../../../lib/api';
import type { CurrentUser, Enrolment, PasswordChange, Registration } from '../types';

/** The signed-in user, or null when there is no session. */
export async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    const user = await api.get<CurrentUser>('/api/auth/me');
    return {
      ...user,
      passwordChangeRequired: Boolean(user.passwordChangeRequired),
      secondFactor: user.secondFactor ?? 'DONE',
      secondFactorEnabled: Boolean(user.secondFactorEnabled),
      secondFactorOptional: Boolean(user.secondFactorOptional),
    };
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

export async function setPasswordThroughLink(
  kind: PasswordLinkKind,
  token: string,
  newPassword: string,
): Promise<void> {
  const path = kind === 'reset-password' ? 'password-reset' : 'invitation';
  await api.post(`/api/auth/${path}/${encodeURIComponent(token)}`, { newPassword });
}

export function changePassword(change: PasswordChange): Promise<void> {
  return api.post('/api/auth/password', change);
}

/** The second step of a sign-in: a code from the authenticator app or a recovery code. */
export function verifySecondFactor(code: string): Promise<void> {
  return api.post('/api/auth/totp', { code });
}

/** A new secret for the authenticator app (replaces one not confirmed yet). */
export function startEnrolment(): Promise<Enrolment> {
  return api.post<Enrolment>('/api/auth/totp/enrolment');
}

/** The first code from the app turns the second factor on; the answer's recovery codes are shown once. */
export async function confirmEnrolment(code: string): Promise<string[]> {
  const answer = await api.post<{ recoveryCodes: string[] }>('/api/auth/totp/enrolment/confirm', { code });
  return answer.recoveryCodes;
}

/** Turns an optional second factor off, confirmed with a current code or a recovery code. */
export function turnOffSecondFactor(code: string): Promise<void> {
  return api.post('/api/auth/totp/disable', { code });
}
