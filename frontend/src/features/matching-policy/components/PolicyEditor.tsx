import type { ReactNode } from 'react';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { usePolicyQuery } from '../api/policy-queries';
import { PolicyForm } from './PolicyForm';

/** Loads the policy in use and shows it as a form. */
export function PolicyEditor({ savedLinks }: { savedLinks?: ReactNode }) {
  const { data, error, refetch } = usePolicyQuery();
  if (error && !data) return <LoadProblem error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingMessage />;
  return <PolicyForm policy={data} savedLinks={savedLinks} />;
}
