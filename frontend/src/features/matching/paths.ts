/** Addresses of the matching pages (routes in app/routes/caseworker). */

export const MATCHING_PATH = '/caseworker/matching';

export function runPath(runId: string): string {
  return `${MATCHING_PATH}/runs/${encodeURIComponent(runId)}`;
}

export function proposalPath(runId: string, proposalId: string): string {
  return `${runPath(runId)}/proposals/${encodeURIComponent(proposalId)}`;
}

export function familyPath(familyId: string): string {
  return `/caseworker/families/${encodeURIComponent(familyId)}`;
}

export function hostPath(hostId: string): string {
  return `/caseworker/hosts/${encodeURIComponent(hostId)}`;
}

/** The run page's proposals section, opened when a link ends in #proposals ("Back to the proposals"). */
export const PROPOSALS_ANCHOR = 'proposals';
