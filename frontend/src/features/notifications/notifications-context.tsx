import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useInboxQuery, useMarkReadMutation } from './api/notifications-queries';
import type { Inbox } from './types';

export { NOTIFICATIONS_POLL_MS } from './api/notifications-queries';

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
 * The signed-in user's notifications, shared by the header's count and the notifications page:
 * one polling query (see useInboxQuery) for as long as the signed-in layout is mounted. A session
 * that has ended shows up here as a 401, which signs the app out like any other call.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { data, error, refetch } = useInboxQuery();
  const { mutateAsync } = useMarkReadMutation();
  const refresh = useCallback(() => void refetch(), [refetch]);
  const markRead = useCallback((id: string) => mutateAsync(id), [mutateAsync]);
  const value = useMemo(() => ({ inbox: data ?? null, error, refresh, markRead }), [data, error, refresh, markRead]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsContextValue {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotifications must be used inside <NotificationsProvider>');
  return value;
}
