export { HouseholdEditor } from './components/household/HouseholdEditor';
export { OfferEditor } from './components/offers/OfferEditor';
export { OfferList } from './components/offers/OfferList';
export { OfferWizard } from './components/offers/OfferWizard';
export { VettingOverview } from './components/status/VettingOverview';
export type { Offer, OfferRequestStatus } from './types';
