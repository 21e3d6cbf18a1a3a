import { useCallback, useEffect, useState } from 'react';

type ResourceState<T> = {
  /** The last answer; kept while a reload is on its way so the page does not flash empty. */
  data: T | null;
  loading: boolean;
  error: unknown;
};

/**
 * Loads what `load` fetches whenever `key` changes, and on reload(). Aborting on change means a
 * slow old answer can never overwrite a newer one. setData replaces the data with what a save
 * returned, without asking the server again.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string) {
  const [state, setState] = useState<ResourceState<T>>({ data: null, loading: true, error: null });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- shows the reload as loading when the query changes; TanStack Query (issue 15) replaces this hook
    setState((previous) => ({ ...previous, loading: true, error: null }));
    load(controller.signal).then(
      (data) => setState({ data, loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, loading: false, error }));
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a new function on every render; `key` says when it would fetch something else.
  }, [key, reloads]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);
  const setData = useCallback((data: T) => setState({ data, loading: false, error: null }), []);
  return { ...state, reload, setData };
}
