import { api } from '../../../lib/api';
import type { Account, AccountChange, AccountPage, AccountQuery, CreateAccountRequest } from '../types';

export const ACCOUNTS_PAGE_SIZE = 20;

export function listAccounts(query: AccountQuery, signal?: AbortSignal): Promise<AccountPage> {
  return api.get<AccountPage>('/api/admin/accounts', {
    query: { role: query.role, status: query.status, q: query.q.trim(), page: query.page, size: ACCOUNTS_PAGE_SIZE },
    ...(signal ? { signal } : {}),
  });
}

/** No password: the server emails the person an invitation to choose their own. */
export function createAccount(request: CreateAccountRequest): Promise<Account> {
  return api.post<Account>('/api/admin/accounts', request);
}

export function getAccount(id: string, signal?: AbortSignal): Promise<Account> {
  return api.get<Account>(`/api/admin/accounts/${encodeURIComponent(id)}`, signal ? { signal } : {});
}

/** Disabling or a new role ends that person's sessions; the server refuses to remove the last active admin. */
export function updateAccount(id: string, change: AccountChange): Promise<Account> {
  return api.patch<Account>(`/api/admin/accounts/${encodeURIComponent(id)}`, change);
}

export function unlockAccount(id: string): Promise<Account> {
  return api.post<Account>(`/api/admin/accounts/${encodeURIComponent(id)}/unlock`);
}

/** Emails the invitation again; the link sent before stops working. */
export function resendInvitation(id: string): Promise<Account> {
  return api.post<Account>(`/api/admin/accounts/${encodeURIComponent(id)}/invitation`);
}

/** Resets a lost second factor: the person's sessions end and they are emailed; staff set up a new one at their next sign-in. */
export function resetSecondFactor(id: string): Promise<Account> {
  return api.delete<Account>(`/api/admin/accounts/${encodeURIComponent(id)}/second-factor`);
}
