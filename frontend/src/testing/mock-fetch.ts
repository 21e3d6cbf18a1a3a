import { vi } from 'vitest';
import { setCookie } from './cookies';

/** One request the code under test sent, as the server would have seen it. */
export type RecordedRequest = {
  method: string;
  /** Path and query, e.g. /api/admin/accounts?page=0&size=20 */
  url: string;
  path: string;
  headers: Headers;
  body: string | null;
  /** The body of a multipart upload, as the code under test built it. */
  formData: FormData | null;
};

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

/**
 * What every signed-in page asks for whatever the test is about (the header's notification
 * count): an empty inbox, unless the test gives its own handler for the route.
 */
const BACKGROUND_ROUTES: Record<string, Handler> = {
  'GET /api/notifications': () => json({ unreadCount: 0, items: [] }),
};

/**
 * Replaces the global fetch with a fake server: handlers are keyed by "METHOD /path" (no query).
 * A list of handlers answers successive calls in turn, the last one repeating. A request nobody
 * expected fails the test that made it, instead of silently answering something.
 */
export function mockFetch(testRoutes: Record<string, Handler | Handler[]>) {
  const routes: Record<string, Handler | Handler[]> = { ...BACKGROUND_ROUTES, ...testRoutes };
  const requests: RecordedRequest[] = [];
  const unexpected: string[] = [];
  const callsPerRoute = new Map<string, number>();

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    // JSON is sent as a string and a login as URLSearchParams; an upload is kept as formData below.
    const body =
      typeof init.body === 'string' ? init.body : init.body instanceof URLSearchParams ? init.body.toString() : null;
    const request: RecordedRequest = {
      method,
      url: `${url.pathname}${url.search}`,
      path: url.pathname,
      headers: new Headers(init.headers),
      body,
      formData: init.body instanceof FormData ? init.body : null,
    };
    requests.push(request);
    const key = `${method} ${url.pathname}`;
    const route = routes[key];
    if (!route) {
      unexpected.push(key);
      throw new Error(`Unexpected request in test: ${key}`);
    }
    const handlers = Array.isArray(route) ? route : [route];
    const index = callsPerRoute.get(key) ?? 0;
    callsPerRoute.set(key, index + 1);
    return handlers[Math.min(index, handlers.length - 1)]!(request);
  });

  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    unexpected,
    /** The requests to one route, in order. */
    requestsTo: (key: string) => requests.filter((request) => `${request.method} ${request.path}` === key),
  };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export function problem(
  slug: string,
  status: number,
  extra: { detail?: string; errors?: { field: string; code?: string; message: string }[] } = {},
): Response {
  return new Response(
    JSON.stringify({ type: `urn:haven:problem:${slug}`, title: slug, status, instance: '/api/test', ...extra }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Answers GET /api/auth/csrf like the server: sets the XSRF-TOKEN cookie and returns the token. */
export function csrf(token: string): Handler {
  return () => {
    setCookie('XSRF-TOKEN', token);
    return json({ token, headerName: 'X-XSRF-TOKEN' });
  };
}

export const users = {
  host: {
    id: 'u-host',
    email: 'host@haven.example',
    displayName: 'Hana Host',
    role: 'HOST',
    passwordChangeRequired: false,
  },
  caseworker: {
    id: 'u-cw',
    email: 'caseworker@haven.example',
    displayName: 'Carl Caseworker',
    role: 'CASEWORKER',
    passwordChangeRequired: false,
  },
  admin: {
    id: 'u-admin',
    email: 'admin@haven.example',
    displayName: 'Ada Admin',
    role: 'ADMIN',
    passwordChangeRequired: false,
  },
} as const;

/** GET /api/auth/me for nobody signed in. */
export function anonymous(): Response {
  return problem('unauthenticated', 401, { detail: 'Full authentication is required' });
}
