/** Offers open to matching (their host APPROVED) in one postcode area or place, and the guests they take. */
export type AreaAvailability = { area: string; offers: number; beds: number };

/** GET /api/admin/stats: counts only, never a person's data. */
export type Statistics = {
  generatedAt: string;
  /** Every status, zeros included, in its lifecycle's order; so are the other counts by code. */
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
