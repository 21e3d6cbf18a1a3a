/** Offers open to matching (their host APPROVED) in one postcode area or place, and the guests they take. */
export type AreaAvailability = { area: string; offers: number; beds: number };

/** GET /api/admin/stats: counts only, never a person's data. */
export type Statistics = {
  generatedAt: string;
  hostsByStatus: Record<string, number>;
  /** Most offers first. */
  availableByArea: AreaAvailability[];
  familiesByStatus: Record<string, number>;
  /** READY families by urgency. */
  waitingByUrgency: Record<string, number>;
  /** From READY to a caseworker approving the placement; null before the first approval. */
  medianDaysToMatch: number | null;
  placementsApproved: number;
  placementsByStatus: Record<string, number>;
  endedByReason: Record<string, number>;
  /** Ended placements that ended in BREAKDOWN, 0–1; null before the first end. */
  breakdownRate: number | null;
};

// The lifecycles' order (product.md), which is also how a reader expects the bars.
export const VETTING_STATUSES = ['APPLIED', 'CHECKS_IN_PROGRESS', 'APPROVED', 'PAUSED', 'REJECTED', 'WITHDRAWN'] as const;
export const FAMILY_STATUSES = ['INTAKE_PENDING', 'TRIAGE', 'READY', 'MATCHED', 'PLACED', 'REMATCH', 'CLOSED'] as const;
export const URGENCIES = ['CRITICAL', 'HIGH', 'NORMAL'] as const;
export const PLACEMENT_STATUSES = [
  'AWAITING_HOST',
  'HOST_ACCEPTED',
  'CONFIRMED',
  'MOVED_IN',
  'ENDED',
  'HOST_DECLINED',
  'EXPIRED',
] as const;
export const END_REASONS = ['PLANNED', 'HOST_ENDED', 'FAMILY_ENDED', 'BREAKDOWN', 'SAFEGUARDING'] as const;
