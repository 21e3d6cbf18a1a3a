import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getMatchingPolicy, saveMatchingPolicy } from './policy-api';

export const policyKeys = {
  all: ['matching-policy'] as const,
  current: () => [...policyKeys.all, 'current'] as const,
};

/**
 * The policy in use. It fills a form, so it is not kept once the editor is closed: opening the
 * editor again shows what the server holds then, never an older copy the form would start from.
 */
export function usePolicyQuery() {
  return useQuery({ queryKey: policyKeys.current(), queryFn: ({ signal }) => getMatchingPolicy(signal), gcTime: 0 });
}

/** Saves the policy; the cache then holds what the server stored. */
export function useSavePolicyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMatchingPolicy,
    onSuccess: (stored) => queryClient.setQueryData(policyKeys.current(), stored),
  });
}
