import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/feedback';
import { PageLayout, SiteHeader } from '../components/layout';

/** Last line of defence when a page throws while rendering: a message instead of a blank screen. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <PageLayout header={<SiteHeader homePath="/" />}>
      <ErrorAlert>
        <p>{t('problems.unexpected')}</p>
        <p>
          {/* A full page load, not a client-side navigation, to start from a clean state. */}
          <a href="/">{t('notFound.startLink')}</a>
        </p>
      </ErrorAlert>
    </PageLayout>
  );
}
