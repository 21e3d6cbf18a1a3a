import { useParams } from 'react-router';
import { ProposalReview } from '../../../features/placements';

/** One proposal with its explanation and the approve / reject panel (any run's, or one made by hand). */
export function ProposalDecisionPage() {
  const { proposalId = '' } = useParams();
  return <ProposalReview key={proposalId} proposalId={proposalId} />;
}
