import { Outlet } from 'react-router';
import { PageLayout, SiteHeader } from '../../components/layout';
import { useSession } from '../../features/auth';
import { UserMenu } from './UserMenu';

/** For pages any signed-in user may see outside their role's area (the forced password change). */
export function SignedInLayout() {
  const { user } = useSession();
  return (
    <PageLayout header={<SiteHeader homePath="/">{user && <UserMenu user={user} />}</SiteHeader>}>
      <Outlet />
    </PageLayout>
  );
}
