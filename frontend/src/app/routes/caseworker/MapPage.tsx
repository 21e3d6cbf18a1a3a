import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { CaseworkerMap } from '../../../features/map';

export function MapPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle>{t('map.title')}</PageTitle>
      <p>{t('map.intro')}</p>
      <CaseworkerMap />
    </div>
  );
}
