/** Types of the host module's API (household, offers, vetting); see the API contract. */

export const SEXES = ['F', 'M', 'X'] as const;
export type Sex = (typeof SEXES)[number];

export type Person = { sex: Sex; age: number };

/** GET/PUT /api/host/household; also part of a caseworker's host detail. */
export type Household = {
  adults: Person[];
  children: Person[];
  /** ISO 639-1 codes. */
  languages: string[];
  hasPets: boolean;
  petKinds: string[];
  smokers: boolean;
};

export const VETTING_STATUSES = [
  'APPLIED',
  'CHECKS_IN_PROGRESS',
  'APPROVED',
  'PAUSED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type VettingStatus = (typeof VETTING_STATUSES)[number];

/** Moving to these needs a note saying why. */
export const STATUSES_NEEDING_NOTE: readonly VettingStatus[] = ['REJECTED', 'PAUSED'];

export const VETTING_CHECKS = ['IDENTITY', 'HOME_VISIT', 'DBS', 'REFERENCES', 'TRAINING'] as const;
export type VettingCheck = (typeof VETTING_CHECKS)[number];

/** GET /api/host/vetting: what a host sees of their own vetting (never a caseworker's notes). */
export type OwnVetting = {
  status: VettingStatus;
  identityVerified: boolean;
  homeVisitDone: boolean;
  dbsChecked: boolean;
  referencesReceived: boolean;
  trainingDone: boolean;
  pending: VettingCheck[];
};

export const OFFER_TYPES = ['ROOM_IN_HOME', 'SELF_CONTAINED'] as const;
export type OfferType = (typeof OFFER_TYPES)[number];

export const STEP_FREE_LEVELS = ['ALL', 'SOME', 'NONE', 'UNKNOWN'] as const;
export type StepFree = (typeof STEP_FREE_LEVELS)[number];

export const OFFER_STATUSES = ['DRAFT', 'AVAILABLE', 'RESERVED', 'OCCUPIED', 'WITHDRAWN'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** What a host sends: they publish (AVAILABLE) or keep a draft; the system sets the rest. */
export type OfferRequestStatus = Extract<OfferStatus, 'DRAFT' | 'AVAILABLE'>;

export type OfferRequest = {
  title: string;
  type: OfferType;
  address: string;
  postcode: string | null;
  place: string | null;
  bedrooms: number;
  maxGuests: number;
  stepFree: StepFree;
  wheelchairBathroom: boolean;
  groundFloorBedroom: boolean;
  petsAllowed: boolean;
  childrenWelcome: boolean;
  womenOnly: boolean;
  lgbtqiAffirming: boolean;
  smokingAllowed: boolean;
  availableFrom: string;
  availableUntil: string | null;
  minimumStayMonths: number;
  status: OfferRequestStatus;
};

export type Offer = Omit<OfferRequest, 'status'> & {
  id: string;
  status: OfferStatus;
  lat: number | null;
  lon: number | null;
  locationLabel: string | null;
  /** How precisely `lat`/`lon` are known; null for offers saved before Haven recorded it. */
  locationPrecision: LocationPrecision | null;
  createdAt: string;
  updatedAt: string;
  /** The host's vetting status: offers are matched only once it is APPROVED. */
  hostStatus: VettingStatus;
};

/** A host may change or withdraw an offer only while no placement holds it. */
export function isEditableOffer(status: OfferStatus): boolean {
  return status === 'DRAFT' || status === 'AVAILABLE';
}

/**
 * How precisely a postcode or place was found. AREA is only the post town of a postcode area, which
 * can be tens of km from the home (docs/geo-data.md, "Known gaps").
 */
export type LocationPrecision = 'DISTRICT' | 'AREA' | 'PLACE' | 'POSTCODE';

/** GET /api/geo/lookup */
export type GeoLookup = {
  query: string;
  lat: number;
  lon: number;
  label: string;
  precision: LocationPrecision;
};

/** Whether an offer's area is only approximate, so distances to it are rough. */
export function isApproximateLocation(offer: Pick<Offer, 'locationPrecision'>): boolean {
  return offer.locationPrecision === 'AREA';
}

// ---- Caseworker side --------------------------------------------------------------------------

export type HostSummary = {
  id: string;
  displayName: string;
  email: string;
  status: VettingStatus;
  offerCount: number;
  availableOfferCount: number;
  /** Postcode areas of the host's offers ("LS"). */
  areas: string[];
  appliedAt: string;
  updatedAt: string;
};

export type HostPage = {
  items: HostSummary[];
  /** Zero-based. */
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
};

/** The list's filters and page; empty strings mean "any". */
export type HostQuery = {
  status: VettingStatus | '';
  q: string;
  area: string;
  page: number;
};

export const HOME_VISIT_OUTCOMES = ['PASSED', 'CONCERNS', 'FAILED'] as const;
export type HomeVisitOutcome = (typeof HOME_VISIT_OUTCOMES)[number];

export const DBS_LEVELS = ['NONE', 'BASIC', 'ENHANCED', 'ENHANCED_WITH_BARRED_LIST'] as const;
export type DbsLevel = (typeof DBS_LEVELS)[number];

export type VettingChecks = {
  identityVerified: boolean;
  homeVisitDate: string | null;
  homeVisitBy: string | null;
  homeVisitOutcome: HomeVisitOutcome | null;
  dbsLevel: DbsLevel;
  dbsDate: string | null;
  referencesReceived: boolean;
  trainingDone: boolean;
};

export type VettingHistoryEntry = {
  at: string;
  by: string;
  fromStatus: VettingStatus | null;
  toStatus: VettingStatus;
  note: string | null;
};

export type HostDetail = {
  id: string;
  displayName: string;
  email: string;
  status: VettingStatus;
  /**
   * Where a caseworker may move the host from `status`, as the server's rules say (APPLIED may go
   * straight to APPROVED when every check is recorded in the same save). Empty when final.
   */
  nextStatuses: VettingStatus[];
  appliedAt: string;
  household: Household;
  /** With the full address: a caseworker's read of it is audited. */
  offers: Offer[];
  vetting: VettingChecks;
  history: VettingHistoryEntry[];
};

/** PUT /api/hosts/{id}/vetting */
export type VettingUpdate = VettingChecks & { status: VettingStatus; note: string | null };
