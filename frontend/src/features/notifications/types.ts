/** Types of GET /api/notifications; see docs/api.md, "Notifications". */

/** Kinds this app has words (and a destination) for; the server may add others later. */
export const NOTIFICATION_KINDS = ['FAMILY_INTAKE_SUBMITTED'] as const;
export type KnownNotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type Notification = {
  id: string;
  /** A known kind, or one this version of the app does not know yet (shown generically). */
  kind: KnownNotificationKind | (string & {});
  subjectId: string | null;
  subjectReference: string | null;
  createdAt: string;
  read: boolean;
};

/** The latest 50 of the signed-in user's own notifications, newest first, and how many are unread. */
export type Inbox = {
  unreadCount: number;
  items: Notification[];
};

export function isKnownKind(kind: string): kind is KnownNotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}
