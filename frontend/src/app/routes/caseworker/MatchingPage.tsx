import { useSearchParams } from 'react-router';
import { MatchingHome, proposalQueryFromSearch, searchFromProposalQuery } from '../../../features/matching';

/** The proposals' order and filters live in the address, so Back from a proposal keeps them. */
export function MatchingPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <MatchingHome
      query={proposalQueryFromSearch(searchParams)}
      // Replace, not push: typing in the search box must not fill the history with every letter.
      onQueryChange={(next) => setSearchParams(searchFromProposalQuery(next), { replace: true })}
    />
  );
}
