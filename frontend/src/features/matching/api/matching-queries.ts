import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  getProposal,
  getRun,
  listProposals,
  listRuns,
  listUnassigned,
  whyUnassigned,
  type ProposalPageQuery,
  type UnassignedPageQuery,
} from './matching-api';

export const matchingKeys = {
  all: ['matching'] as const,
  runs: () => [...matchingKeys.all, 'runs'] as const,
  runPage: (page: number, size: number) => [...matchingKeys.runs(), 'page', page, size] as const,
  run: (runId: string) => [...matchingKeys.runs(), 'detail', runId] as const,
  proposals: (runId: string) => [...matchingKeys.run(runId), 'proposals'] as const,
  unassigned: (runId: string) => [...matchingKeys.run(runId), 'unassigned'] as const,
  why: (runId: string, familyId: string) => [...matchingKeys.unassigned(runId), 'why', familyId] as const,
  proposal: (proposalId: string) => [...matchingKeys.all, 'proposal', proposalId] as const,
};

/** The newest runs. A run being solved is followed by its server-sent events (see run-events), not by this list. */
export function useRunsQuery(page: number, size: number) {
  return useQuery({
    queryKey: matchingKeys.runPage(page, size),
    queryFn: ({ signal }) => listRuns(page, size, signal),
  });
}

export function useRunQuery(runId: string) {
  return useQuery({ queryKey: matchingKeys.run(runId), queryFn: ({ signal }) => getRun(runId, signal) });
}

/** One page of a run's proposals, filtered and sorted by the server; the last page stays shown while the next loads. */
export function useProposalsQuery(runId: string, query: ProposalPageQuery) {
  return useQuery({
    queryKey: [...matchingKeys.proposals(runId), query] as const,
    queryFn: ({ signal }) => listProposals(runId, query, signal),
    placeholderData: keepPreviousData,
  });
}

/** One page of the families a run left without an offer, filtered by the server. */
export function useUnassignedQuery(runId: string, query: UnassignedPageQuery) {
  return useQuery({
    queryKey: [...matchingKeys.unassigned(runId), query] as const,
    queryFn: ({ signal }) => listUnassigned(runId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useWhyUnassignedQuery(runId: string, familyId: string) {
  return useQuery({
    queryKey: matchingKeys.why(runId, familyId),
    queryFn: ({ signal }) => whyUnassigned(familyId, runId, signal),
  });
}

export function useMatchingProposalQuery(proposalId: string) {
  return useQuery({
    queryKey: matchingKeys.proposal(proposalId),
    queryFn: ({ signal }) => getProposal(proposalId, signal),
  });
}

/** A run was started: the list of runs is asked for again. */
export function useRunsChanged() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: matchingKeys.runs() }), [queryClient]);
}

/** A decision was taken on a proposal: it is asked for again, and so are the lists of its run. */
export function useProposalDecided() {
  const queryClient = useQueryClient();
  return useCallback(
    async (proposalId: string, runId: string) => {
      await queryClient.invalidateQueries({ queryKey: matchingKeys.proposal(proposalId) });
      await queryClient.invalidateQueries({ queryKey: matchingKeys.run(runId) });
    },
    [queryClient],
  );
}
