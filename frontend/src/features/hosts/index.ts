export { HostDetailView } from './components/caseworker/HostDetailView';
export { HostList } from './components/caseworker/HostList';
export { HouseholdEditor } from './components/household/HouseholdEditor';
export { OfferEditor } from './components/offers/OfferEditor';
export { OfferList } from './components/offers/OfferList';
export { OfferWizard } from './components/offers/OfferWizard';
export { VettingOverview } from './components/status/VettingOverview';
export type { HostQuery, Offer, OfferRequestStatus, VettingStatus } from './types';
export { VETTING_STATUSES } from './types';
