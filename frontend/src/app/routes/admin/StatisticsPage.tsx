import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { StatisticsView } from '../../../features/statistics';

export function StatisticsPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle>{t('statistics.title')}</PageTitle>
      <p>{t('statistics.intro')}</p>
      <StatisticsView />
    </div>
  );
}
