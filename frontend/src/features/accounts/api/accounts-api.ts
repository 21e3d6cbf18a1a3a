import { api } from '../../../lib/api';
import type { Account, AccountPage, AccountQuery, CreateAccountRequest } from '../types';

export const ACCOUNTS_PAGE_SIZE = 20;

export function listAccounts(query: AccountQuery, signal?: AbortSignal): Promise<AccountPage> {
  return api.get<AccountPage>('/api/admin/accounts', {
    query: { role: query.role, status: query.status, q: query.q.trim(), page: query.page, size: ACCOUNTS_PAGE_SIZE },
    ...(signal ? { signal } : {}),
  });
}

/** The new user must change this password at first login; the server enforces that. */
export function createAccount(request: CreateAccountRequest): Promise<Account> {
  return api.post<Account>('/api/admin/accounts', request);
}
