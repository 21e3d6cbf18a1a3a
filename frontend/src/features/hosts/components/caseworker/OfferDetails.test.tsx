import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, users } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { hostDetail, offer, offerInArea } from '../../test-data';

// Saved before Haven recorded the precision: unknown, so not marked.
const olderOffer = { ...offer, id: 'o-3', title: 'Box room', locationPrecision: null };

async function openHostWith(offers: object[]) {
  mockFetch({
    'GET /api/auth/me': () => json(users.caseworker),
    'GET /api/hosts/h-1': () => json({ ...hostDetail, offers }),
  });
  renderApp('/caseworker/hosts/h-1');
  await screen.findByRole('heading', { level: 1, name: 'Nadia Host' });
}

describe("caseworker's offer details", () => {
  it('marks an area found only roughly as approximate, and says distances to it are unreliable', async () => {
    await openHostWith([offerInArea, offer, olderOffer]);

    const rural = screen.getByRole('region', { name: 'Farmhouse room' });
    expect(rural).toHaveTextContent('Area used for matchingSY (Shrewsbury) (approximate)');
    expect(rural).toHaveTextContent(
      "Only the postcode area's main town is known, so distances to this offer can be tens of kilometres out.",
    );
    for (const name of ['Double room in a quiet house', 'Box room']) {
      const precise = screen.getByRole('region', { name });
      expect(precise).toHaveTextContent('LS6 (Leeds)');
      expect(precise).not.toHaveTextContent('approximate');
      expect(precise).not.toHaveTextContent('distances');
    }
  });
});
