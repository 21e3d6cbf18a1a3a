import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { HostPlacementList } from '../../../features/placements';

/** All families proposed to the host, or one of them (the link of a notification). */
export function HostPlacementsPage() {
  const { t } = useTranslation();
  const { placementId } = useParams();
  return (
    <div className="stack">
      <PageTitle>{t('placements.host.title')}</PageTitle>
      <p>{t('placements.host.intro')}</p>
      <HostPlacementList key={placementId ?? 'all'} {...(placementId ? { placementId } : {})} />
    </div>
  );
}
