import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { csrf, json, mockFetch, noContent, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import { overrideProposal, placement, proposal } from '../test-data';

/** The page's code loads lazily; on a busy machine that can take longer than the default second. */
const LAZY_PAGE = { timeout: 5000 };

const HEADING = 'Proposal: FAM-7K2Q in “Two rooms in a family home”';

async function openProposal() {
  const app = renderApp('/caseworker/proposals/p-1');
  await screen.findByRole('heading', { level: 1, name: HEADING }, LAZY_PAGE);
  return { app, decision: screen.getByRole('region', { name: 'Your decision' }) };
}

function bodyOf(request: { body: string | null } | undefined): unknown {
  return JSON.parse(request?.body ?? 'null');
}

describe('a proposal and its decision', () => {
  it('shows who and where and every rule as checked; approving opens the new placement', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/matching/proposals/p-1': () => json(proposal),
      'POST /api/matching/proposals/p-1/approve': () => json(placement, 201),
      'GET /api/placements/pl-1': () => json(placement),
    });
    const { app, decision } = await openProposal();

    expect(screen.getByRole('region', { name: 'Who and where' })).toHaveTextContent(
      'FamilyFAM-7K2Q 3 people (2 adults, 1 children)',
    );
    const rules = within(screen.getByRole('region', { name: 'Each rule as checked for this pair' })).getAllByRole(
      'row',
    );
    expect(rules.map((row) => row.textContent)).toEqual([
      'RuleWhat Haven foundResult',
      'S112 km from preferred area (Leeds)Penalty 12',
      'S21 spare bedPenalty 10',
      'H13 people, room for up to 4Met',
      'H10Not a women-only homeMet',
    ]);
    expect(within(decision).queryByText('Needs an override')).toBeNull();
    expect(within(decision).queryByRole('textbox')).toBeNull();

    await app.user.click(within(decision).getByRole('button', { name: 'Approve' }));

    expect(bodyOf(server.requestsTo('POST /api/matching/proposals/p-1/approve')[0])).toEqual({});
    await waitFor(() => expect(app.location()).toBe('/caseworker/placements/pl-1'));
    expect(await screen.findByText('Approved. The host has been asked to accept or decline.')).toBeInTheDocument();
  });

  it('shows a broken H10–H12 rule in red words and approves only with a written reason', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/matching/proposals/p-1': () => json(overrideProposal),
      'POST /api/matching/proposals/p-1/approve': () =>
        json({ ...placement, override: { rules: ['H10'], reason: 'Her son is 17 and the host agreed.' } }, 201),
      'GET /api/placements/pl-1': () =>
        json({ ...placement, override: { rules: ['H10'], reason: 'Her son is 17 and the host agreed.' } }),
    });
    const { app, decision } = await openProposal();

    expect(within(decision).getByText('Needs an override')).toBeInTheDocument();
    expect(decision).toHaveTextContent('H10 Women-only home; a man aged 17 is in the family');
    expect(screen.getByRole('row', { name: /^H10/ })).toHaveTextContent('Broken: needs an override');

    await app.user.click(within(decision).getByRole('button', { name: 'Approve with an override' }));
    const reason = within(decision).getByLabelText('Why this home is right for this family all the same');
    expect(reason).toHaveAccessibleDescription(/This field is required/);
    expect(server.requestsTo('POST /api/matching/proposals/p-1/approve')).toHaveLength(0);

    await app.user.type(reason, 'Her son is 17 and the host agreed.');
    await app.user.click(within(decision).getByRole('button', { name: 'Approve with an override' }));

    expect(bodyOf(server.requestsTo('POST /api/matching/proposals/p-1/approve')[0])).toEqual({
      overrideReason: 'Her son is 17 and the host agreed.',
    });
    await waitFor(() => expect(app.location()).toBe('/caseworker/placements/pl-1'));
    const override = await screen.findByRole('region', { name: 'Approved with an override' });
    expect(override).toHaveTextContent('Rules broken on purpose: H10');
    expect(override).toHaveTextContent('Her son is 17 and the host agreed.');
  });

  it('asks for a reason when the server finds a broken H10–H12 rule the page did not know about', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/matching/proposals/p-1': () => json(proposal),
      'POST /api/matching/proposals/p-1/approve': [
        () =>
          problem('validation-failed', 400, {
            detail: 'This pair breaks H12 (…). Approve it only with a written reason.',
            errors: [{ field: 'overrideReason', code: 'override-required', message: 'Write why…' }],
          }),
        () => json(placement, 201),
      ],
      'GET /api/placements/pl-1': () => json(placement),
    });
    const { app, decision } = await openProposal();

    await app.user.click(within(decision).getByRole('button', { name: 'Approve' }));

    const reason = await within(decision).findByLabelText('Why this home is right for this family all the same');
    expect(reason).toHaveAccessibleDescription(/Write why you approve this pair although it breaks a rule\./);
    await app.user.type(reason, 'Checked with the family.');
    await app.user.click(within(decision).getByRole('button', { name: 'Approve with an override' }));

    expect(bodyOf(server.requestsTo('POST /api/matching/proposals/p-1/approve')[1])).toEqual({
      overrideReason: 'Checked with the family.',
    });
    await waitFor(() => expect(app.location()).toBe('/caseworker/placements/pl-1'));
  });

  it('says clearly when the offer was taken meanwhile (409), with the server’s reason', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/matching/proposals/p-1': () => json(proposal),
      'POST /api/matching/proposals/p-1/approve': () =>
        problem('conflict', 409, {
          detail: 'This offer or this family was placed by someone else a moment ago. Reload and check.',
        }),
    });
    const { app, decision } = await openProposal();

    await app.user.click(within(decision).getByRole('button', { name: 'Approve' }));

    expect(await within(decision).findByRole('alert')).toHaveTextContent(
      'This proposal cannot be decided any more. This offer or this family was placed by someone else a moment ago.',
    );
    expect(app.location()).toBe('/caseworker/proposals/p-1');
  });

  it('rejects only with a reason, and then shows the proposal as rejected', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/matching/proposals/p-1': [() => json(proposal), () => json({ ...proposal, status: 'REJECTED' })],
      'POST /api/matching/proposals/p-1/reject': () => noContent(),
    });
    const { app, decision } = await openProposal();

    await app.user.click(within(decision).getByRole('button', { name: 'Reject…' }));
    await app.user.click(within(decision).getByRole('button', { name: 'Reject this proposal' }));
    expect(within(decision).getByLabelText('Why you reject this proposal')).toHaveAccessibleDescription(
      /This field is required/,
    );
    expect(server.requestsTo('POST /api/matching/proposals/p-1/reject')).toHaveLength(0);

    await app.user.type(within(decision).getByLabelText('Why you reject this proposal'), 'The family wants Bradford.');
    await app.user.click(within(decision).getByRole('button', { name: 'Reject this proposal' }));

    expect(bodyOf(server.requestsTo('POST /api/matching/proposals/p-1/reject')[0])).toEqual({
      reason: 'The family wants Bradford.',
    });
    expect(
      await screen.findByText(/^Rejected\. This family and this offer will not be proposed together again/),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Your decision' })).queryByRole('button')).toBeNull();
    await waitFor(() => expect(server.requestsTo('GET /api/matching/proposals/p-1')).toHaveLength(2));
  });

  it('offers no decision on a proposal that is no longer PROPOSED', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/matching/proposals/p-1': () => json({ ...proposal, status: 'SUPERSEDED' }),
    });
    const { decision } = await openProposal();
    expect(decision).toHaveTextContent(
      'This proposal is replaced by a newer matching run: there is nothing to decide.',
    );
    expect(within(decision).queryByRole('button')).toBeNull();
  });
});
