import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setCookie } from '../../../testing/cookies';
import { json, mockFetch, problem, users, type RecordedRequest } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import { FakeEventSource } from '../fake-event-source';
import { doneRun, leedsProposal, olderRun, proposals, solvingRun, unassigned, whyBig } from '../test-data';
import type { Proposal, Run, UnassignedFamily } from '../types';

function runPage(items: Run[]) {
  return json({ items, page: 0, size: 6, totalItems: items.length, totalPages: 1 });
}

/** A JSON array answer with the total of all its pages in X-Total-Count, as the server sends a run's lists. */
function listAnswer<T>(items: T[], request: RecordedRequest, total = items.length): Response {
  const query = new URL(request.url, 'http://localhost').searchParams;
  const page = Number(query.get('page') ?? 0);
  const size = Number(query.get('size') ?? items.length);
  return new Response(JSON.stringify(items.slice(page * size, (page + 1) * size)), {
    headers: { 'Content-Type': 'application/json', 'X-Total-Count': String(total) },
  });
}

/** The server's side of the proposals list in small: its filters and the orders these tests use. */
function proposalsAnswer(request: RecordedRequest): Response {
  const query = new URL(request.url, 'http://localhost').searchParams;
  const q = (query.get('q') ?? '').toLowerCase();
  const orders: Record<string, (a: Proposal, b: Proposal) => number> = {
    'score-best': (a, b) => b.score - a.score,
    'size-largest': (a, b) => b.family.size - a.family.size,
    'distance-nearest': (a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity),
  };
  const found = proposals
    .filter((proposal) => !query.get('urgency') || proposal.family.urgency === query.get('urgency'))
    .filter((proposal) =>
      [proposal.family.reference, proposal.offer.title, proposal.offer.place].some((text) =>
        text.toLowerCase().includes(q),
      ),
    )
    .sort(orders[query.get('sort') ?? 'score-best']);
  return listAnswer(found, request);
}

function unassignedAnswer(families: UnassignedFamily[]) {
  return (request: RecordedRequest) => {
    const query = new URL(request.url, 'http://localhost').searchParams;
    const q = (query.get('q') ?? '').toLowerCase();
    const found = families
      .filter((family) => !query.get('urgency') || family.urgency === query.get('urgency'))
      .filter((family) => family.reference.toLowerCase().includes(q));
    return listAnswer(found, request);
  };
}

const doneRoutes = {
  'GET /api/auth/me': () => json(users.caseworker),
  'GET /api/matching/runs': () => runPage([doneRun, olderRun]),
  'GET /api/matching/runs/run-2/proposals': proposalsAnswer,
  'GET /api/matching/runs/run-2/unassigned': unassignedAnswer(unassigned),
};

async function openMatching(path = '/caseworker/matching') {
  const app = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'Matching' });
  return app;
}

/** The proposals' headings in the order shown. */
async function shownProposals(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'Proposals' });
  return within(list)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' '));
}

beforeEach(() => {
  FakeEventSource.reset();
  vi.stubGlobal('EventSource', FakeEventSource);
  setCookie('XSRF-TOKEN', 'token-1');
});

describe('the caseworker matching page', () => {
  it('is in the caseworker navigation', async () => {
    mockFetch(doneRoutes);
    await openMatching();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Matching' })).toHaveAttribute('aria-current', 'page');
  });

  it('with no run yet, starts one with the time chosen and follows it until it is done', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/matching/runs': [() => runPage([]), () => runPage([solvingRun])],
      'POST /api/matching/runs': () => json({ ...solvingRun, score: null, assigned: 0, elapsedMs: 0 }, 202),
      'GET /api/matching/runs/run-2/proposals': proposalsAnswer,
      'GET /api/matching/runs/run-2/unassigned': unassignedAnswer(unassigned),
    });
    const app = await openMatching();
    expect(await screen.findByText('No matching run yet. Start one to see proposals.')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Start a matching run' });
    expect(within(form).getByLabelText('Time for the solver')).toHaveValue('30');
    await app.user.selectOptions(within(form).getByLabelText('Time for the solver'), '10 seconds');
    await app.user.click(within(form).getByRole('button', { name: 'Run matching' }));

    const panel = await screen.findByRole('region', { name: 'Latest run' });
    expect(server.requestsTo('POST /api/matching/runs')[0]?.body).toBe('{"seconds":10}');
    expect(panel).toHaveTextContent('Solving');
    expect(screen.queryByRole('form', { name: 'Start a matching run' })).not.toBeInTheDocument();
    const live = panel.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('Best so far: No solution yet. 0 of 60 families have an offer.');

    const stream = FakeEventSource.latest();
    expect(stream.url).toBe('/api/matching/runs/run-2/events');
    act(() => stream.emit('progress', solvingRun));
    expect(live).toHaveTextContent(
      'Best so far: Rules broken: 0 · People still waiting (counted by urgency): 57 · Points off a perfect fit: 1,234. 48 of 60 families have an offer.',
    );

    act(() => stream.emit('end', doneRun));
    expect(await screen.findByRole('status')).toHaveTextContent('Matching finished with 3 proposals.');
    expect(stream.closed).toBe(true);
    expect(panel).toHaveTextContent('Done');
    expect(panel).toHaveTextContent('Proposals created3');
    expect(await shownProposals()).toHaveLength(3);
    expect(screen.getByRole('form', { name: 'Start a matching run' })).toBeInTheDocument();
  });

  it('stops a solving run and says that nothing was proposed', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/matching/runs': () => runPage([solvingRun]),
      // The server answers at once, still solving; the run ends STOPPED at the solver's next step.
      'POST /api/matching/runs/run-2/stop': () => json(solvingRun, 202),
    });
    const app = await openMatching();
    const panel = await screen.findByRole('region', { name: 'Latest run' });

    await app.user.click(within(panel).getByRole('button', { name: 'Stop' }));

    expect(await within(panel).findByRole('button', { name: 'Stopping…' })).toBeDisabled();
    expect(server.requestsTo('POST /api/matching/runs/run-2/stop')).toHaveLength(1);
    act(() =>
      FakeEventSource.latest().emit('end', { ...solvingRun, status: 'STOPPED', finishedAt: '2026-03-02T10:00:05Z' }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent('Matching stopped. No proposals were created.');
    expect(panel).toHaveTextContent(
      'This run was stopped: it created no proposals, and earlier proposals stay as they were.',
    );
    expect(within(panel).queryByRole('button', { name: /Stop/ })).not.toBeInTheDocument();
    expect(FakeEventSource.latest().closed).toBe(true);
    expect(screen.queryByRole('list', { name: 'Proposals' })).not.toBeInTheDocument();
  });

  it('shows the run already solving when another caseworker started one first', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/matching/runs': [() => runPage([olderRun]), () => runPage([solvingRun, olderRun])],
      'POST /api/matching/runs': () => problem('matching-run-in-progress', 409, { detail: 'A run is solving' }),
    });
    const app = await openMatching();
    await app.user.click(await screen.findByRole('button', { name: 'Run matching' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'A matching run was already in progress, so no new one was started. It is shown below.',
    );
    expect(screen.getByRole('region', { name: 'Latest run' })).toHaveTextContent('Solving');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says why a start failed', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/matching/runs': () => runPage([]),
      'POST /api/matching/runs': () => problem('access-denied', 403),
    });
    const app = await openMatching();
    await app.user.click(await screen.findByRole('button', { name: 'Run matching' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account is not allowed to do this.');
  });

  it('shows the latest run’s counts and score in plain words, and earlier runs', async () => {
    mockFetch(doneRoutes);
    await openMatching();
    const panel = await screen.findByRole('region', { name: 'Latest run' });
    // A short page: the run in one sentence; its details, its proposals and the families without
    // an offer in sections that start closed.
    expect(panel).toHaveTextContent('55 of 60 families given an offer');
    expect(within(panel).getByText('More about this run').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByRole('group', { name: 'Proposals' })).not.toHaveAttribute('open');
    expect(screen.getByRole('group', { name: 'Families without an offer' })).not.toHaveAttribute('open');
    expect(screen.getByRole('group', { name: 'Earlier runs' })).not.toHaveAttribute('open');
    expect(panel).toHaveTextContent('Families in the run60');
    expect(panel).toHaveTextContent('Offers in the run80');
    expect(panel).toHaveTextContent('Families given an offer55');
    expect(panel).toHaveTextContent('0 rules broken');
    expect(panel).toHaveTextContent('People still waiting: 12');
    expect(panel).toHaveTextContent('Points off a perfect fit: 345');
    expect(panel).toHaveTextContent('Started2 Mar 2026');

    const history = screen.getByRole('list', { name: 'Earlier runs' });
    const link = within(history).getByRole('link', { name: /^Run of 1 Mar 2026/ });
    expect(link).toHaveAttribute('href', '/caseworker/matching/runs/run-1');
    expect(history).toHaveTextContent('Stopped');
  });

  it('lists the proposals with the family, the offer, distance, score and the top two reasons', async () => {
    mockFetch(doneRoutes);
    await openMatching();
    expect(await shownProposals()).toEqual([
      'F-ABCD → to Flat by the river',
      'F-7K2Q → to Double room near Hyde Park',
      'F-ZZ99 → to House in Bradford',
    ]);
    expect(screen.getByText('3 proposals', { selector: 'p' })).toBeInTheDocument();

    const card = screen.getByRole('heading', { level: 3, name: /F-7K2Q/ }).closest('li')!;
    expect(card).toHaveTextContent('5 people: 2 adults, 3 children · waiting 9 days');
    expect(card).toHaveTextContent('Urgency!High');
    expect(card).toHaveTextContent('Offer inLeeds LS6');
    expect(card).toHaveTextContent('Distance12 km');
    expect(card).toHaveTextContent('How well it fits42 points off a perfect fit');
    const reasons = within(card)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(reasons).toEqual([
      // Worded from its key in the reader's language; a line stored without one keeps the server's text.
      'S3 Shared language: No language shared with the host',
      'S1 Distance: 12 km from preferred area (Leeds)',
    ]);
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/caseworker/matching/runs/run-2/proposals/p-1');

    const noLocation = screen.getByRole('heading', { level: 3, name: /F-ZZ99/ }).closest('li')!;
    expect(noLocation).toHaveTextContent('DistanceNo preferred area');
  });

  it('sorts and filters the proposals on the server, keeping the choice in the address', async () => {
    const server = mockFetch(doneRoutes);
    const app = await openMatching();
    await shownProposals();
    const filters = screen.getByRole('search', { name: 'Sort and filter proposals' });

    await app.user.selectOptions(within(filters).getByLabelText('Sort by'), 'Family size, largest first');
    expect(await shownProposals()).toEqual([
      'F-ZZ99 → to House in Bradford',
      'F-7K2Q → to Double room near Hyde Park',
      'F-ABCD → to Flat by the river',
    ]);
    expect(app.location()).toBe('/caseworker/matching?sort=size-largest');

    await app.user.selectOptions(within(filters).getByLabelText('Urgency'), 'High');
    expect(await shownProposals()).toEqual(['F-7K2Q → to Double room near Hyde Park']);
    expect(screen.getByText('1 of 3 proposals shown')).toBeInTheDocument();

    await app.user.selectOptions(within(filters).getByLabelText('Urgency'), 'Any urgency');
    await app.user.type(within(filters).getByLabelText('Search'), 'york');
    // The search goes to the server once typing pauses.
    await waitFor(async () => expect(await shownProposals()).toEqual(['F-ABCD → to Flat by the river']));
    expect(app.location()).toBe('/caseworker/matching?sort=size-largest&q=york');

    await app.user.type(within(filters).getByLabelText('Search'), 'shire');
    expect(await screen.findByText('No proposal fits these filters.')).toBeInTheDocument();

    await app.user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    expect(await shownProposals()).toHaveLength(3);
    expect(app.location()).toBe('/caseworker/matching');

    const asked = server.requestsTo('GET /api/matching/runs/run-2/proposals').map((request) => request.url);
    expect(asked[0]).toBe('/api/matching/runs/run-2/proposals?size=20&sort=score-best&page=0');
    expect(asked).toContain('/api/matching/runs/run-2/proposals?size=20&sort=size-largest&urgency=HIGH&page=0');
    expect(asked).toContain('/api/matching/runs/run-2/proposals?size=20&sort=size-largest&q=york&page=0');
    // Typing waits for a pause: not one request per letter.
    expect(asked.filter((url) => url.includes('q=yor&') || url.includes('q=yo&'))).toEqual([]);
  });

  it('asks for one page at a time and moves between pages', async () => {
    const many = Array.from({ length: 45 }, (_, index) => ({
      ...leedsProposal,
      id: `p-many-${index}`,
      family: { ...leedsProposal.family, reference: `F-${String(index + 1).padStart(4, '0')}` },
    }));
    const server = mockFetch({
      ...doneRoutes,
      'GET /api/matching/runs/run-2/proposals': (request) => listAnswer(many, request),
    });
    const app = await openMatching();
    expect(await shownProposals()).toHaveLength(20);
    expect(screen.getByText('45 proposals')).toBeInTheDocument();
    const pages = screen.getAllByRole('navigation', { name: 'Pages' })[0]!;
    expect(pages).toHaveTextContent('Page 1 of 3');

    await app.user.click(within(pages).getByRole('button', { name: 'Next page' }));
    await waitFor(() =>
      expect(screen.getAllByRole('navigation', { name: 'Pages' })[0]).toHaveTextContent('Page 2 of 3'),
    );
    expect((await shownProposals())[0]).toMatch(/^F-0021/);
    expect(app.location()).toBe('/caseworker/matching?page=2');
    expect(server.requestsTo('GET /api/matching/runs/run-2/proposals').at(-1)?.url).toBe(
      '/api/matching/runs/run-2/proposals?size=20&sort=score-best&page=1',
    );
  });

  it('opens the list sorted and filtered as the address says', async () => {
    mockFetch(doneRoutes);
    await openMatching('/caseworker/matching?sort=distance-nearest&urgency=CRITICAL');
    expect(await shownProposals()).toEqual(['F-ZZ99 → to House in Bradford']);
    expect(screen.getByLabelText('Sort by')).toHaveValue('distance-nearest');
  });

  it('lists the families left without an offer, and on “Why?” what keeps the nearest offers from each', async () => {
    const server = mockFetch({
      ...doneRoutes,
      'GET /api/matching/families/f-9/why-unassigned': () => json(whyBig),
    });
    const app = await openMatching();
    const section = await screen.findByRole('group', { name: 'Families without an offer' });
    expect(section).not.toHaveAttribute('open');
    await app.user.click(within(section).getByText('Families without an offer'));
    expect(section).toHaveAttribute('open');
    const family = await within(section).findByRole('listitem');
    expect(family).toHaveTextContent('F-BIG1');
    expect(family).toHaveTextContent('12 people');
    expect(family).toHaveTextContent('Critical');
    expect(within(family).getByRole('link', { name: 'F-BIG1' })).toHaveAttribute('href', '/caseworker/families/f-9');

    const why = within(family).getByRole('button', { name: 'Why? (F-BIG1)' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    await app.user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');

    await waitFor(() => expect(family).toHaveTextContent('Family house in Leeds · Leeds LS8 · 4 km'));
    expect(family).toHaveTextContent('Data used: today’s, as of 21 Nov 2025');
    expect(family).toHaveTextContent('H1 Capacity: 12 people; room for only 8');
    expect(family).toHaveTextContent('H2 Bedrooms: needs 5 bedrooms, the offer has 4');
    expect(family).toHaveTextContent(
      'Given to another family: Proposed to family \u2068F-7K2Q\u2069, which the run could house better here',
    );
    expect(family).toHaveTextContent('Annexe in Otley · Otley LS21 · No preferred area');
    expect(family).toHaveTextContent('Changed since the run: No rule keeps the family out now');
    expect(server.requestsTo('GET /api/matching/families/f-9/why-unassigned')[0]?.url).toBe(
      '/api/matching/families/f-9/why-unassigned?runId=run-2',
    );

    await app.user.click(why);
    expect(family).not.toHaveTextContent('Family house in Leeds');
  });

  it('filters the families without an offer by urgency and reference on the server', async () => {
    const families: UnassignedFamily[] = [
      ...unassigned,
      { familyId: 'f-10', reference: 'F-SMAL', size: 2, urgency: 'NORMAL', waitingDays: 3 },
    ];
    const server = mockFetch({ ...doneRoutes, 'GET /api/matching/runs/run-2/unassigned': unassignedAnswer(families) });
    const app = await openMatching();
    const section = await screen.findByRole('group', { name: 'Families without an offer' });
    expect(await within(section).findAllByRole('listitem')).toHaveLength(2);
    const filters = within(section).getByRole('search', { name: 'Filter families without an offer' });

    await app.user.selectOptions(within(filters).getByLabelText('Urgency'), 'Normal');
    expect(await within(section).findByText('1 family fits these filters.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'F-SMAL' })).toBeInTheDocument();

    await app.user.type(within(filters).getByLabelText('Search'), 'big');
    expect(await within(section).findByText('No family fits these filters.')).toBeInTheDocument();
    expect(server.requestsTo('GET /api/matching/runs/run-2/unassigned').at(-1)?.url).toBe(
      '/api/matching/runs/run-2/unassigned?size=20&urgency=NORMAL&q=big&page=0',
    );
  });

  it('says when a family is no longer waiting, so the server has nothing to explain', async () => {
    mockFetch({ ...doneRoutes, 'GET /api/matching/families/f-9/why-unassigned': () => problem('not-found', 404) });
    const app = await openMatching();
    await app.user.click(await screen.findByRole('button', { name: 'Why? (F-BIG1)' }));
    expect(
      await screen.findByText('This family is not waiting for matching any more, so there is nothing to explain.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens an earlier run on its own page', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/matching/runs/run-1': () => json(olderRun),
    });
    renderApp('/caseworker/matching/runs/run-1');
    expect(await screen.findByRole('heading', { level: 1, name: /^Run of 1 Mar 2026/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'The run' })).toHaveTextContent('Stopped');
    expect(screen.getByRole('link', { name: 'Back to matching' })).toHaveAttribute('href', '/caseworker/matching');
  });
});
