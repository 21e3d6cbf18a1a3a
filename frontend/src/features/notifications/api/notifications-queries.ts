import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Inbox } from '../types';
import { getInbox, markNotificationRead } from './notifications-api';

/** How often the header asks for new notifications while the tab is visible. */
export const NOTIFICATIONS_POLL_MS = 60_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  inbox: () => [...notificationKeys.all, 'inbox'] as const,
};

/**
 * The signed-in user's inbox, asked for every minute while the tab is visible: a hidden tab asks
 * nothing, and asks at once when it is shown again (TanStack Query's focus manager follows the
 * page's visibility).
 */
export function useInboxQuery() {
  return useQuery({
    queryKey: notificationKeys.inbox(),
    queryFn: ({ signal }) => getInbox(signal),
    refetchInterval: NOTIFICATIONS_POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
}

/** Marks one read on the server, then in the cached inbox: the header and the list update together. */
export function useMarkReadMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: async (_nothing, id) => {
      // An inbox read before the mark landed must not bring the old count back.
      await queryClient.cancelQueries({ queryKey: notificationKeys.inbox() });
      queryClient.setQueryData<Inbox>(notificationKeys.inbox(), (current) => {
        if (!current) return current;
        const wasUnread = current.items.some((item) => item.id === id && !item.read);
        return {
          unreadCount: wasUnread ? Math.max(current.unreadCount - 1, 0) : current.unreadCount,
          items: current.items.map((item) => (item.id === id ? { ...item, read: true } : item)),
        };
      });
    },
  });
}
