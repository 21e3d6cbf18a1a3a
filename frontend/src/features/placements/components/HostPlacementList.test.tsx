import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../lib/i18n';
import { csrf, json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import { hostPlacement } from '../test-data';
import type { HostPlacement } from '../types';

/** The page's code loads lazily; on a busy machine that can take longer than the default second. */
const LAZY_PAGE = { timeout: 5000 };

const accepted: HostPlacement = { ...hostPlacement, status: 'HOST_ACCEPTED', answerDueAt: null };
const older: HostPlacement = {
  ...hostPlacement,
  id: 'pl-0',
  status: 'ENDED',
  offerTitle: 'Garden flat',
  answerDueAt: null,
  moveInDate: '2025-06-01',
  endedOn: '2025-10-15',
};

async function openFamiliesProposed(path = '/host/placements') {
  const app = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'Families proposed to you' }, LAZY_PAGE);
  return app;
}

function card(title: string) {
  return screen.getByRole('listitem', { name: title });
}

describe('families proposed to a host', () => {
  it('shows the minimal summary of a family waiting for an answer, and the others in plain words', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/placements': () => json([hostPlacement, older]),
    });
    await openFamiliesProposed();

    const waiting = await waitFor(() => card('Two rooms in a family home'));
    expect(waiting).toHaveTextContent('A caseworker proposes this family for your offer. Please accept or decline.');
    expect(waiting).toHaveTextContent(/Please answer by 27 Nov 2025, \d\d:00\./);
    const summary = within(waiting).getByRole('region', { name: 'About the family' });
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Female, 34 years old', 'Male, 36 years old', 'Sex not stated, 1 year old']);
    expect(summary).toHaveTextContent('Household3 people');
    expect(summary).toHaveTextContent('LanguagesPersian (Dari) and English');
    expect(summary).toHaveTextContent('Needs step-free accessYes');
    expect(summary).toHaveTextContent('Brings a petNo');
    expect(summary).toHaveTextContent('Needs a home from1 Dec 2025');
    expect(within(waiting).getByRole('button', { name: 'Accept' })).toBeInTheDocument();

    const ended = card('Garden flat');
    expect(ended).toHaveTextContent('This placement ended on 15 Oct 2025.');
    expect(within(ended).queryByRole('button')).toBeNull();
    expect(within(ended).queryByRole('region', { name: 'About the family' })).toBeNull();
  });

  it('accepts, and then says where it stands', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/host/placements': () => json([hostPlacement]),
      'POST /api/host/placements/pl-1/accept': () => json(accepted),
    });
    const app = await openFamiliesProposed();
    const waiting = await waitFor(() => card('Two rooms in a family home'));

    await app.user.click(within(waiting).getByRole('button', { name: 'Accept' }));

    expect(server.requestsTo('POST /api/host/placements/pl-1/accept')).toHaveLength(1);
    expect(await within(waiting).findByRole('status')).toHaveTextContent(
      'Thank you. You accepted; a caseworker will be in touch.',
    );
    expect(waiting).toHaveTextContent('You accepted. A caseworker is asking the family whether they agree.');
    expect(within(waiting).queryByRole('button')).toBeNull();
  });

  it('declines only with a reason', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/host/placements': () => json([hostPlacement]),
      'POST /api/host/placements/pl-1/decline': () =>
        json({ ...hostPlacement, status: 'HOST_DECLINED', answerDueAt: null }),
    });
    const app = await openFamiliesProposed();
    const waiting = await waitFor(() => card('Two rooms in a family home'));

    await app.user.click(within(waiting).getByRole('button', { name: 'Decline…' }));
    await app.user.click(within(waiting).getByRole('button', { name: 'Decline this family' }));
    const reason = within(waiting).getByLabelText('Why you decline');
    expect(reason).toHaveAccessibleDescription(/This field is required/);
    expect(server.requestsTo('POST /api/host/placements/pl-1/decline')).toHaveLength(0);

    await app.user.type(reason, 'We are away that month.');
    await app.user.click(within(waiting).getByRole('button', { name: 'Decline this family' }));

    expect(JSON.parse(server.requestsTo('POST /api/host/placements/pl-1/decline')[0]?.body ?? '{}')).toEqual({
      reason: 'We are away that month.',
    });
    expect(await within(waiting).findByRole('status')).toHaveTextContent('You declined. A caseworker has been told.');
    expect(waiting).toHaveTextContent('You declined this family.');
  });

  it('says so when the answer comes too late (409), and shows the proposal as it is now', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/host/placements': [
        () => json([hostPlacement]),
        () => json([{ ...hostPlacement, status: 'EXPIRED', answerDueAt: null }]),
      ],
      'POST /api/host/placements/pl-1/accept': () =>
        problem('conflict', 409, { detail: 'You have already answered, or the offer has lapsed (it is EXPIRED).' }),
    });
    const app = await openFamiliesProposed();
    const waiting = await waitFor(() => card('Two rooms in a family home'));

    await app.user.click(within(waiting).getByRole('button', { name: 'Accept' }));

    expect(await within(waiting).findByRole('alert')).toHaveTextContent(
      'Your answer could not be recorded: you had already answered, or the time to answer has passed.',
    );
    await waitFor(() => expect(waiting).toHaveTextContent('There was no answer in time, so this proposal lapsed.'));
  });

  it('shows just one proposal when opened from a notification', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/placements': () => json([hostPlacement, older]),
    });
    await openFamiliesProposed('/host/placements/pl-0');
    expect(await screen.findByRole('listitem', { name: 'Garden flat' }, LAZY_PAGE)).toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: 'Two rooms in a family home' })).toBeNull();
    expect(screen.getByRole('link', { name: 'All families proposed to you' })).toHaveAttribute(
      'href',
      '/host/placements',
    );
  });

  it('is in Dari too, with the languages named in Dari', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/placements': () => json([hostPlacement]),
    });
    await act(() => changeLanguage('fa-AF'));
    renderApp('/host/placements');
    const waiting = await screen.findByRole('listitem', { name: 'Two rooms in a family home' }, LAZY_PAGE);
    expect(within(waiting).getByRole('button', { name: 'قبول' })).toBeInTheDocument();
    expect(within(waiting).getAllByRole('listitem')[0]).toHaveTextContent('زن، ۳۴ ساله');
  });
});

describe('the host’s home', () => {
  it('shows a prominent notice while a family waits for the host’s answer', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/placements': () => json([hostPlacement, older]),
      'GET /api/host/vetting': () =>
        json({
          status: 'APPROVED',
          identityVerified: true,
          homeVisitDone: true,
          dbsChecked: true,
          referencesReceived: true,
          trainingDone: true,
          pending: [],
        }),
    });
    renderApp('/host');
    const notice = await screen.findByRole('region', { name: 'A family has been proposed to you' }, LAZY_PAGE);
    expect(notice).toHaveTextContent(/Please answer by 27 Nov 2025, \d\d:00\./);
    expect(within(notice).getByRole('link', { name: 'See the family and answer' })).toHaveAttribute(
      'href',
      '/host/placements',
    );
  });

  it('shows no notice when nothing waits for an answer', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/placements': () => json([older]),
      'GET /api/host/vetting': () => problem('not-found', 404),
    });
    renderApp('/host');
    await waitFor(() => expect(server.requestsTo('GET /api/host/placements')).toHaveLength(1));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: /proposed to you/ })).toBeNull();
  });
});
