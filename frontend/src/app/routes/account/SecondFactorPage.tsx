import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { SecondFactorForm, useSession } from '../../../features/auth';

/** After a right password, for an account with a second factor: the code, then the user's home. */
export function SecondFactorPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  return (
    <section className="stack narrow">
      <PageTitle>{t('secondFactor.title')}</PageTitle>
      <p>{t('secondFactor.intro')}</p>
      <SecondFactorForm
        onVerified={async () => {
          await refresh();
        }}
      />
    </section>
  );
}
