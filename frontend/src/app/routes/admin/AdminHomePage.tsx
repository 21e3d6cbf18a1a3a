import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SetupWarnings } from '../../../features/setup';
import { RoleHomePage } from '../shared/RoleHomePage';

export function AdminHomePage() {
  const { t } = useTranslation();
  return (
    <RoleHomePage explanation={t('home.admin.text')} showComingSoon={false}>
      <SetupWarnings />
      <p>
        <Link to="/admin/accounts" className="button button--primary">
          {t('home.admin.accountsLink')}
        </Link>
      </p>
      <p>
        <Link to="/admin/matching-policy" className="button button--secondary">
          {t('adminPolicy.homeLink')}
        </Link>
      </p>
      <p>
        <Link to="/admin/statistics" className="button button--secondary">
          {t('statistics.homeLink')}
        </Link>
      </p>
      <p>
        <Link to="/admin/audit" className="button button--secondary">
          {t('audit.homeLink')}
        </Link>
      </p>
    </RoleHomePage>
  );
}
