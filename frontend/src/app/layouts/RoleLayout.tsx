import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { HomePathContext } from '../../components/feedback';
import { MainNav, PageLayout, SiteHeader } from '../../components/layout';
import { formatNumber } from '../../lib/i18n';
import { useSession, type Role } from '../../features/auth';
import { NotificationsLink, NotificationsProvider, useNotifications } from '../../features/notifications';
import { NAVIGATION_BY_ROLE } from '../navigation';
import { HOME_PATH_BY_ROLE } from '../paths';
import { OtherRoleMessage } from './OtherRoleMessage';
import { UserMenu } from './UserMenu';

type RoleFrameProps = { role: Role; tools?: ReactNode; menuNote?: ReactNode; children: ReactNode };

/**
 * The role's header and main navigation around the page. The guard shows the same frame (without
 * the user's tools) while the session loads, so the navigation does not appear later and push
 * the page down (a layout shift).
 */
export function RoleFrame({ role, tools, menuNote, children }: RoleFrameProps) {
  const { t } = useTranslation();
  const homePath = HOME_PATH_BY_ROLE[role];
  const navItems = NAVIGATION_BY_ROLE[role].map((entry) => ({
    to: entry.path ? `${homePath}/${entry.path}` : homePath,
    label: t(entry.labelKey),
    end: entry.path === '',
  }));
  const header = (
    <SiteHeader homePath={homePath} nav={<MainNav items={navItems} />} menuNote={menuNote}>
      {tools}
    </SiteHeader>
  );
  return (
    <HomePathContext.Provider value={homePath}>
      <PageLayout header={header}>{children}</PageLayout>
    </HomePathContext.Provider>
  );
}

/** The unread count on a phone's closed Menu button, where the Notifications link is out of sight. */
function UnreadOnMenu() {
  const { t, i18n } = useTranslation();
  const unread = useNotifications().inbox?.unreadCount ?? 0;
  if (unread === 0) return null;
  return (
    <>
      {' '}
      <span className="notifications-link__badge" aria-hidden="true">
        {formatNumber(unread, i18n.resolvedLanguage ?? i18n.language)}
      </span>
      <span className="visually-hidden">{t('notifications.unreadInLink', { count: unread })}</span>
    </>
  );
}

/**
 * Header with the notifications link, the user's name and Log out, the role's main navigation,
 * then the page. The notifications are loaded here, so the header's count and the notifications
 * page share one inbox.
 */
export function RoleLayout({ role }: { role: Role }) {
  const { user } = useSession();
  const tools = (
    <>
      <NotificationsLink to={`${HOME_PATH_BY_ROLE[role]}/notifications`} />
      {user && <UserMenu user={user} />}
    </>
  );
  return (
    <NotificationsProvider>
      <RoleFrame role={role} tools={tools} menuNote={<UnreadOnMenu />}>
        <OtherRoleMessage />
        <Outlet />
      </RoleFrame>
    </NotificationsProvider>
  );
}
