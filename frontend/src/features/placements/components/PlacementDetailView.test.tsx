import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../components/form';
import { csrf, json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import { movedIn, placement } from '../test-data';
import type { Placement, PlacementStatus } from '../types';

/** The page's code loads lazily; on a busy machine that can take longer than the default second. */
const LAZY_PAGE = { timeout: 5000 };

const HEADING = 'Placement: FAM-7K2Q in “Two rooms in a family home”';

async function openPlacement() {
  const app = renderApp('/caseworker/placements/pl-1');
  await screen.findByRole('heading', { level: 1, name: HEADING }, LAZY_PAGE);
  return { app, actions: screen.getByRole('region', { name: 'What to do next' }) };
}

function bodyOf(request: { body: string | null } | undefined): unknown {
  return JSON.parse(request?.body ?? 'null');
}

function withStatus(status: PlacementStatus, more: Partial<Placement> = {}): Placement {
  return { ...placement, status, answerDueAt: status === 'AWAITING_HOST' ? placement.answerDueAt : null, ...more };
}

/** What a caseworker can do, as the names of the buttons and groups the actions section offers. */
function offeredActions(actions: HTMLElement): string[] {
  return [
    ...within(actions)
      .queryAllByRole('button')
      .map((button) => `button: ${button.textContent}`),
    ...within(actions)
      .queryAllByRole('group')
      .map((group) => `group: ${group.querySelector('legend')?.textContent}`),
  ];
}

describe('a placement for a caseworker', () => {
  it.each<[PlacementStatus, string[]]>([
    ['AWAITING_HOST', ['button: End this placement…']],
    ['HOST_ACCEPTED', ['button: The family agrees: confirm', 'button: End this placement…']],
    ['CONFIRMED', ['button: Record the move-in', 'button: End this placement…']],
    ['MOVED_IN', ['button: Record the check-in', 'button: End this placement…', 'group: How is it going?']],
    ['ENDED', []],
    ['HOST_DECLINED', []],
    ['EXPIRED', []],
  ])('offers only the steps valid while %s', async (status, expected) => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/placements/pl-1': () =>
        json(
          status === 'MOVED_IN'
            ? movedIn
            : withStatus(
                status,
                status === 'ENDED' ? { endedOn: '2025-12-01', endReason: 'PLANNED', rematch: true } : {},
              ),
        ),
    });
    const { actions } = await openPlacement();
    expect(offeredActions(actions)).toEqual(expected);
    expect(screen.getByRole('region', { name: 'Where it stands' })).toHaveTextContent(
      {
        AWAITING_HOST: 'Waiting for the host’s answer',
        HOST_ACCEPTED: 'Host accepted',
        CONFIRMED: 'Family confirmed',
        MOVED_IN: 'Moved in',
        ENDED: 'Ended',
        HOST_DECLINED: 'Host declined',
        EXPIRED: 'Lapsed: no answer in time',
      }[status],
    );
  });

  it('shows the host’s answer-by time while waiting, and an overdue check-in in words', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/placements/pl-1': [
        () => json({ ...placement, remindedAt: '2025-11-22T10:00:00Z' }),
        () => json(movedIn),
      ],
    });
    const { app } = await openPlacement();
    const summary = screen.getByRole('region', { name: 'Where it stands' });
    expect(summary).toHaveTextContent(/Host’s answer due by27 Nov 2025, \d\d:00 \(the host has been reminded\)/);
    expect(screen.getByRole('region', { name: 'What has happened' })).toHaveTextContent('The host was reminded');
    app.unmount();

    await openPlacement();
    expect(screen.getByRole('region', { name: 'Where it stands' })).toHaveTextContent(
      'Next check-in due1 Dec 2025 ⚠ Overdue',
    );
  });

  it('confirms from HOST_ACCEPTED and then offers the move-in', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/placements/pl-1': () => json(withStatus('HOST_ACCEPTED', { answeredAt: '2025-11-21T09:00:00Z' })),
      'POST /api/placements/pl-1/confirm': () =>
        json(withStatus('CONFIRMED', { answeredAt: '2025-11-21T09:00:00Z', confirmedAt: '2025-11-22T09:00:00Z' })),
    });
    const { app, actions } = await openPlacement();

    await app.user.click(within(actions).getByRole('button', { name: 'The family agrees: confirm' }));

    expect(server.requestsTo('POST /api/placements/pl-1/confirm')).toHaveLength(1);
    expect(await screen.findByText('Confirmed. The host has been told that the family agreed.')).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'What to do next' });
    expect(within(next).getByLabelText('Move-in date')).toHaveValue(todayIso());
    const timeline = screen.getByRole('region', { name: 'What has happened' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.history__change')?.textContent),
    ).toEqual(['Approved; offer sent to the host', 'The host accepted', 'The family agreed']);
  });

  it('records the move-in with its date, and shows the server’s date rule next to the field', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/placements/pl-1': () => json(withStatus('CONFIRMED')),
      'POST /api/placements/pl-1/move-in': [
        () =>
          problem('validation-failed', 400, {
            errors: [{ field: 'date', code: 'date-not-past', message: 'Record the move-in once it has happened.' }],
          }),
        () => json(movedIn),
      ],
    });
    const { app, actions } = await openPlacement();
    const date = within(actions).getByLabelText('Move-in date');
    await app.user.clear(date);
    await app.user.type(date, '2025-11-24');

    await app.user.click(within(actions).getByRole('button', { name: 'Record the move-in' }));
    expect(bodyOf(server.requestsTo('POST /api/placements/pl-1/move-in')[0])).toEqual({ date: '2025-11-24' });
    await waitFor(() => expect(date).toHaveAccessibleDescription('Error: This date cannot be in the future.'));

    await app.user.click(within(actions).getByRole('button', { name: 'Record the move-in' }));
    expect(await screen.findByText('Move-in recorded. The first check-in is due 7 days after it.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What has happened' })).toHaveTextContent('The family moved in');
  });

  it('will not send a move-in date after today', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/placements/pl-1': () => json(withStatus('CONFIRMED')),
    });
    const { app, actions } = await openPlacement();
    const date = within(actions).getByLabelText('Move-in date');
    await app.user.clear(date);
    await app.user.type(date, '2999-01-01');
    await app.user.click(within(actions).getByRole('button', { name: 'Record the move-in' }));
    expect(date).toHaveAccessibleDescription('Error: This date cannot be in the future.');
    expect(server.requestsTo('POST /api/placements/pl-1/move-in')).toHaveLength(0);
  });

  it('records a check-in with how it is going and a note; a date before the move-in is refused in words', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/placements/pl-1': () => json(movedIn),
      'POST /api/placements/pl-1/check-ins': [
        () =>
          problem('validation-failed', 400, {
            errors: [{ field: 'date', code: 'date-before-start', message: 'A check-in cannot be before the move-in.' }],
          }),
        () =>
          json(
            {
              ...movedIn,
              checkInOverdue: false,
              nextCheckInDue: '2026-01-01',
              checkIns: [
                {
                  id: 'c-1',
                  date: '2025-12-01',
                  wellbeing: 'SOME_CONCERNS',
                  note: 'Damp in the room.',
                  recordedAt: '2025-12-01T12:00:00Z',
                },
              ],
            },
            201,
          ),
      ],
    });
    const { app, actions } = await openPlacement();

    await app.user.click(within(actions).getByRole('button', { name: 'Record the check-in' }));
    expect(within(actions).getByRole('group', { name: 'How is it going?' })).toHaveAccessibleDescription(
      /Choose one of the options/,
    );
    expect(server.requestsTo('POST /api/placements/pl-1/check-ins')).toHaveLength(0);

    const date = within(actions).getByLabelText('Date of the check-in');
    await app.user.clear(date);
    await app.user.type(date, '2025-12-01');
    await app.user.click(within(actions).getByRole('radio', { name: 'Some concerns' }));
    await app.user.type(within(actions).getByLabelText('Notes on the check-in (optional)'), 'Damp in the room.');
    await app.user.click(within(actions).getByRole('button', { name: 'Record the check-in' }));

    expect(bodyOf(server.requestsTo('POST /api/placements/pl-1/check-ins')[0])).toEqual({
      date: '2025-12-01',
      wellbeing: 'SOME_CONCERNS',
      note: 'Damp in the room.',
    });
    await waitFor(() =>
      expect(date).toHaveAccessibleDescription('Error: This date cannot be before the move-in (24 Nov 2025).'),
    );

    await app.user.click(within(actions).getByRole('button', { name: 'Record the check-in' }));
    expect(await screen.findByText('Check-in recorded.')).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'What has happened' });
    expect(timeline).toHaveTextContent('Check-in: Some concerns');
    expect(timeline).toHaveTextContent('Damp in the room.');
    expect(screen.getByRole('region', { name: 'Where it stands' })).not.toHaveTextContent('Overdue');
  });

  it('ends with a date, a reason and a note, sending the family back to matching unless unticked', async () => {
    const ended: Placement = {
      ...movedIn,
      status: 'ENDED',
      nextCheckInDue: null,
      checkInOverdue: false,
      endedOn: todayIso(),
      endReason: 'SAFEGUARDING',
      endNote: 'Reported by the school.',
      rematch: false,
    };
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/placements/pl-1': () => json(movedIn),
      'POST /api/placements/pl-1/end': () => json(ended),
    });
    const { app, actions } = await openPlacement();

    await app.user.click(within(actions).getByRole('button', { name: 'End this placement…' }));
    const rematch = within(actions).getByRole('checkbox', { name: 'Send the family back to matching' });
    expect(rematch).toBeChecked();
    await app.user.click(within(actions).getByRole('button', { name: 'End the placement' }));
    expect(within(actions).getByRole('group', { name: 'Why did it end?' })).toHaveAccessibleDescription(
      /Choose one of the options/,
    );

    const safeguarding = within(actions).getByRole('radio', { name: 'Safeguarding concern' });
    expect(safeguarding).toHaveAccessibleDescription('The host is also paused until a caseworker has reviewed them.');
    await app.user.click(safeguarding);
    await app.user.type(within(actions).getByLabelText('Notes on the end (optional)'), 'Reported by the school.');
    await app.user.click(rematch);
    await app.user.click(within(actions).getByRole('button', { name: 'End the placement' }));

    expect(bodyOf(server.requestsTo('POST /api/placements/pl-1/end')[0])).toEqual({
      date: todayIso(),
      reason: 'SAFEGUARDING',
      note: 'Reported by the school.',
      rematch: false,
    });
    expect(
      await screen.findByText('The placement has ended. The offer is free again and the family’s case is closed.'),
    ).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'What has happened' });
    expect(timeline).toHaveTextContent('Ended: Safeguarding concern');
    expect(timeline).toHaveTextContent('The family’s case was closed.');
    expect(offeredActions(screen.getByRole('region', { name: 'What to do next' }))).toEqual([]);
  });

  it('says when a step was refused because the placement moved on (409), and shows it as it is now', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/placements/pl-1': [
        () => json(withStatus('HOST_ACCEPTED')),
        () => json(withStatus('CONFIRMED', { confirmedAt: '2025-11-22T09:00:00Z' })),
      ],
      'POST /api/placements/pl-1/confirm': () =>
        problem('conflict', 409, {
          detail: 'A placement that is CONFIRMED cannot be confirmed; it must be HOST_ACCEPTED.',
        }),
    });
    const { app, actions } = await openPlacement();

    await app.user.click(within(actions).getByRole('button', { name: 'The family agrees: confirm' }));

    expect(
      await screen.findByText(/^That step was refused: the placement has changed meanwhile/, {
        selector: '.alert div',
      }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Where it stands' })).toHaveTextContent('Family confirmed'),
    );
    expect(
      within(screen.getByRole('region', { name: 'What to do next' })).getByLabelText('Move-in date'),
    ).toBeInTheDocument();
  });
});
