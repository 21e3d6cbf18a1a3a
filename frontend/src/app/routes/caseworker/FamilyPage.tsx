import { useLocation, useParams } from 'react-router';
import { FamilyDetailView } from '../../../features/families';

export function FamilyPage() {
  const { familyId = '' } = useParams();
  const created = (useLocation().state as { created?: unknown } | null)?.created === true;
  return <FamilyDetailView key={familyId} familyId={familyId} created={created} />;
}
