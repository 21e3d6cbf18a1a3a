export { NotificationList } from './components/NotificationList';
export { NotificationsLink } from './components/NotificationsLink';
export { NotificationsProvider, NOTIFICATIONS_POLL_MS, useNotifications } from './notifications-context';
export type { Inbox, Notification, Reader } from './types';
