import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { MAX_QUERY_RETRIES, shouldRetryQuery } from './query-client';

const problem = (status: number, type: string) => new ApiError({ status, type });

describe('shouldRetryQuery', () => {
  it.each([400, 401, 403, 404, 409, 429])('never retries a %i: the server has answered', (status) => {
    expect(shouldRetryQuery(0, problem(status, 'x'))).toBe(false);
  });

  it.each([
    ['a network failure', problem(0, 'network-error')],
    ['a 500', problem(500, 'unexpected-response')],
    ['a 503', problem(503, 'service-busy')],
    ['anything else thrown', new Error('boom')],
  ])('retries %s at most twice', (_name, error) => {
    expect(MAX_QUERY_RETRIES).toBe(2);
    expect(shouldRetryQuery(0, error)).toBe(true);
    expect(shouldRetryQuery(1, error)).toBe(true);
    expect(shouldRetryQuery(2, error)).toBe(false);
  });
});
