import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { csrf, json, mockFetch, problem, users, type RecordedRequest } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { familyCase, familySummary } from '../../test-data';
import type { FamilySummary } from '../../types';

const self = familySummary; // f-1, FAM-7K2Q, Amina
const zahra: FamilySummary = { ...familySummary, id: 'f-2', reference: 'FAM-2B3C', leadFirstName: 'Zahra' };
const zarina: FamilySummary = { ...familySummary, id: 'f-3', reference: 'FAM-3D4E', leadFirstName: 'Zarina' };
const otherAmina: FamilySummary = { ...familySummary, id: 'f-4', reference: 'FAM-4F5G', leadFirstName: 'Amina' };

function page(items: FamilySummary[], pageNumber = 0, totalPages = 1) {
  return json({ items, page: pageNumber, size: items.length, totalItems: items.length, totalPages });
}

/**
 * GET /api/families: with `q`, a search (the results given); with `id`, just those cases (how the
 * linked cases are named).
 */
function familiesList(results: Record<string, FamilySummary[]>) {
  return (request: RecordedRequest) => {
    const params = new URL(request.url, 'http://localhost').searchParams;
    const q = params.get('q');
    if (q !== null) return page(results[q] ?? []);
    const ids = (params.get('id') ?? '').split(',');
    return page([self, zahra, zarina, otherAmina].filter((summary) => ids.includes(summary.id)));
  };
}

function bodyOf(request: RecordedRequest | undefined) {
  return JSON.parse(request?.body ?? '{}') as Record<string, unknown>;
}

async function search(app: ReturnType<typeof renderApp>, text: string) {
  const linked = screen.getByRole('group', { name: 'Linked families' });
  const input = within(linked).getByLabelText('Find a case to link');
  await app.user.clear(input);
  await app.user.type(input, text);
  await app.user.click(within(linked).getByRole('button', { name: 'Search' }));
  return within(linked).findByRole('list', { name: `Cases found for “${text}”` });
}

async function openLinkedCase(linkedFamilyIds: string[], put = () => json(familyCase)) {
  const server = mockFetch({
    'GET /api/auth/me': () => json(users.caseworker),
    'GET /api/auth/csrf': csrf('t'),
    'GET /api/families/f-1': () => json({ ...familyCase, linkedFamilyIds }),
    'GET /api/families/f-1/history': () => json([]),
    'GET /api/families': familiesList({ Amina: [self, otherAmina] }),
    'PUT /api/families/f-1': put,
  });
  const app = renderApp('/caseworker/families/f-1');
  await screen.findByRole('heading', { level: 1, name: 'Family FAM-7K2Q' });
  return { app, server };
}

async function openLinkedCaseForEditing(linkedFamilyIds: string[], put?: () => Response) {
  const opened = await openLinkedCase(linkedFamilyIds, put);
  await opened.app.user.click(screen.getByRole('button', { name: 'Edit details' }));
  return opened;
}

describe('linked families', () => {
  it('a new case links a case found by name: its id is sent, and Enter in the search does not send the form', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/families': familiesList({ Za: [zahra, zarina] }),
      'POST /api/families': () => json(familyCase, 201),
      'GET /api/families/f-1': () => json(familyCase),
      'GET /api/families/f-1/history': () => json([]),
    });
    const app = renderApp('/caseworker/families/new');
    await screen.findByRole('heading', { level: 1, name: 'New family case' });
    await app.user.type(within(screen.getByRole('group', { name: 'Person 1' })).getByLabelText('First name'), 'Amina');

    const linked = screen.getByRole('group', { name: 'Linked families' });
    expect(linked).toHaveAccessibleDescription(
      'Relatives who arrived separately and want to live near each other. Matching tries to place linked families close together.',
    );
    expect(linked).toHaveTextContent('No linked families.');
    await app.user.type(within(linked).getByLabelText('Find a case to link'), 'Za{Enter}');
    const results = await within(linked).findByRole('list', { name: 'Cases found for “Za”' });
    expect(server.requestsTo('POST /api/families')).toHaveLength(0);
    expect(server.requestsTo('GET /api/families')[0]?.url).toBe('/api/families?q=Za&size=10');
    expect(within(results).getAllByRole('listitem')).toHaveLength(2);

    await app.user.click(within(results).getByRole('button', { name: 'Link FAM-2B3C' }));
    const chosen = within(linked).getByRole('list', { name: 'Families linked to this case' });
    expect(chosen).toHaveTextContent('FAM-2B3C — Zahra');
    expect(within(results).queryByRole('button', { name: 'Link FAM-2B3C' })).not.toBeInTheDocument();
    expect(results).toHaveTextContent('already linked');
    await waitFor(() => expect(within(linked).getByLabelText('Find a case to link')).toHaveFocus());

    await app.user.click(screen.getByRole('button', { name: 'Create case' }));
    await screen.findByRole('heading', { level: 1, name: 'Family FAM-7K2Q' });
    expect(bodyOf(server.requestsTo('POST /api/families')[0]).linkedFamilyIds).toEqual(['f-2']);
  });

  it('the case page names its linked cases from the list, with links to them, and never reads each one', async () => {
    const { server } = await openLinkedCase(['f-2', 'f-3']);
    const region = screen.getByRole('region', { name: 'Linked families' });
    expect(await within(region).findByRole('link', { name: 'FAM-2B3C' })).toHaveAttribute(
      'href',
      '/caseworker/families/f-2',
    );
    expect(within(region).getByRole('link', { name: 'FAM-3D4E' })).toHaveAttribute('href', '/caseworker/families/f-3');
    expect(region).toHaveTextContent('FAM-2B3C — Zahra');
    expect(region).toHaveTextContent('FAM-3D4E — Zarina');
    expect(server.requests.map((request) => request.url)).toContain('/api/families?id=f-2%2Cf-3&size=2');
    expect(server.unexpected).toEqual([]);
  });

  it('removing one and adding another sends the new list on save; the case itself is never offered', async () => {
    const { app, server } = await openLinkedCaseForEditing(['f-2', 'f-3']);
    const linked = screen.getByRole('group', { name: 'Linked families' });
    const chosen = within(linked).getByRole('list', { name: 'Families linked to this case' });
    await waitFor(() => expect(chosen).toHaveTextContent('FAM-3D4E — Zarina'));

    await app.user.click(within(chosen).getByRole('button', { name: 'Remove FAM-3D4E' }));
    expect(chosen).not.toHaveTextContent('FAM-3D4E');
    const results = await search(app, 'Amina');
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);
    expect(results).not.toHaveTextContent('FAM-7K2Q');
    expect(within(linked).queryByRole('button', { name: 'Link FAM-7K2Q' })).not.toBeInTheDocument();
    await app.user.click(within(results).getByRole('button', { name: 'Link FAM-4F5G' }));

    await app.user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Your changes have been saved.');
    const sent = bodyOf(server.requestsTo('PUT /api/families/f-1')[0]);
    expect(sent.linkedFamilyIds).toEqual(['f-2', 'f-4']);
    expect(sent.version).toBe(3);
  });

  it('shows the server’s refusal of the links next to the section', async () => {
    const { app } = await openLinkedCaseForEditing(['f-2'], () =>
      problem('validation-failed', 400, {
        errors: [
          { field: 'linkedFamilyIds', code: 'invalid-value', message: 'Link only to other existing family cases.' },
        ],
      }),
    );
    await screen.findByRole('button', { name: 'Remove FAM-2B3C' });
    await app.user.click(screen.getByRole('button', { name: 'Save changes' }));

    const linked = screen.getByRole('group', { name: 'Linked families' });
    await waitFor(() =>
      expect(linked).toHaveAccessibleDescription(
        expect.stringContaining('Link only to other family cases that exist.'),
      ),
    );
    expect(linked).toHaveTextContent('Link only to other family cases that exist.');
    expect(screen.getByRole('alert')).toHaveTextContent('Some answers need correcting.');
  });

  it('offers no search once ten cases are linked', async () => {
    const ids = Array.from({ length: 10 }, (_, index) => `f-${index + 10}`);
    await openLinkedCaseForEditing(ids);
    const linked = screen.getByRole('group', { name: 'Linked families' });
    expect(linked).toHaveTextContent('A family can be linked to at most 10 cases. Remove one to link another.');
    expect(within(linked).queryByLabelText('Find a case to link')).not.toBeInTheDocument();
  });
});
