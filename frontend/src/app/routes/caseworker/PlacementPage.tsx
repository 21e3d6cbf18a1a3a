import { useLocation, useParams } from 'react-router';
import { PlacementDetailView } from '../../../features/placements';

export function PlacementPage() {
  const { placementId = '' } = useParams();
  const approved = (useLocation().state as { approved?: unknown } | null)?.approved === true;
  return <PlacementDetailView key={placementId} placementId={placementId} approved={approved} />;
}
