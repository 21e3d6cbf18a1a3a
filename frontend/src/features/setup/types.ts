/** GET /api/admin/setup-warnings; see docs/api.md. */
export type SetupWarnings = {
  /** Codes of what an admin should fix, e.g. `public-url-unset`; empty when all is well. */
  warnings: string[];
};
