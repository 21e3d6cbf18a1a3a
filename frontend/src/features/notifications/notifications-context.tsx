import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getInbox, markNotificationRead } from './api/notifications-api';
import type { Inbox } from './types';

/** How often the header asks for new notifications while the tab is visible. */
export const NOTIFICATIONS_POLL_MS = 60_000;

type NotificationsContextValue = {
  /** The last answer; null until the first one arrives. */
  inbox: Inbox | null;
  /** Why the last load failed (the last good inbox is kept). */
  error: unknown;
  /** Asks the server again now; an older request still on its way is abandoned. */
  refresh: () => void;
  /** Marks one read on the server, then here: the header and the list update together. */
  markRead: (id: string) => Promise<void>;
};

const NotificationsContext = createContext<NotificationsContextValue | null>(null);

/**
 * The signed-in user's notifications, shared by the header's count and the notifications page.
 * Loaded when the layout mounts and every minute after, but only while the tab is visible: a
 * hidden tab asks nothing, and asks at once when it is shown again. A session that has ended
 * shows up here as a 401, which signs the app out like any other call.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef<AbortController | null>(null);

  const refresh = useCallback(() => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    getInbox(controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        setInbox(answer);
        setError(null);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(failure);
      },
    );
  }, []);

  useEffect(() => {
    let timer: number | undefined;
    const stop = () => {
      window.clearInterval(timer);
      timer = undefined;
    };
    const start = () => {
      stop();
      refresh();
      timer = window.setInterval(refresh, NOTIFICATIONS_POLL_MS);
    };
    const onVisibilityChange = () => (document.visibilityState === 'hidden' ? stop() : start());
    if (document.visibilityState !== 'hidden') start();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibilityChange);
      inFlight.current?.abort();
    };
  }, [refresh]);

  const markRead = useCallback(async (id: string) => {
    await markNotificationRead(id);
    // An inbox read before the mark landed must not bring the old count back.
    inFlight.current?.abort();
    setInbox((current) => {
      if (!current) return current;
      const wasUnread = current.items.some((item) => item.id === id && !item.read);
      return {
        unreadCount: wasUnread ? Math.max(current.unreadCount - 1, 0) : current.unreadCount,
        items: current.items.map((item) => (item.id === id ? { ...item, read: true } : item)),
      };
    });
  }, []);

  const value = useMemo(() => ({ inbox, error, refresh, markRead }), [inbox, error, refresh, markRead]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsContextValue {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotifications must be used inside <NotificationsProvider>');
  return value;
}
