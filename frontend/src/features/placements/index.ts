import './placements.css';

export { AwaitingAnswerNotice } from './components/AwaitingAnswerNotice';
export { HostPlacementList } from './components/HostPlacementList';
export { PlacementDetailView } from './components/PlacementDetailView';
export { PlacementList } from './components/PlacementList';
export { ProposalDecision } from './components/ProposalDecision';
export { ProposalReview } from './components/ProposalReview';
export { placementPath, hostPlacementPath, proposalPagePath } from './paths';
export type { Placement, PlacementStatus, ProposalToDecide } from './types';
export { PLACEMENT_STATUSES } from './types';
