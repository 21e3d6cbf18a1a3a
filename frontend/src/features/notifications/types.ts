/** Types of GET /api/notifications; see docs/api.md, "Notifications". */

/** Placement changes; their subject is the placement (see docs/api.md, "Placements"). */
export const PLACEMENT_KINDS = [
  'PLACEMENT_OFFERED',
  'PLACEMENT_REMINDER',
  'PLACEMENT_ACCEPTED',
  'PLACEMENT_DECLINED',
  'PLACEMENT_EXPIRED',
  'PLACEMENT_CONFIRMED',
  'PLACEMENT_MOVED_IN',
  'PLACEMENT_ENDED',
] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

/** Kinds this app has words (and a destination) for; the server may add others later. */
export const NOTIFICATION_KINDS = ['FAMILY_INTAKE_SUBMITTED', ...PLACEMENT_KINDS] as const;
export type KnownNotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Who reads the list: a placement notification is worded, and leads, differently for each. */
export type Reader = 'HOST' | 'CASEWORKER' | 'ADMIN';

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

export function isPlacementKind(kind: string): kind is PlacementKind {
  return (PLACEMENT_KINDS as readonly string[]).includes(kind);
}
