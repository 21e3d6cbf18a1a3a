import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import type { ClusterMarker, LatLon, MapLayers } from '../map-layers';
import { clusteredData, mapData } from '../test-data';
import type { MapData, MapTiles, MapView } from '../types';

/** The page's code loads lazily; on a busy machine that can take longer than the default second. */
const LAZY_PAGE = { timeout: 5000 };

// Leaflet needs a real browser (the browser test draws it); here the map shows what it was given.
// A pan of the real map reports this area (around Leeds, zoomed in).
const LEEDS: MapView = { south: 53.7, west: -1.7, north: 53.9, east: -1.4, zoom: 11 };
vi.mock('./MapCanvas', () => ({
  MapCanvas: ({
    layers,
    clusters,
    focus,
    onView,
    tiles,
  }: {
    layers: MapLayers;
    clusters: ClusterMarker[];
    focus: [LatLon, LatLon] | null;
    onView: (view: MapView) => void;
    tiles: MapTiles | null;
  }) => (
    <div data-testid="map">
      {`${layers.offers.length} offers, ${layers.families.length} families, ${layers.lines.length} lines, `}
      {`${clusters.length} groups; focus ${JSON.stringify(focus?.map((corner) => corner.map((value) => Math.round(value * 100) / 100)) ?? null)}; tiles ${tiles ? tiles.tileUrl : 'none'}`}
      <button type="button" onClick={() => onView(LEEDS)}>
        pan to Leeds
      </button>
    </div>
  ),
}));

const tiles: MapTiles = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; OpenStreetMap contributors',
};

async function openMap(tilesAnswer: () => Response = () => json(tiles), answers: MapData[] = [mapData]) {
  const server = mockFetch({
    'GET /api/auth/me': () => json(users.caseworker),
    'GET /api/map': answers.map((answer) => () => json(answer)),
    'GET /api/map/tiles': tilesAnswer,
  });
  const app = renderApp('/caseworker/map');
  await screen.findByRole('heading', { level: 1, name: 'Map' }, LAZY_PAGE);
  await screen.findByTestId('map');
  return { ...app, server };
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
      '2 offers, 3 families, 2 lines, 0 groups; focus null; tiles https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    );
    expect(screen.getByText('Showing 2 offers, 3 families, 1 proposal and 1 placement.')).toBeInTheDocument();
    expect(captions()).toEqual(['2 offers', '3 families', '2 proposals and placements']);

    const list = screen.getByRole('region', { name: 'The same as a list' });
    expect(within(list).getByRole('link', { name: 'Two rooms in a family home' })).toHaveAttribute(
      'href',
      '/caseworker/hosts/h-1',
    );
    expect(within(list).getByRole('row', { name: /^Garden flat/ })).toHaveTextContent('In a placement');
    expect(within(list).getByRole('link', { name: 'FAM-AAAA' })).toHaveAttribute('href', '/caseworker/families/f-1');
    expect(within(list).getByRole('link', { name: 'Proposal' })).toHaveAttribute('href', '/caseworker/proposals/p-1');
    expect(within(list).getByRole('link', { name: 'Placement' })).toHaveAttribute(
      'href',
      '/caseworker/placements/pl-1',
    );
    expect(screen.getByRole('link', { name: 'Skip to the same as a list' })).toHaveAttribute('href', '#map-list');

    const key = screen.getByRole('region', { name: 'Key' });
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
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
    // The urgency is asked of the server, which counts and pins only those families.
    expect(app.server.requestsTo('GET /api/map').at(-1)!.url).toBe('/api/map?urgency=CRITICAL');

    await app.user.click(screen.getByRole('checkbox', { name: 'Families' }));
    await app.user.click(screen.getByRole('checkbox', { name: 'Proposals' }));
    expect(screen.getByText('Nothing to show with these filters.')).toBeInTheDocument();
  });

  it('still shows the markers when the tile settings cannot be had', async () => {
    await openMap(() => problem('not-found', 404));
    await waitFor(() =>
      expect(
        screen.getByText(
          'The background map could not be loaded; the offers, families and lines are shown all the same.',
        ),
      ).toBeInTheDocument(),
    );
    expect(screen.getByTestId('map')).toHaveTextContent(
      '2 offers, 3 families, 2 lines, 0 groups; focus null; tiles none',
    );
  });

  it('keeps the map’s box while the tile settings load, so the legend and the list below do not move', async () => {
    let answerTiles: (response: Response) => void = () => {};
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/map': () => json(mapData),
      'GET /api/map/tiles': () => new Promise<Response>((answer) => (answerTiles = answer)),
    });
    const { container } = renderApp('/caseworker/map');
    await screen.findByRole('region', { name: 'The same as a list' }, LAZY_PAGE);

    const box = container.querySelector('.map-canvas');
    expect(box, 'the map’s place, held').not.toBeNull();
    expect(within(box as HTMLElement).getByRole('status')).toBeInTheDocument();
    expect(screen.queryByTestId('map')).toBeNull();

    answerTiles(json(tiles));
    await screen.findByTestId('map');
    expect(container.querySelector('.map-canvas--loading')).toBeNull();
  });

  it('asks for the area on screen after each move, and shows groups with their counts when there are many', async () => {
    const app = await openMap(() => json(tiles), [clusteredData, mapData]);
    expect(app.server.requestsTo('GET /api/map')[0]!.url).toBe('/api/map');
    expect(screen.getByTestId('map')).toHaveTextContent('0 offers, 0 families, 0 lines, 3 groups');
    expect(
      screen.getByText(
        'In this area: 120 offers and 1,650 families, in 3 groups. Zoom in, or choose a group below, to see each one.',
      ),
    ).toBeInTheDocument();
    expect(captions()).toEqual(['3 groups of offers and families']);
    const list = screen.getByRole('region', { name: 'The same as a list' });
    expect(
      within(list)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Show group 1 on the map1,40090', 'Show group 2 on the map15020', 'Show group 3 on the map10010']);

    await app.user.click(within(list).getByRole('button', { name: 'Show group 3 on the map' }));
    expect(screen.getByTestId('map')).toHaveTextContent('focus [[51.47,-3.19],[51.49,-3.17]]');

    await app.user.click(screen.getByRole('button', { name: 'pan to Leeds' }));
    await waitFor(() => expect(screen.getByTestId('map')).toHaveTextContent('2 offers, 3 families, 2 lines, 0 groups'));
    expect(app.server.requestsTo('GET /api/map').at(-1)!.url).toBe(
      '/api/map?south=53.70000&west=-1.70000&north=53.90000&east=-1.40000&zoom=11',
    );
  });

  it('says when it shows only the first pins of a crowded area', async () => {
    await openMap(() => json(tiles), [{ ...mapData, truncated: true }]);
    expect(
      screen.getByText(/There are more here than the map shows one by one: it shows the first 500 families/),
    ).toBeInTheDocument();
  });

  it('pages a long list', async () => {
    const many = Array.from({ length: 30 }, (_, index) => ({
      ...mapData.families[1]!,
      id: `f-${index}`,
      reference: `FAM-${index}`,
    }));
    const app = await openMap(() => json(tiles), [{ ...mapData, families: many, lines: [] }]);
    const list = screen.getByRole('region', { name: 'The same as a list' });
    expect(within(list).getByRole('link', { name: 'FAM-0' })).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'FAM-25' })).toBeNull();
    const families = within(list).getAllByRole('navigation', { name: 'Pages' });
    await app.user.click(within(families.at(-1)!).getByRole('button', { name: 'Next page' }));
    expect(within(list).getByRole('link', { name: 'FAM-25' })).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'FAM-0' })).toBeNull();
  });
});
