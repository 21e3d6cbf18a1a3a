import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { useSession } from '../../../features/auth';
import { VettingOverview } from '../../../features/hosts';
import { AwaitingAnswerNotice } from '../../../features/placements';

/** The host's home: a family waiting for their answer, if any, and where their checks stand. */
export function HostHomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null; // the role guard renders this page only with a session
  return (
    <div className="stack">
      <PageTitle>{t('home.welcome', { name: user.displayName })}</PageTitle>
      <AwaitingAnswerNotice />
      <VettingOverview />
    </div>
  );
}
