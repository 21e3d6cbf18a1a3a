import type { HostDetail, HostSummary, Household, Offer, OwnVetting } from './types';

/** Answers the host module's API gives, for the tests of this feature. */

export const emptyHousehold: Household = {
  adults: [],
  children: [],
  languages: [],
  hasPets: false,
  petKinds: [],
  smokers: false,
};

export const household: Household = {
  adults: [{ sex: 'F', age: 45 }],
  children: [],
  languages: ['en'],
  hasPets: false,
  petKinds: [],
  smokers: false,
};

export const ownVettingApplied: OwnVetting = {
  status: 'APPLIED',
  identityVerified: false,
  homeVisitDone: false,
  dbsChecked: false,
  referencesReceived: false,
  trainingDone: false,
  pending: ['IDENTITY', 'HOME_VISIT', 'DBS', 'REFERENCES', 'TRAINING'],
};

export const offer: Offer = {
  id: 'o-1',
  title: 'Double room in a quiet house',
  type: 'ROOM_IN_HOME',
  address: '14 Ash Road, Leeds',
  postcode: 'LS6 3AB',
  place: null,
  bedrooms: 1,
  maxGuests: 2,
  stepFree: 'SOME',
  wheelchairBathroom: false,
  groundFloorBedroom: false,
  petsAllowed: false,
  childrenWelcome: true,
  womenOnly: false,
  lgbtqiAffirming: true,
  smokingAllowed: false,
  availableFrom: '2099-12-01',
  availableUntil: null,
  minimumStayMonths: 6,
  status: 'AVAILABLE',
  lat: 53.82,
  lon: -1.58,
  locationLabel: 'LS6 (Leeds)',
  locationPrecision: 'DISTRICT',
  createdAt: '2099-11-20T10:00:00Z',
  updatedAt: '2099-11-20T10:00:00Z',
  hostStatus: 'APPLIED',
};

/** Offline, SY23 (Aberystwyth) is found only as its area's post town, Shrewsbury, ~95 km away. */
export const offerInArea: Offer = {
  ...offer,
  id: 'o-4',
  title: 'Farmhouse room',
  postcode: 'SY23 3AA',
  lat: 52.71,
  lon: -2.75,
  locationLabel: 'SY (Shrewsbury)',
  locationPrecision: 'AREA',
};

export const hostSummary: HostSummary = {
  id: 'h-1',
  displayName: 'Nadia Host',
  email: 'nadia@example.org',
  status: 'APPLIED',
  offerCount: 2,
  availableOfferCount: 1,
  areas: ['LS'],
  appliedAt: '2025-11-20T10:00:00Z',
  updatedAt: '2025-11-21T10:00:00Z',
};

export const hostDetail: HostDetail = {
  id: 'h-1',
  displayName: 'Nadia Host',
  email: 'nadia@example.org',
  status: 'APPLIED',
  nextStatuses: ['CHECKS_IN_PROGRESS', 'APPROVED', 'REJECTED', 'WITHDRAWN'],
  appliedAt: '2025-11-20T10:00:00Z',
  household: { ...household, children: [{ sex: 'M', age: 8 }], languages: ['en', 'fa'] },
  offers: [offer],
  vetting: {
    identityVerified: false,
    homeVisitDate: null,
    homeVisitBy: null,
    homeVisitOutcome: null,
    dbsLevel: 'NONE',
    dbsDate: null,
    referencesReceived: false,
    trainingDone: false,
  },
  history: [],
};
