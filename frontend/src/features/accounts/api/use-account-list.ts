import { useCallback, useEffect, useState } from 'react';
import type { AccountPage, AccountQuery } from '../types';
import { listAccounts } from './accounts-api';

type AccountListState = {
  /** The last page received; kept while the next one loads so the table does not flash empty. */
  data: AccountPage | null;
  loading: boolean;
  error: unknown;
};

/** refreshKey: change it to load the same page again (after creating an account, say). */
export function useAccountList(query: AccountQuery, refreshKey = 0) {
  const [state, setState] = useState<AccountListState>({ data: null, loading: true, error: null });
  const [reloads, setReloads] = useState(0);
  const { role, status, q, page } = query;

  useEffect(() => {
    // Aborting on change means a slow old answer can never overwrite a newer one.
    const controller = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- shows the reload as loading when the query changes; TanStack Query (issue 15) replaces this hook
    setState((previous) => ({ ...previous, loading: true, error: null }));
    listAccounts({ role, status, q, page }, controller.signal).then(
      (data) => setState({ data, loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, loading: false, error }));
      },
    );
    return () => controller.abort();
  }, [role, status, q, page, reloads, refreshKey]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return { ...state, reload };
}
