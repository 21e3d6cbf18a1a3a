import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { HouseholdEditor } from '../../../features/hosts';

export function HouseholdPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle>{t('household.title')}</PageTitle>
      <p className="lead">{t('household.intro')}</p>
      <HouseholdEditor />
    </div>
  );
}
