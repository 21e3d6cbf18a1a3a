import { describe, expect, it } from 'vitest';
import { csrf, json, mockFetch, noContent, problem } from '../../testing/mock-fetch';
import { setCookie } from '../../testing/cookies';
import { ApiError, api } from './index';

describe('api client', () => {
  it('sends the CSRF token from the cookie in X-XSRF-TOKEN on a POST', async () => {
    setCookie('XSRF-TOKEN', 'cookie-token');
    const server = mockFetch({ 'POST /api/things': () => noContent() });

    await api.post('/api/things', { name: 'x' });

    const [request] = server.requestsTo('POST /api/things');
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('cookie-token');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.body).toBe('{"name":"x"}');
  });

  it('fetches a token first when the cookie is missing, and uses the header name the server gives', async () => {
    const server = mockFetch({
      'GET /api/auth/csrf': () => {
        setCookie('XSRF-TOKEN', 'fresh');
        return json({ token: 'fresh', headerName: 'X-CUSTOM-CSRF' });
      },
      'PUT /api/things/1': () => noContent(),
    });

    await api.put('/api/things/1', { name: 'y' });

    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/auth/csrf',
      'PUT /api/things/1',
    ]);
    expect(server.requestsTo('PUT /api/things/1')[0]?.headers.get('X-CUSTOM-CSRF')).toBe('fresh');
  });

  it('sends no CSRF header on a GET and asks for no token', async () => {
    const server = mockFetch({ 'GET /api/things': () => json([1, 2]) });

    await expect(api.get('/api/things')).resolves.toEqual([1, 2]);

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.get('X-XSRF-TOKEN')).toBeNull();
  });

  it('on csrf-token-invalid refetches the token and retries the request once', async () => {
    setCookie('XSRF-TOKEN', 'stale');
    const server = mockFetch({
      'POST /api/things': [() => problem('csrf-token-invalid', 403), () => json({ id: 7 }, 201)],
      'GET /api/auth/csrf': csrf('renewed'),
    });

    await expect(api.post('/api/things', {})).resolves.toEqual({ id: 7 });

    const attempts = server.requestsTo('POST /api/things');
    expect(attempts.map((request) => request.headers.get('X-XSRF-TOKEN'))).toEqual(['stale', 'renewed']);
  });

  it('retries only once: a second csrf-token-invalid is thrown', async () => {
    setCookie('XSRF-TOKEN', 'stale');
    const server = mockFetch({
      'POST /api/things': () => problem('csrf-token-invalid', 403),
      'GET /api/auth/csrf': csrf('still-refused'),
    });

    const error = await api.post('/api/things', {}).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).type).toBe('csrf-token-invalid');
    expect(server.requestsTo('POST /api/things')).toHaveLength(2);
  });

  it('turns problem+json into an ApiError with status, slug, detail and field errors', async () => {
    setCookie('XSRF-TOKEN', 't');
    mockFetch({
      'POST /api/auth/register': () =>
        problem('validation-failed', 400, {
          detail: 'The request has invalid fields',
          errors: [
            { field: 'email', message: 'must be a well-formed email address' },
            { field: 'password', message: 'is too short' },
            { field: 'password', message: 'is too common' },
          ],
        }),
    });

    const error = (await api.post('/api/auth/register', {}).catch((caught: unknown) => caught)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.type).toBe('validation-failed');
    expect(error.detail).toBe('The request has invalid fields');
    expect(error.fieldErrors).toEqual({
      email: 'must be a well-formed email address',
      password: 'is too short is too common',
    });
  });

  it('handles an error body that is not JSON (a proxy error page) without crashing', async () => {
    mockFetch({
      'GET /api/things': () =>
        new Response('<html><body>502 Bad Gateway</body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
    });

    const error = (await api.get('/api/things').catch((caught: unknown) => caught)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.type).toBe('unexpected-response');
    expect(error.fieldErrors).toEqual({});
  });

  it('handles a body that claims to be JSON but is not', async () => {
    mockFetch({
      'GET /api/things': () =>
        new Response('not json', { status: 500, headers: { 'Content-Type': 'application/json' } }),
    });

    const error = (await api.get('/api/things').catch((caught: unknown) => caught)) as ApiError;

    expect(error.status).toBe(500);
    expect(error.type).toBe('unexpected-response');
  });

  it('reports a request that never got an answer as network-error', async () => {
    mockFetch({});

    const error = (await api.get('/api/things').catch((caught: unknown) => caught)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.type).toBe('network-error');
    expect(error.status).toBe(0);
  });

  it('sends login form-encoded', async () => {
    setCookie('XSRF-TOKEN', 't');
    const server = mockFetch({ 'POST /api/auth/login': () => noContent() });

    await api.postForm('/api/auth/login', { username: 'a@b.example', password: 'pass word 12 ✓' });

    const [request] = server.requests;
    expect(request?.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(request?.body ?? '').get('username')).toBe('a@b.example');
    expect(new URLSearchParams(request?.body ?? '').get('password')).toBe('pass word 12 ✓');
  });

  it('leaves empty filters out of the query string', async () => {
    const server = mockFetch({ 'GET /api/admin/accounts': () => json({}) });

    await api.get('/api/admin/accounts', { query: { role: '', status: 'ACTIVE', q: undefined, page: 0 } });

    expect(server.requests[0]?.url).toBe('/api/admin/accounts?status=ACTIVE&page=0');
  });
});
