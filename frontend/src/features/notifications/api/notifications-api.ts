import { api } from '../../../lib/api';
import type { Inbox } from '../types';

/** The signed-in user's own notifications (any role); another user's answer 404. */

export function getInbox(signal?: AbortSignal): Promise<Inbox> {
  return api.get<Inbox>('/api/notifications', signal ? { signal } : {});
}

export function markNotificationRead(id: string): Promise<void> {
  return api.post(`/api/notifications/${encodeURIComponent(id)}/read`);
}
