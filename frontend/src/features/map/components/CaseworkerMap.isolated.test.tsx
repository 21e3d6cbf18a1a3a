import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import type { LatLon, MapLayers } from '../map-layers';
import { mapData } from '../test-data';
import type { MapTiles } from '../types';

/** The page's code loads lazily; on a busy machine that can take longer than the default second. */
const LAZY_PAGE = { timeout: 5000 };

// Leaflet needs a real browser (the browser test draws it); here the map shows what it was given.
vi.mock('./MapCanvas', () => ({
  MapCanvas: ({ layers, bounds, tiles }: { layers: MapLayers; bounds: [LatLon, LatLon] | null; tiles: MapTiles | null }) => (
    <div data-testid="map">
      {`${layers.offers.length} offers, ${layers.families.length} families, ${layers.lines.length} lines; `}
      {`bounds ${JSON.stringify(bounds)}; tiles ${tiles ? tiles.tileUrl : 'none'}`}
    </div>
  ),
}));

const tiles: MapTiles = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; OpenStreetMap contributors',
};

async function openMap(tilesAnswer: () => Response = () => json(tiles)) {
  mockFetch({
    'GET /api/auth/me': () => json(users.caseworker),
    'GET /api/map': () => json(mapData),
    'GET /api/map/tiles': tilesAnswer,
  });
  const app = renderApp('/caseworker/map');
  await screen.findByRole('heading', { level: 1, name: 'Map' }, LAZY_PAGE);
  await screen.findByTestId('map');
  return app;
}

function captions(): string[] {
  return within(screen.getByRole('region', { name: 'The same as a list' }))
    .getAllByRole('table')
    .map((table) => table.querySelector('caption')?.textContent ?? '');
}

describe('the caseworker map', () => {
  it('draws offers, families and lines with the server’s tiles, and lists the same below', async () => {
    await openMap();
    expect(screen.getByTestId('map')).toHaveTextContent(
      '2 offers, 3 families, 2 lines; bounds [[51.45,-3.18],[53.8,-0.12]]; tiles https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    );
    expect(screen.getByText('Showing 2 offers, 3 families, 1 proposal and 1 placement.')).toBeInTheDocument();
    expect(captions()).toEqual(['2 offers', '3 families', '2 proposals and placements']);

    const list = screen.getByRole('region', { name: 'The same as a list' });
    expect(within(list).getByRole('link', { name: 'Two rooms in a family home' })).toHaveAttribute('href', '/caseworker/hosts/h-1');
    expect(within(list).getByRole('row', { name: /^Garden flat/ })).toHaveTextContent('In a placement');
    expect(within(list).getByRole('link', { name: 'FAM-AAAA' })).toHaveAttribute('href', '/caseworker/families/f-1');
    expect(within(list).getByRole('link', { name: 'Proposal' })).toHaveAttribute('href', '/caseworker/proposals/p-1');
    expect(within(list).getByRole('link', { name: 'Placement' })).toHaveAttribute('href', '/caseworker/placements/pl-1');
    expect(screen.getByRole('link', { name: 'Skip to the same as a list' })).toHaveAttribute('href', '#map-list');

    const key = screen.getByRole('region', { name: 'Key' });
    expect(within(key).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Offer, available: filled circle, solid outline',
      'Offer in a placement: hollow circle, solid outline',
      'Family: dashed outline, larger the more urgent',
      'Proposal: dashed line',
      'Placement: solid line',
    ]);
  });

  it('filters what the map and the list show', async () => {
    const app = await openMap();
    await app.user.click(screen.getByRole('checkbox', { name: 'Offers' }));
    await app.user.selectOptions(screen.getByLabelText('Families’ urgency'), 'Critical');

    expect(screen.getByTestId('map')).toHaveTextContent('0 offers, 1 families, 1 lines');
    expect(screen.getByText('Showing 0 offers, 1 family, 1 proposal and 0 placements.')).toBeInTheDocument();
    expect(captions()).toEqual(['1 family', '1 proposal or placement']);
    // Filters never move the view: it frames everything there is.
    expect(screen.getByTestId('map')).toHaveTextContent('bounds [[51.45,-3.18],[53.8,-0.12]]');

    await app.user.click(screen.getByRole('checkbox', { name: 'Families' }));
    await app.user.click(screen.getByRole('checkbox', { name: 'Proposals' }));
    expect(screen.getByText('Nothing to show with these filters.')).toBeInTheDocument();
  });

  it('still shows the markers when the tile settings cannot be had', async () => {
    await openMap(() => problem('not-found', 404));
    await waitFor(() =>
      expect(
        screen.getByText('The background map could not be loaded; the offers, families and lines are shown all the same.'),
      ).toBeInTheDocument(),
    );
    expect(screen.getByTestId('map')).toHaveTextContent('2 offers, 3 families, 2 lines; bounds [[51.45,-3.18],[53.8,-0.12]]; tiles none');
  });
});
