import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LanguageSwitcher } from './LanguageSwitcher';

type SiteHeaderProps = {
  /** Where the logo leads: the start page for visitors, the user's home once signed in. */
  homePath: string;
  /** The right-hand side (left-hand in RTL): user name and log out, or log in links. */
  children?: ReactNode;
  /** The role's main navigation, under the header's top row. */
  nav?: ReactNode;
  /** Shown on the Menu button, so what the closed menu hides is not missed (the unread count). */
  menuNote?: ReactNode;
};

/**
 * The header. On a wide screen everything is shown: the logo, the language, the tools and the
 * navigation bar. On a phone the top row keeps only the logo, the language and a Menu button
 * (a disclosure: aria-expanded, aria-controls); the tools and the navigation open under it, so the
 * page's content starts near the top instead of under several rows of links. The menu closes
 * again on Escape (focus back on the button) and when the page changes.
 */
export function SiteHeader({ homePath, children, nav, menuNote }: SiteHeaderProps) {
  const { t } = useTranslation();
  const hasMenu = Boolean(children) || Boolean(nav);
  const { pathname } = useLocation();
  // The page the menu was opened on: once the page changes, the menu is closed without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const toolsId = useId();
  const navId = useId();

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  const state = open ? 'open' : 'closed';
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={homePath} className="site-header__brand" aria-label={t('app.homeLink')}>
          <svg className="site-header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M16 3 2 15h4v14h8v-9h4v9h8V15h4z" />
          </svg>
          {t('app.name')}
        </Link>
        <LanguageSwitcher />
        {hasMenu && (
          <button
            ref={button}
            type="button"
            className="site-header__menu-button"
            aria-expanded={open}
            aria-controls={nav ? `${toolsId} ${navId}` : toolsId}
            onClick={() => setOpenOn(open ? null : pathname)}
          >
            <span className="site-header__menu-icon" aria-hidden="true" />
            {t('header.menu')}
            {menuNote}
          </button>
        )}
        {children && (
          <div id={toolsId} className="site-header__tools" data-menu={state}>
            {children}
          </div>
        )}
      </div>
      {nav && (
        <div id={navId} className="site-header__nav" data-menu={state}>
          {nav}
        </div>
      )}
    </header>
  );
}
