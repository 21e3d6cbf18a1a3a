import { describe, expect, it } from 'vitest';
import { setCookie } from '../../../testing/cookies';
import { json, mockFetch, problem } from '../../../testing/mock-fetch';
import { doneRun, olderRun, solvingRun } from '../test-data';
import { listRuns, startRun, stopRun, whyUnassigned } from './matching-api';

function runPage(items: unknown[]) {
  return json({ items, page: 0, size: items.length, totalItems: items.length, totalPages: 1 });
}

describe('matching api', () => {
  it('starts a run with the chosen seconds, sending the CSRF token', async () => {
    setCookie('XSRF-TOKEN', 'token-1');
    const server = mockFetch({ 'POST /api/matching/runs': () => json(solvingRun, 202) });

    await expect(startRun(10)).resolves.toEqual({ started: true, run: solvingRun });

    const [request] = server.requestsTo('POST /api/matching/runs');
    expect(request?.body).toBe('{"seconds":10}');
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('token-1');
  });

  it('answers the run already solving when the server refuses a second start', async () => {
    setCookie('XSRF-TOKEN', 'token-1');
    const server = mockFetch({
      'POST /api/matching/runs': () => problem('matching-run-in-progress', 409, { detail: 'A run is solving' }),
      'GET /api/matching/runs': () => runPage([solvingRun]),
    });

    await expect(startRun(30)).resolves.toEqual({ started: false, run: solvingRun });
    expect(server.requestsTo('GET /api/matching/runs')[0]?.url).toBe('/api/matching/runs?page=0&size=1');
  });

  it('throws any other refusal as it came', async () => {
    setCookie('XSRF-TOKEN', 'token-1');
    mockFetch({ 'POST /api/matching/runs': () => problem('access-denied', 403) });

    await expect(startRun(30)).rejects.toMatchObject({ status: 403, type: 'access-denied' });
  });

  it('lists runs a page at a time and stops one by id', async () => {
    setCookie('XSRF-TOKEN', 'token-1');
    const server = mockFetch({
      'GET /api/matching/runs': () => runPage([doneRun, olderRun]),
      'POST /api/matching/runs/run-2/stop': () => json({ ...solvingRun, status: 'STOPPED' }, 202),
    });

    expect((await listRuns(0, 6)).items.map((run) => run.id)).toEqual(['run-2', 'run-1']);
    expect(server.requestsTo('GET /api/matching/runs')[0]?.url).toBe('/api/matching/runs?page=0&size=6');
    expect((await stopRun('run-2')).status).toBe('STOPPED');
  });

  it('asks why a family is unassigned in a given run', async () => {
    const server = mockFetch({
      'GET /api/matching/families/f-9/why-unassigned': () => json({ familyId: 'f-9', reference: 'F-BIG1', offers: [] }),
    });

    await whyUnassigned('f-9', 'run-2');

    expect(server.requests[0]?.url).toBe('/api/matching/families/f-9/why-unassigned?runId=run-2');
  });
});
