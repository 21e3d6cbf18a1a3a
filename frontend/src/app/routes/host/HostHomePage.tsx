import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { useSession } from '../../../features/auth';
import { VettingOverview } from '../../../features/hosts';
import { isolate } from '../../../lib/i18n';

// The placements feature is a chunk of its own: hosts with nothing to answer never need the rest.
const AwaitingAnswerNotice = lazy(async () => ({
  default: (await import('../../../features/placements')).AwaitingAnswerNotice,
}));

/** The host's home: a family waiting for their answer, if any, and where their checks stand. */
export function HostHomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null; // the role guard renders this page only with a session
  return (
    <div className="stack">
      <PageTitle>{t('home.welcome', { name: isolate(user.displayName) })}</PageTitle>
      <Suspense fallback={null}>
        <AwaitingAnswerNotice />
      </Suspense>
      <VettingOverview />
    </div>
  );
}
