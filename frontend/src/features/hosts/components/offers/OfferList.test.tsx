import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { csrf, json, mockFetch, noContent, problem, users } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { offer, offerInArea } from '../../test-data';
import { wholeText } from '../../../../testing/whole-text';

const draft = {
  ...offer,
  id: 'o-2',
  title: 'Garden flat',
  type: 'SELF_CONTAINED',
  status: 'DRAFT',
  locationLabel: 'Milton Keynes',
  postcode: null,
  place: 'Milton Keynes',
};
const withdrawn = { ...offer, id: 'o-3', title: 'Old attic room', status: 'WITHDRAWN' };

function card(title: string) {
  return screen.getByRole('heading', { level: 2, name: title }).closest('li')!;
}

describe('My offers', () => {
  it('lists each offer with its area and status, and says it waits for vetting while the host is not approved', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/offers': () => json([offer, draft, withdrawn]),
    });

    renderApp('/host/offers');

    await screen.findByRole('heading', { level: 2, name: 'Double room in a quiet house' });
    const published = card('Double room in a quiet house');
    expect(published).toHaveTextContent('Status: Published');
    expect(published).toHaveTextContent('LS6 (Leeds)');
    expect(published).toHaveTextContent('Waiting for vetting — not matched until your checks are done.');
    expect(within(published).getByRole('link', { name: 'Change Double room in a quiet house' })).toHaveAttribute(
      'href',
      '/host/offers/o-1/edit',
    );
    expect(card('Garden flat')).toHaveTextContent('Draft: not published');
    expect(card('Garden flat')).toHaveTextContent('A self-contained home');
    // A withdrawn offer is history: no note, no actions.
    const old = card('Old attic room');
    expect(old).toHaveTextContent('Withdrawn');
    expect(old).not.toHaveTextContent('Waiting for vetting');
    expect(within(old).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Offer a room' })).toHaveAttribute('href', '/host/offers/new');
  });

  it('marks an area found only roughly as approximate, but never what the host typed', async () => {
    const unlabelled = { ...offerInArea, id: 'o-5', title: 'Cottage', locationLabel: null };
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/offers': () => json([offerInArea, offer, unlabelled]),
    });

    renderApp('/host/offers');

    await screen.findByRole('heading', { level: 2, name: 'Farmhouse room' });
    expect(card('Farmhouse room')).toHaveTextContent('AreaSY (Shrewsbury) (approximate)');
    expect(card('Double room in a quiet house')).not.toHaveTextContent('approximate');
    expect(card('Cottage')).toHaveTextContent('AreaSY23 3AA');
    expect(card('Cottage')).not.toHaveTextContent('approximate');
  });

  it('says nothing about vetting once the host is approved', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/offers': () => json([{ ...offer, hostStatus: 'APPROVED' }]),
    });

    renderApp('/host/offers');

    await screen.findByRole('heading', { level: 2, name: 'Double room in a quiet house' });
    expect(screen.queryByText(/Waiting for vetting/)).not.toBeInTheDocument();
  });

  it('withdraws an offer only after the host confirms', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/host/offers': [() => json([offer]), () => json([{ ...offer, status: 'WITHDRAWN' }])],
      'DELETE /api/host/offers/o-1': () => noContent(),
    });
    const app = renderApp('/host/offers');
    await screen.findByRole('heading', { level: 2, name: 'Double room in a quiet house' });

    await app.user.click(screen.getByRole('button', { name: 'Withdraw Double room in a quiet house' }));
    await waitFor(() => expect(screen.getByText(wholeText('Withdraw “Double room in a quiet house”?'))).toHaveFocus());
    await app.user.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(server.requestsTo('DELETE /api/host/offers/o-1')).toHaveLength(0);

    await app.user.click(screen.getByRole('button', { name: 'Withdraw Double room in a quiet house' }));
    await app.user.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));

    expect(
      await screen.findByText(wholeText('“Double room in a quiet house” has been withdrawn.')),
    ).toBeInTheDocument();
    expect(server.requestsTo('DELETE /api/host/offers/o-1')).toHaveLength(1);
    await waitFor(() => expect(card('Double room in a quiet house')).toHaveTextContent('Status: Withdrawn'));
    expect(within(card('Double room in a quiet house')).queryByRole('button')).not.toBeInTheDocument();
  });

  it('explains a refused withdrawal in the confirmation', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/host/offers': () => json([offer]),
      'DELETE /api/host/offers/o-1': () => problem('conflict', 409, { detail: 'This offer is part of a placement.' }),
    });
    const app = renderApp('/host/offers');
    await screen.findByRole('heading', { level: 2, name: 'Double room in a quiet house' });

    await app.user.click(screen.getByRole('button', { name: 'Withdraw Double room in a quiet house' }));
    await app.user.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This offer cannot be withdrawn now because a family placement holds it. Please contact your caseworker.',
    );
  });
});
