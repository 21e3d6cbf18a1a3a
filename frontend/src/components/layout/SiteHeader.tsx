import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from './LanguageSwitcher';

type SiteHeaderProps = {
  /** Where the logo leads: the start page for visitors, the user's home once signed in. */
  homePath: string;
  /** The right-hand side (left-hand in RTL): user name and log out, or log in links. */
  children?: ReactNode;
};

export function SiteHeader({ homePath, children }: SiteHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={homePath} className="site-header__brand" aria-label={t('app.homeLink')}>
          <svg className="site-header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M16 3 2 15h4v14h8v-9h4v9h8V15h4z" />
          </svg>
          {t('app.name')}
        </Link>
        <div className="site-header__tools">
          <LanguageSwitcher />
          {children}
        </div>
      </div>
    </header>
  );
}
