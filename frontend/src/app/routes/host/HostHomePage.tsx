import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { useSession } from '../../../features/auth';
import { VettingOverview } from '../../../features/hosts';

/** The host's home: where their checks stand, in plain words, and nothing else. */
export function HostHomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null; // the role guard renders this page only with a session
  return (
    <div className="stack">
      <PageTitle>{t('home.welcome', { name: user.displayName })}</PageTitle>
      <VettingOverview />
    </div>
  );
}
