import { ApiError, apiErrorFromResponse, networkError } from './api-error';
import { csrfHeaderName, currentCsrfToken, refreshCsrfToken } from './csrf';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded (the login endpoint wants this). */
  form?: Record<string, string>;
  /** Sent as multipart/form-data (file uploads); the browser sets the boundary. */
  formData?: FormData;
  /** Appended to the path; empty values are left out so filters can be passed as they are. */
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Handed the headers of a successful answer (e.g. a list's X-Total-Count). */
  onHeaders?: (headers: Headers) => void;
};

type ProblemListener = (error: ApiError, request: { method: Method; path: string }) => void;
const problemListeners = new Set<ProblemListener>();

/**
 * Lets the app react to problems wherever they happen (an expired session, a forced password
 * change) without every caller checking for them. Returns the function that unsubscribes.
 */
export function onApiProblem(listener: ProblemListener): () => void {
  problemListeners.add(listener);
  return () => problemListeners.delete(listener);
}

const UNSAFE_METHODS: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function bodyOf(options: RequestOptions): { body?: BodyInit; contentType?: string } {
  if (options.formData) return { body: options.formData };
  if (options.form) {
    return { body: new URLSearchParams(options.form), contentType: 'application/x-www-form-urlencoded' };
  }
  if (options.json !== undefined) {
    return { body: JSON.stringify(options.json), contentType: 'application/json' };
  }
  return {};
}

async function send(method: Method, url: string, options: RequestOptions, csrfToken: string | null) {
  const { body, contentType } = bodyOf(options);
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (contentType) headers.set('Content-Type', contentType);
  if (csrfToken) headers.set(csrfHeaderName(), csrfToken);
  // The page's language (set by the i18n module on <html lang>), so a server that can translate
  // its messages answers in the user's language.
  const language = document.documentElement.lang;
  if (language) headers.set('Accept-Language', language);
  try {
    return await fetch(url, {
      method,
      headers,
      body: body ?? null,
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause; // let callers tell a cancel from a failure
    throw networkError(cause);
  }
}

async function parseSuccess<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  const contentType = response.headers.get('Content-Type') ?? '';
  return (/\bjson\b/i.test(contentType) ? JSON.parse(text) : text) as T;
}

/**
 * Calls the Haven API on the same origin with the session cookie. Unsafe methods carry the CSRF
 * token; a request refused for a stale token is retried once with a fresh one (the token changes
 * at login and logout, possibly in another tab). Every failure is thrown as an ApiError.
 */
export async function apiRequest<T = void>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const url = withQuery(path, options.query);
  const unsafe = UNSAFE_METHODS.has(method);

  let response = await send(method, url, options, unsafe ? await currentCsrfToken() : null);
  let error = response.ok ? null : await apiErrorFromResponse(response);

  if (unsafe && error?.is('csrf-token-invalid')) {
    response = await send(method, url, options, await refreshCsrfToken());
    error = response.ok ? null : await apiErrorFromResponse(response);
  }

  if (error) {
    const problem = error;
    problemListeners.forEach((listener) => listener(problem, { method, path }));
    throw problem;
  }
  options.onHeaders?.(response.headers);
  return parseSuccess<T>(response);
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'json' | 'form'>) => apiRequest<T>('GET', path, options),
  post: <T = void>(path: string, json?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, { ...options, json }),
  put: <T = void>(path: string, json?: unknown, options?: RequestOptions) =>
    apiRequest<T>('PUT', path, { ...options, json }),
  patch: <T = void>(path: string, json?: unknown, options?: RequestOptions) =>
    apiRequest<T>('PATCH', path, { ...options, json }),
  delete: <T = void>(path: string, options?: RequestOptions) => apiRequest<T>('DELETE', path, options),
  postForm: <T = void>(path: string, form: Record<string, string>, options?: RequestOptions) =>
    apiRequest<T>('POST', path, { ...options, form }),
  postFormData: <T = void>(path: string, formData: FormData, options?: RequestOptions) =>
    apiRequest<T>('POST', path, { ...options, formData }),
};
