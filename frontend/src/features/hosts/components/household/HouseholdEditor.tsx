import { LoadingMessage } from '../../../../components/feedback';
import { useHouseholdQuery } from '../../api/hosts-queries';
import { LoadProblem } from '../../../../components/feedback';
import { HouseholdForm } from './HouseholdForm';

/** Loads the host's household and shows it as a form. */
export function HouseholdEditor() {
  const { data, error, refetch } = useHouseholdQuery();
  if (error && !data) return <LoadProblem error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingMessage />;
  return <HouseholdForm household={data} />;
}
