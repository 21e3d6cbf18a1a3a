import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Account, AccountQuery } from '../types';
import { getAccount, listAccounts } from './accounts-api';

export const accountKeys = {
  all: ['accounts'] as const,
  lists: () => [...accountKeys.all, 'list'] as const,
  list: (query: AccountQuery) => [...accountKeys.lists(), { ...query, q: query.q.trim() }] as const,
  detail: (id: string) => [...accountKeys.all, 'detail', id] as const,
};

/** One page of accounts; the last page stays on screen while the next one loads. */
export function useAccountListQuery(query: AccountQuery) {
  return useQuery({
    queryKey: accountKeys.list(query),
    queryFn: ({ signal }) => listAccounts(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAccountQuery(id: string) {
  return useQuery({ queryKey: accountKeys.detail(id), queryFn: ({ signal }) => getAccount(id, signal) });
}

/**
 * After an admin's change: the account as the server answered it, and every list asked again
 * (a list may filter or sort on what changed).
 */
export function useAccountChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (account?: Account) => {
      if (account) queryClient.setQueryData(accountKeys.detail(account.id), account);
      return queryClient.invalidateQueries({ queryKey: accountKeys.lists() });
    },
    [queryClient],
  );
}
