import type { ReactNode } from 'react';
import { Navigate, useLocation, useMatches, useSearchParams } from 'react-router';
import { LoadingMessage } from '../components/feedback';
import { useSession, type Role } from '../features/auth';
import { GuardLayout } from './layouts/GuardLayout';
import { RoleFrame } from './layouts/RoleLayout';
import { SessionUnavailable } from './SessionUnavailable';
import { LOGIN_PATH, landingPathFor, loginPathWithNext, pendingStepPath, safeNextPath } from './paths';

/** What the login page says about why the user is there (passed as navigation state). */
export type LoginNotice = 'logged-out' | 'session-ended' | 'password-set' | 'email-verified';

/**
 * Why a signed-in user is on their own home page when they opened another role's page (passed as
 * navigation state): whose page it was, and, for a page that says more (the import), which one.
 */
export type OtherRoleNotice = { otherRole: Role; page?: OtherRolePage };

/** Pages with their own word for users of other roles; a route names its one in `handle`. */
export type OtherRolePage = 'import';

export type OtherRoleHandle = { otherRolePage: OtherRolePage };

function isOtherRoleHandle(handle: unknown): handle is OtherRoleHandle {
  return typeof handle === 'object' && handle !== null && 'otherRolePage' in handle;
}

/** Sends a visitor without a session to the login page, remembering where they wanted to go. */
function ToLogin() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'signed-out' && state.reason === 'logged-out') {
    // They chose to leave: no ?next= back to the page they left.
    return <Navigate to={LOGIN_PATH} replace state={{ notice: 'logged-out' satisfies LoginNotice }} />;
  }
  const notice: LoginNotice | undefined =
    state.status === 'signed-out' && state.reason === 'session-ended' ? 'session-ended' : undefined;
  return <Navigate to={loginPathWithNext(location)} replace state={notice ? { notice } : null} />;
}

/**
 * While the session is loading, or could not be asked for: in the role's own frame when the page
 * belongs to a role (the layout does not shift when the session arrives), else a plain one.
 */
function NotYetKnown({ status, role }: { status: 'loading' | 'unavailable'; role?: Role }) {
  const content = status === 'loading' ? <LoadingMessage /> : <SessionUnavailable />;
  return role ? <RoleFrame role={role}>{content}</RoleFrame> : <GuardLayout>{content}</GuardLayout>;
}

/**
 * A role's pages: no session → login; a forced password change → the change page; another role
 * → that user's own home (never a "forbidden" page for a simple wrong link), which says whose page
 * it was (see OtherRoleNotice), so nobody is moved without a word.
 */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { state } = useSession();
  const page = useMatches()
    .map((match) => match.handle)
    .find(isOtherRoleHandle)?.otherRolePage;
  if (state.status === 'loading' || state.status === 'unavailable') {
    return <NotYetKnown status={state.status} role={role} />;
  }
  if (state.status === 'signed-out') return <ToLogin />;
  const { user } = state;
  const pending = pendingStepPath(user);
  if (pending) return <Navigate to={pending} replace />;
  if (user.role !== role) {
    const notice: OtherRoleNotice = page ? { otherRole: role, page } : { otherRole: role };
    return <Navigate to={landingPathFor(user)} replace state={notice} />;
  }
  return <>{children}</>;
}

/**
 * A page of a sign-in step still due (the second factor's code, a forced password change, setting
 * up a second factor): only for a signed-in user whose next step it is.
 */
export function RequirePendingStep({ path, children }: { path: string; children: ReactNode }) {
  const { state } = useSession();
  if (state.status === 'loading' || state.status === 'unavailable') return <NotYetKnown status={state.status} />;
  if (state.status === 'signed-out') return <ToLogin />;
  // Once done (the page refreshes the session), this sends the user on to the next step or home.
  if (pendingStepPath(state.user) !== path) return <Navigate to={landingPathFor(state.user)} replace />;
  return <>{children}</>;
}

/**
 * Login and sign-up are for visitors. A signed-in user goes to ?next= if given, else home; this
 * is also how a successful login or sign-up moves on, so there is one place that decides.
 */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const [searchParams] = useSearchParams();
  if (state.status === 'loading') return <LoadingMessage />;
  if (state.status !== 'signed-in') return <>{children}</>;
  const { user } = state;
  const next = pendingStepPath(user) ? null : safeNextPath(searchParams.get('next'));
  return <Navigate to={next ?? landingPathFor(user)} replace />;
}
