import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { csrf, json, mockFetch, problem, users } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { hostDetail } from '../../test-data';

async function openHost(app = renderApp('/caseworker/hosts/h-1')) {
  await screen.findByRole('heading', { level: 1, name: 'Nadia Host' });
  return app;
}

function vettingForm() {
  return screen.getByRole('region', { name: 'Vetting checks' });
}

describe('caseworker host page', () => {
  it('shows the household and the offers with their full address', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.caseworker), 'GET /api/hosts/h-1': () => json(hostDetail) });
    await openHost();

    const household = screen.getByRole('region', { name: 'Household' });
    expect(household).toHaveTextContent('Female, aged 45');
    expect(household).toHaveTextContent('Male, aged 8');
    expect(household).toHaveTextContent('English, Persian (Dari)');
    const offer = screen.getByRole('region', { name: 'Double room in a quiet house' });
    expect(offer).toHaveTextContent('14 Ash Road, Leeds');
    expect(offer).toHaveTextContent('LS6 (Leeds)');
    expect(offer).toHaveTextContent('LGBTQI+ affirming home');
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent('No changes yet.');
  });

  it('offers only the allowed next statuses, and sends every check with the new status and note', async () => {
    const saved = {
      ...hostDetail,
      status: 'CHECKS_IN_PROGRESS',
      nextStatuses: ['APPROVED', 'REJECTED', 'WITHDRAWN'],
      vetting: {
        identityVerified: true,
        homeVisitDate: '2025-01-10',
        homeVisitBy: 'Callum',
        homeVisitOutcome: 'PASSED',
        dbsLevel: 'ENHANCED_WITH_BARRED_LIST',
        dbsDate: '2025-01-05',
        referencesReceived: true,
        trainingDone: false,
      },
      history: [
        {
          at: '2025-01-11T09:30:00Z',
          by: 'Carl Caseworker',
          fromStatus: 'APPLIED',
          toStatus: 'CHECKS_IN_PROGRESS',
          note: 'Visit went well',
        },
      ],
    };
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/hosts/h-1': () => json(hostDetail),
      'PUT /api/hosts/h-1/vetting': () => json(saved),
    });
    const app = await openHost();
    const form = vettingForm();

    const status = within(form).getByLabelText('Vetting status');
    expect(
      within(status)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['No change (Applied)', 'Checks in progress', 'Approved', 'Rejected', 'Withdrawn']);

    await app.user.click(within(form).getByRole('checkbox', { name: 'Identity verified' }));
    await app.user.type(within(form).getByLabelText('Date of the visit'), '2025-01-10');
    await app.user.type(within(form).getByLabelText('Visited by'), 'Callum');
    await app.user.selectOptions(within(form).getByLabelText('Outcome'), 'Passed');
    await app.user.selectOptions(within(form).getByLabelText('Level'), 'Enhanced with barred list');
    await app.user.type(within(form).getByLabelText('Date of the check'), '2025-01-05');
    await app.user.click(within(form).getByRole('checkbox', { name: 'References received' }));
    await app.user.selectOptions(status, 'Checks in progress');
    await app.user.type(within(form).getByLabelText('Note (optional)'), 'Visit went well');
    await app.user.click(within(form).getByRole('button', { name: 'Save vetting' }));

    expect(await screen.findByText('The vetting has been saved.')).toBeInTheDocument();
    expect(JSON.parse(server.requestsTo('PUT /api/hosts/h-1/vetting')[0]?.body ?? '{}')).toEqual({
      status: 'CHECKS_IN_PROGRESS',
      identityVerified: true,
      homeVisitDate: '2025-01-10',
      homeVisitBy: 'Callum',
      homeVisitOutcome: 'PASSED',
      dbsLevel: 'ENHANCED_WITH_BARRED_LIST',
      dbsDate: '2025-01-05',
      referencesReceived: true,
      trainingDone: false,
      note: 'Visit went well',
    });
    const history = screen.getByRole('region', { name: 'History' });
    expect(history).toHaveTextContent('Applied → Checks in progress');
    expect(history).toHaveTextContent('by Carl Caseworker');
    expect(history).toHaveTextContent('Visit went well');
    // The form now starts from what was stored: the next choices follow the new status.
    expect(
      within(within(vettingForm()).getByLabelText('Vetting status'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['No change (Checks in progress)', 'Approved', 'Rejected', 'Withdrawn']);
    expect(within(vettingForm()).getByLabelText('Note (optional)')).toHaveValue('');
  });

  it('shows why an approval was refused, with each missing check marked next to its field', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/hosts/h-1': () =>
        json({ ...hostDetail, status: 'CHECKS_IN_PROGRESS', nextStatuses: ['APPROVED', 'REJECTED', 'WITHDRAWN'] }),
      'PUT /api/hosts/h-1/vetting': () =>
        problem('conflict', 409, {
          detail: 'Cannot approve: identity, home visit, references not done.',
          errors: [
            { field: 'identityVerified', code: 'check-missing', message: 'identity not verified' },
            { field: 'homeVisitOutcome', code: 'check-missing', message: 'no passed home visit' },
            { field: 'referencesReceived', code: 'check-missing', message: 'references not received' },
          ],
        }),
    });
    const app = await openHost();
    const form = vettingForm();

    await app.user.selectOptions(within(form).getByLabelText('Vetting status'), 'Approved');
    await app.user.click(within(form).getByRole('button', { name: 'Save vetting' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(
      'This change is not possible. Cannot approve: identity, home visit, references not done.',
    );
    const missing = 'Error: This check must be done before the host can be approved.';
    expect(within(form).getByRole('checkbox', { name: 'Identity verified' })).toHaveAccessibleDescription(
      expect.stringContaining(missing),
    );
    expect(within(form).getByLabelText('Outcome')).toHaveAccessibleDescription(missing);
    expect(within(form).getByRole('checkbox', { name: 'References received' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('checkbox', { name: 'Safeguarding training done' })).not.toHaveAttribute(
      'aria-invalid',
    );
  });

  it('approves a new host in one save, and never shows "saved" next to a later failure', async () => {
    const approved = {
      ...hostDetail,
      status: 'APPROVED',
      nextStatuses: ['PAUSED', 'REJECTED', 'WITHDRAWN'],
      history: [
        { at: '2025-01-11T09:30:01Z', by: 'Carl', fromStatus: 'CHECKS_IN_PROGRESS', toStatus: 'APPROVED', note: null },
        { at: '2025-01-11T09:30:00Z', by: 'Carl', fromStatus: 'APPLIED', toStatus: 'CHECKS_IN_PROGRESS', note: null },
      ],
    };
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/hosts/h-1': () => json(hostDetail),
      'PUT /api/hosts/h-1/vetting': (request) =>
        (JSON.parse(request.body ?? '{}') as { status?: string }).status === 'APPROVED'
          ? json(approved)
          : problem('validation-failed', 400, {
              errors: [{ field: 'note', code: 'required', message: 'Write a note saying why.' }],
            }),
    });
    const app = await openHost();

    await app.user.selectOptions(within(vettingForm()).getByLabelText('Vetting status'), 'Approved');
    await app.user.click(within(vettingForm()).getByRole('button', { name: 'Save vetting' }));

    expect(await screen.findByText('The vetting has been saved.')).toBeInTheDocument();
    expect(JSON.parse(server.requestsTo('PUT /api/hosts/h-1/vetting')[0]?.body ?? '{}')).toMatchObject({
      status: 'APPROVED',
    });
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent('Checks in progress → Approved');

    // Pausing needs a note the server asks for here: the old confirmation must not stay beside it.
    await app.user.selectOptions(within(vettingForm()).getByLabelText('Vetting status'), 'Paused');
    expect(screen.queryByText('The vetting has been saved.')).not.toBeInTheDocument();
    await app.user.type(within(vettingForm()).getByLabelText('Note (required)'), ' x');
    await app.user.click(within(vettingForm()).getByRole('button', { name: 'Save vetting' }));
    expect(await within(vettingForm()).findByRole('alert')).toHaveTextContent('Some answers need correcting.');
    expect(screen.queryByText('The vetting has been saved.')).not.toBeInTheDocument();
  });

  it('asks for a note before rejecting, and refuses a visit date in the future', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/hosts/h-1': () => json(hostDetail),
    });
    const app = await openHost();
    const form = vettingForm();

    await app.user.type(within(form).getByLabelText('Date of the visit'), '2999-01-01');
    await app.user.selectOptions(within(form).getByLabelText('Vetting status'), 'Rejected');
    const note = within(form).getByLabelText('Note (required)');
    await app.user.click(within(form).getByRole('button', { name: 'Save vetting' }));

    await waitFor(() => expect(note).toHaveAttribute('aria-invalid', 'true'));
    expect(note).toHaveAccessibleDescription(expect.stringContaining('Write a short note saying why.'));
    expect(within(form).getByLabelText('Date of the visit')).toHaveAccessibleDescription(
      'Error: This date cannot be in the future.',
    );
    expect(server.requestsTo('PUT /api/hosts/h-1/vetting')).toHaveLength(0);
  });
});
