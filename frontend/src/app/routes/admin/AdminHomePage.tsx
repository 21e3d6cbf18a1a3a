import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RoleHomePage } from '../shared/RoleHomePage';

export function AdminHomePage() {
  const { t } = useTranslation();
  return (
    <RoleHomePage explanation={t('home.admin.text')}>
      <p>
        <Link to="/admin/accounts" className="button button--primary">
          {t('home.admin.accountsLink')}
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
