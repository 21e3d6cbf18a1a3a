import type { ReactNode } from 'react';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { useResource } from '../../../lib/api';
import { getMatchingPolicy } from '../api/policy-api';
import { PolicyForm } from './PolicyForm';

/** Loads the policy in use and shows it as a form. */
export function PolicyEditor({ savedLinks }: { savedLinks?: ReactNode }) {
  const { data, error, reload } = useResource(getMatchingPolicy, 'matching-policy');
  if (error && !data) return <LoadProblem error={error} onRetry={reload} />;
  if (!data) return <LoadingMessage />;
  return <PolicyForm policy={data} savedLinks={savedLinks} />;
}
