import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, users, type RecordedRequest } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import { startOfLocalDay } from '../api/audit-api';

const disabled = {
  id: 'e-3',
  at: '2025-11-21T10:00:00Z',
  actorId: 'u-admin',
  actorEmail: 'admin@haven.example',
  action: 'ACCOUNT_DISABLED',
  subjectType: 'ACCOUNT',
  subjectId: '3f2b8c1e-5a7d-4e2b-9c1f-0a1b2c3d4e5f',
  subjectEmail: 'casey@haven.example',
  details: { before: { status: 'ACTIVE' }, after: { status: 'DISABLED' } },
};
const failedLogin = {
  id: 'e-2',
  at: '2025-11-21T09:00:00Z',
  actorId: null,
  actorEmail: null,
  action: 'LOGIN_FAILED',
  subjectType: null,
  subjectId: null,
  subjectEmail: null,
  details: null,
};
const vetting = {
  ...failedLogin,
  id: 'e-1',
  actorId: 'u-cw',
  actorEmail: 'caseworker@haven.example',
  action: 'VETTING_APPLIED_TO_CHECKS_IN_PROGRESS',
  subjectType: 'HOST',
  subjectId: '0b6f3f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
};

const familyRead = {
  ...failedLogin,
  id: 'e-0',
  at: '2025-11-21T08:00:00Z',
  actorId: 'u-cw',
  actorEmail: 'caseworker@haven.example',
  action: 'FAMILY_READ',
  subjectType: 'FAMILY',
  subjectId: '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  subjectName: 'HV-2025-0042',
};
const runRead = {
  ...familyRead,
  id: 'e-00',
  action: 'MATCHING_PROPOSALS_READ',
  subjectType: 'MATCHING_RUN',
  subjectId: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  subjectName: '2025-11-20T15:30:00Z',
};

function page(items: unknown[], pageNumber = 0, totalPages = 1, totalItems = items.length) {
  return json({ items, page: pageNumber, size: 25, totalItems, totalPages });
}

const ACTIONS = ['ACCOUNT_DISABLED', 'LOGIN_FAILED', 'VETTING_APPLIED_TO_CHECKS_IN_PROGRESS'];

/** A signed-in admin, the log as `events` answers it, and the action list. */
function serveLog(events: (request: RecordedRequest) => Response) {
  return mockFetch({
    'GET /api/auth/me': () => json(users.admin),
    'GET /api/admin/audit-events': events,
    'GET /api/admin/audit-events/actions': () => json(ACTIONS),
  });
}

describe('audit log page', () => {
  it('lists who did what to which record and what changed, newest first', async () => {
    serveLog(() => page([disabled, failedLogin, vetting, familyRead, runRead]));
    renderApp('/admin/audit');

    const table = await screen.findByRole('table', { name: 'Audit log, page 1 of 1' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      [
        'admin@haven.example',
        'Account disabled',
        'Account: casey@haven.example Id: 3f2b8c1e-5a7d-4e2b-9c1f-0a1b2c3d4e5f',
        'Status: from Active to Disabled',
      ],
      ['Haven, or someone not logged in', 'Login failed', '–', '–'],
      [
        'caseworker@haven.example',
        'Vetting moved from “Applied” to “Checks in progress”',
        'Host Id: 0b6f3f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
        '–',
      ],
      [
        'caseworker@haven.example',
        'Family case opened',
        'Family case: HV-2025-0042 Id: 7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        '–',
      ],
      [
        'caseworker@haven.example',
        'Read a run’s proposals',
        expect.stringMatching(/^Matching run: run of 20 Nov 2025, \d{2}:30 Id: 1b2c3d4e-/),
        '–',
      ],
    ]);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(/^21 Nov 2025, \d{2}:00$/);
    expect(screen.getByText('5 entries')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
  });

  it('filters by who, what, record and days, with the filters in the address', async () => {
    const server = serveLog(() => page([disabled]));
    const app = renderApp('/admin/audit');
    await screen.findByRole('table');
    const filters = screen.getByRole('search', { name: 'Filter the audit log' });

    await app.user.type(within(filters).getByLabelText('Who'), 'admin@haven.example');
    await app.user.selectOptions(within(filters).getByLabelText('What'), 'Account disabled');
    await app.user.type(within(filters).getByLabelText('Record id'), disabled.subjectId);
    await app.user.type(within(filters).getByLabelText('From'), '2025-11-01');
    await app.user.type(within(filters).getByLabelText('To'), '2025-11-30');
    await app.user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(app.location()).toBe(
        `/admin/audit?actor=admin%40haven.example&action=ACCOUNT_DISABLED&subjectId=${disabled.subjectId}&from=2025-11-01&to=2025-11-30`,
      ),
    );
    await waitFor(() => expect(server.requestsTo('GET /api/admin/audit-events')).toHaveLength(2));
    const sent = new URL(server.requestsTo('GET /api/admin/audit-events').at(-1)!.url, 'http://localhost').searchParams;
    expect(Object.fromEntries(sent)).toEqual({
      actor: 'admin@haven.example',
      action: 'ACCOUNT_DISABLED',
      subjectId: disabled.subjectId,
      // The reader's own days: from the start of 1 November to the start of 1 December, local time.
      from: new Date(2025, 10, 1).toISOString(),
      to: new Date(2025, 11, 1).toISOString(),
      page: '0',
      size: '25',
    });
  });

  it('keeps what the admin is typing when the list of actions arrives or grows', async () => {
    let answerActions: (actions: string[]) => void = () => undefined;
    mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/admin/audit-events': () => page([disabled]),
      'GET /api/admin/audit-events/actions': () =>
        new Promise<Response>((resolve) => {
          answerActions = (actions) => resolve(json(actions));
        }),
    });
    const app = renderApp('/admin/audit');
    await screen.findByRole('table');
    const filters = screen.getByRole('search', { name: 'Filter the audit log' });
    await app.user.type(within(filters).getByLabelText('Who'), 'admin@haven.example');

    answerActions(ACTIONS);

    const what = await within(screen.getByRole('search', { name: 'Filter the audit log' })).findByRole('option', {
      name: 'Account disabled',
    });
    expect(what).toBeInTheDocument();
    expect(within(screen.getByRole('search', { name: 'Filter the audit log' })).getByLabelText('Who')).toHaveValue(
      'admin@haven.example',
    );
  });

  it('checks the record id and the period before asking', async () => {
    const server = serveLog(() => page([disabled]));
    const app = renderApp('/admin/audit');
    await screen.findByRole('table');
    const filters = screen.getByRole('search', { name: 'Filter the audit log' });

    await app.user.type(within(filters).getByLabelText('Record id'), '3f2b8c1e');
    await app.user.type(within(filters).getByLabelText('From'), '2025-11-30');
    await app.user.type(within(filters).getByLabelText('To'), '2025-11-01');
    await app.user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    expect(within(filters).getByLabelText('Record id')).toHaveAccessibleDescription(/Enter a whole id/);
    expect(within(filters).getByLabelText('To')).toHaveAccessibleDescription(
      /The end date must be the same as or after the start date\./,
    );
    expect(within(filters).getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(server.requestsTo('GET /api/admin/audit-events')).toHaveLength(1);
    expect(app.location()).toBe('/admin/audit');
  });

  it('pages through the log and keeps the filters', async () => {
    const server = serveLog((request) =>
      request.url.includes('page=1') ? page([vetting], 1, 2, 26) : page([disabled], 0, 2, 26),
    );
    const app = renderApp('/admin/audit?action=ACCOUNT_DISABLED');
    await screen.findByRole('table', { name: 'Audit log, page 1 of 2' });
    expect(screen.getByLabelText('What')).toHaveValue('ACCOUNT_DISABLED');

    await app.user.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByRole('table', { name: 'Audit log, page 2 of 2' })).toBeInTheDocument();
    expect(app.location()).toBe('/admin/audit?action=ACCOUNT_DISABLED&page=1');
    expect(server.requestsTo('GET /api/admin/audit-events').at(-1)?.url).toBe(
      '/api/admin/audit-events?action=ACCOUNT_DISABLED&page=1&size=25',
    );
  });

  it('says when nothing matches, and clearing the filters shows everything again', async () => {
    serveLog((request) => (request.url.includes('actor=') ? page([]) : page([disabled])));
    const app = renderApp('/admin/audit?actor=nobody%40haven.example');

    expect(await screen.findByText('No entries match these filters.')).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(app.location()).toBe('/admin/audit');
  });
});

describe('a matching policy change in the log', () => {
  it('names the settings as the policy page does, with their values before and after', async () => {
    const policyChanged = {
      ...failedLogin,
      id: 'e-4',
      actorId: 'u-admin',
      actorEmail: 'admin@haven.example',
      action: 'MATCHING_POLICY_CHANGED',
      subjectType: 'MATCHING_POLICY',
      details: {
        before: { arrivalWindowDays: 14, 'urgencyWeights.CRITICAL': 4, 'weights.noSharedLanguage': 30 },
        after: { arrivalWindowDays: 21, 'urgencyWeights.CRITICAL': 5, 'weights.noSharedLanguage': 1000 },
      },
    };
    serveLog(() => page([policyChanged]));
    renderApp('/admin/audit');

    const table = await screen.findByRole('table', { name: 'Audit log, page 1 of 1' });
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('Matching policy changed');
    expect(
      within(cells[3]!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Arrival window (days): from 14 to 21',
      'Weight of critical urgency: from 4 to 5',
      'No shared language (S3): from 30 to 1,000',
    ]);
  });

  it('keeps a setting it does not know by its path', async () => {
    serveLog(() =>
      page([
        {
          ...failedLogin,
          action: 'MATCHING_POLICY_CHANGED',
          details: {
            before: { 'weights.somethingNew': 1, weights: 2 },
            after: { 'weights.somethingNew': 2, weights: 3 },
          },
        },
      ]),
    );
    renderApp('/admin/audit');

    const table = await screen.findByRole('table');
    expect(table).toHaveTextContent('weights.somethingNew: from 1 to 2');
    expect(table).toHaveTextContent('weights: from 2 to 3');
  });
});

describe('the days of the period', () => {
  it('start at local midnight; a bad day is left out', () => {
    expect(startOfLocalDay('2025-03-01')).toBe(new Date(2025, 2, 1).toISOString());
    expect(startOfLocalDay('2025-03-31', 1)).toBe(new Date(2025, 3, 1).toISOString());
    expect(startOfLocalDay('')).toBeUndefined();
    expect(startOfLocalDay('1 March')).toBeUndefined();
  });
});
