import { Outlet } from 'react-router';
import { PageLayout, SiteHeader } from '../../components/layout';

/**
 * For a family opening its private link: the header keeps the language switcher and leaves out
 * "Log in" and "Offer a room", which are not for them.
 */
export function IntakeLayout() {
  return (
    <PageLayout header={<SiteHeader homePath="/" />}>
      <Outlet />
    </PageLayout>
  );
}
