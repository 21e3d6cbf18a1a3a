import { useParams, useSearchParams } from 'react-router';
import { RunView, proposalQueryFromSearch, searchFromProposalQuery } from '../../../features/matching';

export function MatchingRunPage() {
  const { runId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <RunView
      key={runId}
      runId={runId}
      query={proposalQueryFromSearch(searchParams)}
      onQueryChange={(next) => setSearchParams(searchFromProposalQuery(next), { replace: true })}
    />
  );
}
