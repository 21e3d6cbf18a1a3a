import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { PolicyEditor } from '../../../features/matching-policy';

export function MatchingPolicyPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle>{t('adminPolicy.title')}</PageTitle>
      <p>{t('adminPolicy.intro')}</p>
      <PolicyEditor
        savedLinks={
          <p>
            <Link to={`/admin/audit?${new URLSearchParams({ action: 'MATCHING_POLICY_CHANGED' })}`}>
              {t('adminPolicy.auditLink')}
            </Link>
          </p>
        }
      />
    </div>
  );
}
