import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { useSession } from '../../../features/auth';
import { CaseworkerDashboard } from '../../../features/dashboard';
import { isolate } from '../../../lib/i18n';

/** The caseworker's home is the dashboard: what waits for whom, each item leading to its page. */
export function CaseworkerHomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null; // the role guard renders this page only with a session
  return (
    <div className="stack">
      <PageTitle>{t('home.welcome', { name: isolate(user.displayName) })}</PageTitle>
      <p className="lead">{t('dashboard.intro')}</p>
      <p className="wizard__actions">
        <Link to="/caseworker/families?status=TRIAGE" className="button button--secondary">
          {t('home.caseworker.familiesLink')}
        </Link>
        <Link to="/caseworker/hosts?status=APPLIED" className="button button--secondary">
          {t('home.caseworker.hostsLink')}
        </Link>
      </p>
      <CaseworkerDashboard />
    </div>
  );
}
