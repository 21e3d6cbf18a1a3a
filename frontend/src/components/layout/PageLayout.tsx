import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

type PageLayoutProps = { header: ReactNode; children: ReactNode };

/** Skip link, header, the page's main landmark and the footer, in that order, for every layout. */
export function PageLayout({ header, children }: PageLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <SkipLink />
      {header}
      <main id={MAIN_CONTENT_ID} className="page__main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to="/about">{t('app.aboutLink')}</Link>
        </p>
      </footer>
    </div>
  );
}
