import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RoleHomePage } from '../shared/RoleHomePage';

export function CaseworkerHomePage() {
  const { t } = useTranslation();
  return (
    <RoleHomePage explanation={t('home.caseworker.text')} showComingSoon={false}>
      <p>
        <Link to="/caseworker/families?status=TRIAGE" className="button button--primary">
          {t('home.caseworker.familiesLink')}
        </Link>
      </p>
      <p>
        <Link to="/caseworker/hosts?status=APPLIED" className="button button--secondary">
          {t('home.caseworker.hostsLink')}
        </Link>
      </p>
    </RoleHomePage>
  );
}
