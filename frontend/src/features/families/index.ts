export { FamilyDetailView } from './components/caseworker/FamilyDetailView';
export { FamilyForm } from './components/caseworker/FamilyForm';
export { FamilyList } from './components/caseworker/FamilyList';
export { IntakeView } from './components/intake/IntakeView';
export type { FamilyCase, FamilyQuery } from './types';
export { FAMILY_STATUSES, URGENCIES } from './types';
