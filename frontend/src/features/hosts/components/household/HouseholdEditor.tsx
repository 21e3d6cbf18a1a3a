import { LoadingMessage } from '../../../../components/feedback';
import { getHousehold } from '../../api/host-api';
import { useResource } from '../../../../lib/api';
import { LoadProblem } from '../../../../components/feedback';
import { HouseholdForm } from './HouseholdForm';

/** Loads the host's household and shows it as a form. */
export function HouseholdEditor() {
  const { data, error, reload } = useResource(getHousehold, 'household');
  if (error && !data) return <LoadProblem error={error} onRetry={reload} />;
  if (!data) return <LoadingMessage />;
  return <HouseholdForm household={data} />;
}
