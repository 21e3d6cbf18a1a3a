import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { EnrolmentSteps, useSession } from '../../../features/auth';

/**
 * For staff who must set up two-factor sign-in (at their first sign-in, or after an admin reset
 * it). Confirming the first code signs them in fully; the session is reloaded only after they have
 * kept the recovery codes, and the guard then sends them home.
 */
export function EnrolmentPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  return (
    <section className="stack narrow">
      <PageTitle>{t('enrolment.title')}</PageTitle>
      <p>{t('enrolment.intro')}</p>
      <EnrolmentSteps
        onDone={async () => {
          await refresh();
        }}
      />
    </section>
  );
}
