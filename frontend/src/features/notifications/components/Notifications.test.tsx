import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../../lib/i18n';
import { setCookie } from '../../../testing/cookies';
import { json, mockFetch, noContent, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import { NOTIFICATIONS_POLL_MS } from '../notifications-context';
import type { Inbox, Notification } from '../types';

const older: Notification = {
  id: 'n-1',
  kind: 'FAMILY_INTAKE_SUBMITTED',
  subjectId: 'f-1',
  subjectReference: 'FAM-7K2Q',
  createdAt: '2025-11-20T10:00:00Z',
  read: true,
};
const newer: Notification = {
  id: 'n-2',
  kind: 'FAMILY_INTAKE_SUBMITTED',
  subjectId: 'f-2',
  subjectReference: 'FAM-9XYZ',
  createdAt: '2025-11-28T14:30:00Z',
  read: false,
};
const unknown: Notification = {
  id: 'n-3',
  kind: 'SOMETHING_NEW',
  subjectId: 'x-1',
  subjectReference: 'REF-1',
  createdAt: '2025-11-25T09:00:00Z',
  read: false,
};

/** Deliberately out of order: the page sorts newest first itself. */
const inbox: Inbox = { unreadCount: 2, items: [older, unknown, newer] };

/** The header's link, once the signed-in layout (not the guard's loading frame) is there. */
function findHeaderLink(name: string) {
  return waitFor(() => within(screen.getByRole('banner')).getByRole('link', { name }));
}

/** The page's notifications, newest first. */
function findItems() {
  return waitFor(() => within(within(screen.getByRole('main')).getByRole('list')).getAllByRole('listitem'));
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  // As a browser fires it: at the document, bubbling up to the window.
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

afterEach(() => {
  vi.useRealTimers();
  // Back to the DOM's own (visible) property.
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe('notifications in the header', () => {
  it('shows the unread count in a badge and in the link name, leading to the role’s notifications page', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.caseworker), 'GET /api/notifications': () => json(inbox) });
    renderApp('/caseworker');

    const link = await findHeaderLink('Notifications (2 unread)');
    expect(link).toHaveAttribute('href', '/caseworker/notifications');
    expect(link.querySelector('.notifications-link__badge')).toHaveTextContent(/^2$/);
  });

  it('shows no badge when nothing is unread, in every role', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/notifications': () => json({ unreadCount: 0, items: [{ ...older, read: true }] }),
      'GET /api/host/household': () => problem('not-found', 404),
      'GET /api/host/status': () => problem('not-found', 404),
    });
    renderApp('/host/account');

    const link = await findHeaderLink('Notifications');
    expect(link).toHaveAttribute('href', '/host/notifications');
  });

  it('asks again every minute while the tab is visible, not while it is hidden, and at once when shown again', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/notifications': [() => json({ unreadCount: 0, items: [] }), () => json(inbox)],
    });
    renderApp('/admin/account');
    await findHeaderLink('Notifications');
    const asked = () => server.requestsTo('GET /api/notifications').length;
    // The link can show before the provider's effect has asked (a commit outside act on a busy
    // machine); vi.waitFor polls on real timers, which the fake setInterval does not stop.
    await vi.waitFor(() => expect(asked()).toBe(1));

    act(() => {
      vi.advanceTimersByTime(NOTIFICATIONS_POLL_MS);
    });
    expect(await findHeaderLink('Notifications (2 unread)')).toBeInTheDocument();
    expect(asked()).toBe(2);

    act(() => setVisibility('hidden'));
    act(() => {
      vi.advanceTimersByTime(5 * NOTIFICATIONS_POLL_MS);
    });
    expect(asked()).toBe(2);

    act(() => setVisibility('visible'));
    // At once, before the next minute: the query cache refetches on the visibility event, after
    // the microtasks it queues (no timer is advanced here).
    await vi.waitFor(() => expect(asked()).toBe(3));
    act(() => {
      vi.advanceTimersByTime(NOTIFICATIONS_POLL_MS);
    });
    expect(asked()).toBe(4);
  });
});

describe('notifications page', () => {
  it('lists newest first, in words per kind, with the case reference, the time and read or unread', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.caseworker), 'GET /api/notifications': () => json(inbox) });
    renderApp('/caseworker/notifications');

    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
    expect(await screen.findByText('2 unread notifications')).toBeInTheDocument();
    const items = await findItems();
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^UnreadA family sent its intake formCase FAM-9XYZ 28 Nov 2025, \d\d:30Mark as read$/),
      expect.stringMatching(/^UnreadSomething needs your attentionCase REF-1 25 Nov 2025, \d\d:00Mark as read$/),
      expect.stringMatching(/^ReadA family sent its intake formCase FAM-7K2Q 20 Nov 2025, \d\d:00$/),
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'A family sent its intake form' })).toHaveAttribute(
      'href',
      '/caseworker/families/f-2',
    );
    expect(within(items[2]!).getByRole('link')).toHaveAttribute('href', '/caseworker/families/f-1');
    expect(within(items[1]!).queryByRole('link')).toBeNull(); // an unknown kind has nowhere to go
    expect(items[0]!.querySelector('time')).toHaveAttribute('datetime', '2025-11-28T14:30:00Z');
    // Both buttons are told apart by their description (which case, when).
    expect(within(items[0]!).getByRole('button', { name: 'Mark as read' })).toHaveAccessibleDescription(
      /^Case FAM-9XYZ/,
    );
  });

  it('is in Ukrainian and Dari too', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.caseworker), 'GET /api/notifications': () => json(inbox) });
    await changeLanguage('uk');
    renderApp('/caseworker/notifications');
    expect(await screen.findAllByRole('link', { name: 'Сім’я надіслала свою анкету' })).toHaveLength(2);
    expect(screen.getByText('Дещо потребує вашої уваги')).toBeInTheDocument();
    expect(await findHeaderLink('Сповіщення (2 непрочитані)')).toBeInTheDocument();

    await act(() => changeLanguage('fa-AF'));
    expect(await screen.findAllByRole('link', { name: 'یک خانواده فورم خود را فرستاد' })).toHaveLength(2);
    expect(screen.getByText('چیزی به توجه شما نیاز دارد')).toBeInTheDocument();
    expect(await findHeaderLink('اطلاعیه‌ها (۲ ناخوانده)')).toHaveTextContent('۲');
  });

  it('"Mark as read" sends the POST, and the item and the header count follow', async () => {
    setCookie('XSRF-TOKEN', 'token');
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/notifications': () => json(inbox),
      'POST /api/notifications/n-2/read': () => noContent(),
    });
    const app = renderApp('/caseworker/notifications');
    const first = (await findItems())[0]!;
    await app.user.click(within(first).getByRole('button', { name: 'Mark as read' }));

    expect(server.requestsTo('POST /api/notifications/n-2/read')[0]?.headers.get('X-XSRF-TOKEN')).toBe('token');
    expect(await findHeaderLink('Notifications (1 unread)')).toBeInTheDocument();
    expect(screen.getByText('1 unread notification')).toBeInTheDocument();
    expect(first).toHaveTextContent(/^ReadA family sent its intake form/);
    expect(within(first).queryByRole('button')).toBeNull();
    await waitFor(() => expect(within(first).getByRole('link')).toHaveFocus());
  });

  it('says so when marking fails, and keeps the notification unread', async () => {
    setCookie('XSRF-TOKEN', 'token');
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/notifications': () => json(inbox),
      'POST /api/notifications/n-2/read': () =>
        problem('not-found', 404, { detail: 'This notification was not found.' }),
    });
    const app = renderApp('/caseworker/notifications');
    const first = (await findItems())[0]!;
    await app.user.click(within(first).getByRole('button', { name: 'Mark as read' }));

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(first).toHaveTextContent(/^Unread/);
    expect(await findHeaderLink('Notifications (2 unread)')).toBeInTheDocument();
  });

  it('opening a notification marks it read and goes to the case', async () => {
    setCookie('XSRF-TOKEN', 'token');
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/notifications': () => json(inbox),
      'POST /api/notifications/n-2/read': () => noContent(),
      // The case page itself is the families feature's business; here it only has to be asked for.
      'GET /api/families/f-2': () => problem('not-found', 404),
      'GET /api/families/f-2/history': () => json([]),
    });
    const app = renderApp('/caseworker/notifications');
    await app.user.click(
      await screen.findByRole('link', { name: 'A family sent its intake form', description: /FAM-9XYZ/ }),
    );

    await waitFor(() => expect(app.location()).toBe('/caseworker/families/f-2'));
    await waitFor(() => expect(server.requestsTo('POST /api/notifications/n-2/read')).toHaveLength(1));
    expect(await findHeaderLink('Notifications (1 unread)')).toBeInTheDocument();
  });

  it('says when there is nothing', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.admin) });
    renderApp('/admin/notifications');
    expect(await screen.findByText('You have no notifications yet.')).toBeInTheDocument();
    expect(screen.getByText('Nothing unread.')).toBeInTheDocument();
  });

  it('words placement changes for a host, naming the offer and leading to the host’s placement page', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/notifications': () =>
        json({
          unreadCount: 2,
          items: [
            { ...newer, id: 'n-5', kind: 'PLACEMENT_OFFERED', subjectId: 'pl-1', subjectReference: 'Garden flat' },
            {
              ...older,
              id: 'n-6',
              kind: 'PLACEMENT_REMINDER',
              subjectId: 'pl-1',
              subjectReference: 'Garden flat',
              read: false,
            },
          ],
        }),
    });
    renderApp('/host/notifications');
    const items = await findItems();
    expect(items[0]).toHaveTextContent(
      /^UnreadA family has been proposed for your offer: please answerOffer Garden flat/,
    );
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/host/placements/pl-1');
    expect(items[1]).toHaveTextContent('Reminder: a family is waiting for your answer');
  });

  it('words placement changes for a caseworker, naming the case and leading to the placement', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/notifications': () =>
        json({
          unreadCount: 1,
          items: [{ ...newer, kind: 'PLACEMENT_ACCEPTED', subjectId: 'pl-1', subjectReference: 'FAM-9XYZ' }],
        }),
    });
    renderApp('/caseworker/notifications');
    const [item] = await findItems();
    expect(within(item!).getByRole('link', { name: 'A host accepted: ask the family to confirm' })).toHaveAttribute(
      'href',
      '/caseworker/placements/pl-1',
    );
    expect(item).toHaveTextContent('Case FAM-9XYZ');
  });
});
