import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageLayout, SiteHeader } from '../../components/layout';
import { useSession } from '../../features/auth';
import { landingPathFor } from '../paths';

function VisitorLinks() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="header-links">
      {pathname !== '/login' && (
        <Link to="/login" className="button button--secondary">
          {t('header.logIn')}
        </Link>
      )}
      {pathname !== '/signup' && (
        <Link to="/signup" className="button button--primary">
          {t('header.offerRoom')}
        </Link>
      )}
    </div>
  );
}

/** Landing, login, sign-up and public 404 pages. */
export function PublicLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const header = (
    <SiteHeader homePath="/">
      {user ? (
        <Link to={landingPathFor(user)} className="button button--secondary">
          {t('header.myHome')}
        </Link>
      ) : (
        <VisitorLinks />
      )}
    </SiteHeader>
  );
  return (
    <PageLayout header={header}>
      <Outlet />
    </PageLayout>
  );
}
