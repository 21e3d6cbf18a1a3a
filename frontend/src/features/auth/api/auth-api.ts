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

/** Creates a HOST account (only hosts register themselves). */
export function register(registration: Registration): Promise<CurrentUser> {
  return api.post<CurrentUser>('/api/auth/register', registration);
}

export function changePassword(change: PasswordChange): Promise<void> {
  return api.post('/api/auth/password', change);
}
