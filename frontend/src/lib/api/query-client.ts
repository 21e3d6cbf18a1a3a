import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { isApiError } from './api-error';

/** Retries after the first failure of a read, for a dropped connection or a server having a bad moment. */
export const MAX_QUERY_RETRIES = 2;

/**
 * Whether a failed read is worth asking again. A 4xx is the server's considered answer (not signed
 * in, not allowed, no such record, bad input): asking again gives the same answer, and a 401 or
 * 403 must reach the session handling at once. A network failure or a 5xx may pass.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_QUERY_RETRIES;
}

/**
 * The app's one cache of server state. Reads are fetched when a page mounts and whenever a change
 * invalidates them; not on every window focus (a form being filled in from loaded data must not be
 * refreshed under the user: the few screens that poll say so themselves). Writes are never retried
 * by the cache: a POST that may have landed is for the user to send again, not for a timer.
 */
export function createQueryClient(overrides: QueryClientConfig['defaultOptions'] = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      ...overrides,
      queries: {
        retry: shouldRetryQuery,
        refetchOnWindowFocus: false,
        ...overrides.queries,
      },
      mutations: { retry: false, ...overrides.mutations },
    },
  });
}
