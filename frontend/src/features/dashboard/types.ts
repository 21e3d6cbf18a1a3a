/** GET /api/dashboard; see docs/api.md. */

import type { Urgency } from '../../lib/api';

export { URGENCIES } from '../../lib/api';
export type { Urgency };

export const DASHBOARD_PLACEMENT_STATUSES = [
  'AWAITING_HOST',
  'HOST_ACCEPTED',
  'CONFIRMED',
  'MOVED_IN',
  'ENDED',
  'HOST_DECLINED',
  'EXPIRED',
] as const;
export type DashboardPlacementStatus = (typeof DASHBOARD_PLACEMENT_STATUSES)[number];

export type Dashboard = {
  familiesWaiting: { urgency: Urgency; count: number; longestWaitingDays: number }[];
  /** The 10 READY families waiting longest, most urgent first. */
  longestWaiting: { familyId: string; reference: string; urgency: Urgency; size: number; waitingDays: number }[];
  proposalsToDecide: number;
  awaitingHost: {
    placementId: string;
    familyReference: string;
    offerTitle: string;
    offeredAt: string;
    answerDueAt: string;
    reminded: boolean;
  }[];
  /** Check-ins due within a week, and overdue ones. */
  checkInsDue: { placementId: string; familyReference: string; offerTitle: string; dueOn: string; overdue: boolean }[];
  placementsByStatus: Partial<Record<DashboardPlacementStatus, number>>;
};
