import { useLocation } from 'react-router';
import { LoadingMessage } from '../../components/feedback';
import type { Role } from '../../features/auth';
import { HOME_PATH_BY_ROLE } from '../paths';
import { GuardLayout } from './GuardLayout';
import { RoleFrame } from './RoleLayout';

function roleOfPath(pathname: string): Role | undefined {
  return (Object.entries(HOME_PATH_BY_ROLE) as [Role, string][]).find(
    ([, home]) => pathname === home || pathname.startsWith(`${home}/`),
  )?.[0];
}

/**
 * What shows while the first page's code arrives (most pages load on first use): the same frame
 * the guard shows while the session loads, so the header and navigation stand where they will
 * stay and nothing moves when the page comes (a layout shift).
 */
export function FirstLoadFrame() {
  const role = roleOfPath(useLocation().pathname);
  return role ? (
    <RoleFrame role={role}>
      <LoadingMessage />
    </RoleFrame>
  ) : (
    <GuardLayout>
      <LoadingMessage />
    </GuardLayout>
  );
}
