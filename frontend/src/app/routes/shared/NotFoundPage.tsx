import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { useSession } from '../../../features/auth';
import { landingPathFor } from '../../paths';

/** Rendered inside whichever layout the unknown address belongs to (public or a role's). */
export function NotFoundPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <section className="stack">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.text')}</p>
      <p>
        {user ? (
          <Link to={landingPathFor(user)}>{t('notFound.homeLink')}</Link>
        ) : (
          <Link to="/">{t('notFound.startLink')}</Link>
        )}
      </p>
    </section>
  );
}
