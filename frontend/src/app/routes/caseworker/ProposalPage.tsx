import { useLocation, useParams } from 'react-router';
import { ProposalDetailView } from '../../../features/matching';
import { ProposalDecision } from '../../../features/placements';
import { safeNextPath } from '../../paths';

export function ProposalPage() {
  const { runId = '', proposalId = '' } = useParams();
  // The list links here with the address it was at, so "Back" returns to it as it was left.
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  const backTo = typeof from === 'string' ? safeNextPath(from) : null;
  return (
    <ProposalDetailView
      key={`${runId}/${proposalId}`}
      runId={runId}
      proposalId={proposalId}
      backTo={backTo}
      decision={(proposal, reload) => <ProposalDecision proposal={proposal} onRejected={reload} />}
    />
  );
}
