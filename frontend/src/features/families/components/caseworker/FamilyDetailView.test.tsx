import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { csrf, json, mockFetch, problem, users } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { familyCase } from '../../test-data';

async function openCase() {
  const app = renderApp('/caseworker/families/f-1');
  await screen.findByRole('heading', { level: 1, name: 'Family FAM-7K2Q' });
  return app;
}

const history = [
  { at: '2025-11-20T10:00:00Z', by: 'Carl Caseworker', action: 'FAMILY_CREATED', count: 1 },
  { at: '2025-11-21T10:00:00Z', by: 'The family (intake form)', action: 'FAMILY_INTAKE_SUBMITTED', count: 1 },
  { at: '2025-11-22T10:00:00Z', by: 'Carl Caseworker', action: 'FAMILY_STATUS_TRIAGE', count: 1 },
  { at: '2025-11-22T16:00:00Z', by: 'Carl Caseworker', action: 'FAMILY_READ', count: 6 },
];

describe('caseworker family page', () => {
  it('shows every detail, the computed figures and the history in words', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/families/f-1': () => json(familyCase),
      'GET /api/families/f-1/history': () => json(history),
    });
    await openCase();

    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('To review');
    expect(summary).toHaveTextContent('High');
    expect(summary).toHaveTextContent('Bedrooms needed1');
    expect(summary).toHaveTextContent('All adults are womenYes — only homes that are safe for women are suggested');
    const members = screen.getByRole('region', { name: 'Family members' });
    expect(members).toHaveTextContent('Amina — Lead member, aged 34, Female');
    expect(members).toHaveTextContent('Omid — Child, age not known yet, sex not known yet');
    const needs = screen.getByRole('region', { name: 'Needs and wishes' });
    expect(needs).toHaveTextContent('Persian (Dari), English');
    expect(needs).toHaveTextContent('Someone is allergic to animals');
    expect(needs).toHaveTextContent('Leeds (found as Leeds)');
    expect(needs).toHaveTextContent('Fled in August');
    const historyRegion = screen.getByRole('region', { name: 'History' });
    await waitFor(() => expect(historyRegion).toHaveTextContent('Status changed to: To review'));
    expect(historyRegion).toHaveTextContent('by the family (intake form)');
    expect(historyRegion).toHaveTextContent('Form sent');
    expect(historyRegion).toHaveTextContent('Case created');
    const reads = within(historyRegion).getAllByRole('listitem')[0];
    expect(reads).toHaveTextContent('6 times that day, the last shown');
    expect(historyRegion).not.toHaveTextContent('once that day');
  });

  it('offers a button per allowed move, and shows what is missing next to its field when READY is refused', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/families/f-1': () => json(familyCase),
      'GET /api/families/f-1/history': () => json([]),
      'POST /api/families/f-1/status': [
        () =>
          problem('conflict', 409, {
            detail: 'Some details are missing before this family can be matched.',
            errors: [
              { field: 'members[1].age', code: 'required', message: "Give this person's age." },
              { field: 'members[1].sex', code: 'required', message: "Give this person's sex." },
            ],
          }),
        () => json({ ...familyCase, status: 'CLOSED', nextStatuses: [] }),
      ],
    });
    const app = await openCase();
    const status = screen.getByRole('region', { name: 'Status' });
    expect(
      within(status)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Mark ready for matching', 'Close the case']);

    await app.user.click(within(status).getByRole('button', { name: 'Mark ready for matching' }));

    expect(JSON.parse(server.requestsTo('POST /api/families/f-1/status')[0]?.body ?? '{}')).toEqual({
      status: 'READY',
    });
    const child = await screen.findByRole('group', { name: 'Person 2' });
    await waitFor(() =>
      expect(within(child).getByLabelText('Age in years')).toHaveAccessibleDescription(
        'Error: This field is required.',
      ),
    );
    expect(within(child).getByLabelText('Sex')).toHaveAttribute('aria-invalid', 'true');
    expect(within(screen.getByRole('group', { name: 'Person 1' })).getByLabelText('Age in years')).not.toHaveAttribute(
      'aria-invalid',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Some details are missing before this family can be matched.');

    await app.user.click(within(status).getByRole('button', { name: 'Close the case' }));
    expect(await screen.findByText('The status is now: Closed.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Status' })).queryAllByRole('button')).toHaveLength(0);
  });

  it('edits with the version read, and says so when someone else changed the case first', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/families/f-1': [() => json(familyCase), () => json({ ...familyCase, version: 4, urgency: 'CRITICAL' })],
      'GET /api/families/f-1/history': () => json([]),
      'PUT /api/families/f-1': () =>
        problem('conflict', 409, {
          detail: 'Someone else changed this case since you opened it. Reload it and make your change again.',
        }),
    });
    const app = await openCase();

    await app.user.click(screen.getByRole('button', { name: 'Edit details' }));
    await app.user.selectOptions(screen.getByLabelText('Urgency'), 'Normal');
    await app.user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this case since you opened it. Reload it to see their changes, then make yours again.',
    );
    const sent = JSON.parse(server.requestsTo('PUT /api/families/f-1')[0]?.body ?? '{}') as {
      version: number;
      urgency: string;
      members: unknown[];
    };
    expect(sent.version).toBe(3);
    expect(sent.urgency).toBe('NORMAL');
    expect(sent.members[1]).toEqual({
      firstName: 'Omid',
      age: null,
      sex: null,
      relationship: 'CHILD',
      wheelchairUser: false,
    });

    await app.user.click(screen.getByRole('button', { name: 'Reload the case' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('Critical'));
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });

  it('creates an intake link and shows it with a Copy button and its expiry', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/families/f-1': [() => json(familyCase), () => json({ ...familyCase, status: 'INTAKE_PENDING' })],
      'GET /api/families/f-1/history': () => json([]),
      'POST /api/families/f-1/intake-link': () =>
        json({ url: 'https://haven.example/intake/abc123', expiresAt: '2099-12-14T10:00:00Z' }, 201),
    });
    const app = await openCase();

    await app.user.click(screen.getByRole('button', { name: 'Create an intake link' }));

    const dialog = await screen.findByRole('dialog', { name: 'The link is ready' });
    expect(within(dialog).getByLabelText('Private link for the family')).toHaveValue(
      'https://haven.example/intake/abc123',
    );
    expect(dialog).toHaveTextContent('It works until 14 Dec 2099');
    expect(dialog).toHaveTextContent('for 14 days');
    expect(dialog).toHaveTextContent('after the family sends the form, it stops working');
    expect(within(dialog).getByRole('button', { name: 'Copy the link' })).toBeInTheDocument();
    expect(server.requestsTo('POST /api/families/f-1/intake-link')).toHaveLength(1);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('Waiting for the family’s form'),
    );
    expect(screen.getByRole('dialog', { name: 'The link is ready' })).toBeInTheDocument();
  });

  it('erases only after a confirmation that says what is kept', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/families/f-1': () => json(familyCase),
      'GET /api/families/f-1/history': () => json([]),
      'POST /api/families/f-1/erase': () =>
        json({ ...familyCase, status: 'CLOSED', nextStatuses: [], members: [], notes: null }),
    });
    const app = await openCase();
    const data = screen.getByRole('region', { name: 'The family’s data' });

    await app.user.click(within(data).getByRole('button', { name: 'Erase personal data' }));
    expect(data).toHaveTextContent('history of who did what are kept');
    expect(server.requestsTo('POST /api/families/f-1/erase')).toHaveLength(0);
    await app.user.click(within(data).getByRole('button', { name: 'Yes, erase' }));

    expect(
      await screen.findByText('The family’s personal data has been erased and the case is closed.'),
    ).toBeInTheDocument();
    expect(server.requestsTo('POST /api/families/f-1/erase')).toHaveLength(1);
  });
});
