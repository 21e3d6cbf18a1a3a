import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export type NavItem = {
  to: string;
  label: string;
  /** Active only on this exact path (a role's Home would otherwise match all its pages). */
  end?: boolean;
};

/** The role's main navigation; the current page is marked with aria-current and an underline. */
export function MainNav({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.main')}>
      <ul className="main-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false} className="main-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
