/** Addresses of the placement pages (routes in app/routes/caseworker and app/routes/host). */

export const CASEWORKER_PLACEMENTS_PATH = '/caseworker/placements';
export const HOST_PLACEMENTS_PATH = '/host/placements';

export function placementPath(placementId: string): string {
  return `${CASEWORKER_PLACEMENTS_PATH}/${encodeURIComponent(placementId)}`;
}

export function hostPlacementPath(placementId: string): string {
  return `${HOST_PLACEMENTS_PATH}/${encodeURIComponent(placementId)}`;
}

export function proposalPagePath(proposalId: string): string {
  return `/caseworker/proposals/${encodeURIComponent(proposalId)}`;
}

export function familyPath(familyId: string): string {
  return `/caseworker/families/${encodeURIComponent(familyId)}`;
}

export function hostPath(hostId: string): string {
  return `/caseworker/hosts/${encodeURIComponent(hostId)}`;
}
