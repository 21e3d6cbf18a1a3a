import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { MainNav, PageLayout, SiteHeader } from '../../components/layout';
import { useSession, type Role } from '../../features/auth';
import { NotificationsLink, NotificationsProvider } from '../../features/notifications';
import { NAVIGATION_BY_ROLE } from '../navigation';
import { HOME_PATH_BY_ROLE } from '../paths';
import { UserMenu } from './UserMenu';

/**
 * Header with the notifications link, the user's name and Log out, the role's main navigation,
 * then the page. The notifications are loaded here, so the header's count and the notifications
 * page share one inbox.
 */
export function RoleLayout({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const homePath = HOME_PATH_BY_ROLE[role];
  const navItems = NAVIGATION_BY_ROLE[role].map((entry) => ({
    to: entry.path ? `${homePath}/${entry.path}` : homePath,
    label: t(entry.labelKey),
    end: entry.path === '',
  }));
  const header = (
    <>
      <SiteHeader homePath={homePath}>
        <NotificationsLink to={`${homePath}/notifications`} />
        {user && <UserMenu user={user} />}
      </SiteHeader>
      <MainNav items={navItems} />
    </>
  );
  return (
    <NotificationsProvider>
      <PageLayout header={header}>
        <Outlet />
      </PageLayout>
    </NotificationsProvider>
  );
}
