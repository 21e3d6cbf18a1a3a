/** What changed, as the server records it: e.g. {"before": {"role": "CASEWORKER"}, "after": {"role": "ADMIN"}}. */
export type AuditDetails = {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  [key: string]: unknown;
};

export type AuditEvent = {
  id: string;
  at: string;
  /** Null when nobody was signed in (a failed login with an unknown email, a family's intake form). */
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  /** Set when the record is an account (or a host, whose id is their account's). */
  subjectEmail: string | null;
  /**
   * What a reader knows the record by, when it is not an account: a family case's reference, an
   * offer's title, a proposal's or placement's family reference, a matching run's start (an ISO
   * instant). Null otherwise.
   */
  subjectName: string | null;
  details: AuditDetails | null;
};

export type AuditPage = {
  items: AuditEvent[];
  /** Zero-based. */
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
};

/**
 * The log's filters and page; empty strings mean "any". `from` and `to` are calendar days
 * (YYYY-MM-DD) in the reader's own time zone, both included.
 */
export type AuditQuery = {
  actor: string;
  action: string;
  subjectId: string;
  from: string;
  to: string;
  page: number;
};

export const EMPTY_AUDIT_QUERY: AuditQuery = { actor: '', action: '', subjectId: '', from: '', to: '', page: 0 };
