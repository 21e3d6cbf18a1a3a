import './matching.css';

export { MatchingHome } from './components/MatchingHome';
export { ProposalDetailView } from './components/ProposalDetailView';
export { RunView } from './components/RunView';
export { proposalQueryFromSearch, searchFromProposalQuery } from './proposal-view';
export type { ProposalQuery } from './proposal-view';
