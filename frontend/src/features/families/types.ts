/** Types of the family module's API (cases, intake links); see docs/api.md, "Family cases". */

export const SEXES = ['F', 'M', 'X'] as const;
export type Sex = (typeof SEXES)[number];

export const RELATIONSHIPS = ['LEAD', 'PARTNER', 'CHILD', 'PARENT', 'SIBLING', 'OTHER_RELATIVE', 'UNRELATED'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

import type { Urgency } from '../../lib/api';

export { URGENCIES } from '../../lib/api';
export type { Urgency };

export const FAMILY_STATUSES = ['INTAKE_PENDING', 'TRIAGE', 'READY', 'MATCHED', 'PLACED', 'REMATCH', 'CLOSED'] as const;
export type FamilyStatus = (typeof FAMILY_STATUSES)[number];

/** Age and sex may be unknown until the family has filled in the intake form. */
export type Member = {
  firstName: string;
  age: number | null;
  sex: Sex | null;
  relationship: Relationship;
  wheelchairUser: boolean;
};

/** The needs and wishes a caseworker and a family both answer. */
export type FamilyNeeds = {
  languages: string[];
  needsStepFree: boolean;
  needsGroundFloorBedroom: boolean;
  hasPets: boolean;
  petAllergy: boolean;
  smoker: boolean;
  needsLgbtqiAffirming: boolean;
  preferredPostcode: string | null;
  preferredPlace: string | null;
  locationTies: string | null;
  neededFrom: string | null;
  expectedStayMonths: number | null;
  contactPhone: string | null;
  contactEmail: string | null;
};

/** POST /api/families, PUT /api/families/{id} (with the version read). */
export type FamilyRequest = FamilyNeeds & {
  urgency: Urgency;
  members: Member[];
  maxDistanceKm: number | null;
  linkedFamilyIds: string[];
  nationality: string | null;
  religion: string | null;
  notes: string | null;
  version?: number | null;
};

export type FamilyCase = Omit<FamilyRequest, 'version'> & {
  id: string;
  reference: string;
  status: FamilyStatus;
  lat: number | null;
  lon: number | null;
  locationLabel: string | null;
  size: number;
  bedroomsNeeded: number;
  adultsAllWomen: boolean;
  createdAt: string;
  updatedAt: string;
  readyAt: string | null;
  waitingDays: number | null;
  version: number;
  nextStatuses: FamilyStatus[];
};

export type FamilySummary = {
  id: string;
  reference: string;
  leadFirstName: string | null;
  status: FamilyStatus;
  urgency: Urgency;
  size: number;
  bedroomsNeeded: number;
  neededFrom: string | null;
  locationLabel: string | null;
  waitingDays: number | null;
  createdAt: string;
};

export type FamilyPage = {
  items: FamilySummary[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
};

/** The list's filters and page; empty strings mean "any". */
export type FamilyQuery = {
  status: FamilyStatus | '';
  urgency: Urgency | '';
  q: string;
  page: number;
};

export type IntakeLink = { url: string; expiresAt: string };

/** `count`: one person's reads of one kind on one day come as one entry (at the latest read). */
export type FamilyHistoryEntry = { at: string; by: string; action: string; count: number };

/** GET /api/intake/{token}: the family's answers so far, no caseworker fields. */
export type IntakeForm = FamilyNeeds & {
  reference: string;
  expiresAt: string;
  members: Member[];
};

/** PUT /api/intake/{token} */
export type IntakeRequest = FamilyNeeds & { members: Member[] };
