import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/api';
import { anonymous, csrf, json, mockFetch, noContent, problem, users } from '../../testing/mock-fetch';
import { renderApp } from '../../testing/render-app';

const hostsInbox = {
  unreadCount: 1,
  items: [
    {
      id: 'n-host',
      kind: 'PLACEMENT_OFFERED',
      subjectId: 'pl-1',
      subjectReference: 'Garden flat',
      createdAt: '2025-11-28T14:30:00Z',
      read: false,
    },
  ],
};

/** As in the running app: answers are kept for minutes after the page that asked has gone. */
function productionLikeCache() {
  return createQueryClient({ queries: { retry: false } });
}

function cachedAnswers(client: ReturnType<typeof createQueryClient>) {
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.data !== undefined);
}

describe('the query cache and the session', () => {
  it('is emptied at logout, so the next user at this browser never sees the last one’s data', async () => {
    const queryClient = productionLikeCache();
    mockFetch({
      'GET /api/auth/me': [() => json(users.host), () => anonymous(), () => json(users.admin)],
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/auth/logout': () => noContent(),
      'POST /api/auth/login': () => noContent(),
      'GET /api/admin/setup-warnings': () => json({ warnings: [] }),
      'GET /api/notifications': [() => json(hostsInbox), () => json({ unreadCount: 0, items: [] })],
    });
    const app = renderApp('/host/notifications', { queryClient });
    expect(await screen.findByText('Garden flat', { exact: false })).toBeInTheDocument();
    expect(cachedAnswers(queryClient).length).toBeGreaterThan(0);
    // An offer the host had started and not saved, kept for this tab (the offer wizard's draft).
    sessionStorage.setItem('haven.draft.offer.new', '{"draft": {}, "base": null}');

    await app.user.click(screen.getByRole('button', { name: 'Log out' }));
    expect(await screen.findByText('You have logged out.')).toBeInTheDocument();
    expect(cachedAnswers(queryClient)).toEqual([]);
    expect(sessionStorage.getItem('haven.draft.offer.new')).toBeNull();

    await app.user.type(screen.getByLabelText('Email address'), 'admin@haven.example');
    await app.user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await app.user.click(screen.getByRole('button', { name: 'Log in' }));
    await app.router.navigate('/admin/notifications');
    expect(await screen.findByText('You have no notifications yet.')).toBeInTheDocument();
    expect(screen.queryByText('Garden flat', { exact: false })).toBeNull();
  });

  it('is emptied when the server ends the session under the app (a 401 from any call)', async () => {
    const queryClient = productionLikeCache();
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/notifications': [() => json(hostsInbox), () => problem('unauthenticated', 401)],
    });
    const app = renderApp('/host/notifications', { queryClient });
    expect(await screen.findByText('Garden flat', { exact: false })).toBeInTheDocument();

    await queryClient.refetchQueries();
    await waitFor(() => expect(app.location()).toMatch(/^\/login/));
    expect(cachedAnswers(queryClient)).toEqual([]);
  });
});
