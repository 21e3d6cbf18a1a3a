import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { PLACEMENT_STATUSES, PlacementList } from '../../../features/placements';

/** The status filter lives in the address, so a filtered list can be bookmarked and Back works. */
export function PlacementsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = PLACEMENT_STATUSES.find((candidate) => candidate === searchParams.get('status')) ?? '';
  return (
    <div className="stack">
      <PageTitle>{t('placements.list.title')}</PageTitle>
      <p>{t('placements.list.intro')}</p>
      <PlacementList
        status={status}
        onStatusChange={(next) => setSearchParams(next ? new URLSearchParams({ status: next }) : new URLSearchParams())}
      />
    </div>
  );
}
