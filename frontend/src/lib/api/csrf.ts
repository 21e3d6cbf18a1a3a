/**
 * CSRF token handling. The server keeps the token in the `XSRF-TOKEN` cookie (readable by
 * scripts on purpose) and expects it back in a header on every unsafe request. The token changes
 * at login and logout, so callers refresh it after each (see refreshCsrfToken).
 */
import { ApiError, apiErrorFromResponse, networkError } from './api-error';

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_ENDPOINT = '/api/auth/csrf';

let headerName = 'X-XSRF-TOKEN';
// Only used if the cookie cannot be read after a refresh (it should always be readable).
let tokenFromBody: string | null = null;
let pendingRefresh: Promise<string> | null = null;

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function csrfHeaderName(): string {
  return headerName;
}

/** Asks the server for a fresh token. Concurrent callers share one request. */
export function refreshCsrfToken(): Promise<string> {
  pendingRefresh ??= (async () => {
    try {
      let response: Response;
      try {
        response = await fetch(CSRF_ENDPOINT, {
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
        });
      } catch (cause) {
        throw networkError(cause);
      }
      if (!response.ok) throw await apiErrorFromResponse(response);
      const body = (await response.json()) as { token?: string; headerName?: string };
      if (body.headerName) headerName = body.headerName;
      tokenFromBody = body.token ?? null;
      // Prefer the cookie: it holds the raw token that the server compares the header with.
      const token = readCookie(CSRF_COOKIE) ?? tokenFromBody;
      if (!token) throw new ApiError({ status: response.status, type: 'unexpected-response' });
      return token;
    } finally {
      pendingRefresh = null;
    }
  })();
  return pendingRefresh;
}

/** The current token, fetched from the server only when the cookie is missing. */
export async function currentCsrfToken(): Promise<string> {
  return readCookie(CSRF_COOKIE) ?? (await refreshCsrfToken());
}

/** For tests: forget what was learned from earlier responses. */
export function resetCsrfState(): void {
  headerName = 'X-XSRF-TOKEN';
  tokenFromBody = null;
  pendingRefresh = null;
}
