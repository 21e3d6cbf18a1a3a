import { useParams } from 'react-router';
import { HostDetailView } from '../../../features/hosts';

export function HostPage() {
  const { hostId = '' } = useParams();
  return <HostDetailView key={hostId} hostId={hostId} />;
}
