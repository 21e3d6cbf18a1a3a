export { ChangePasswordForm } from './components/ChangePasswordForm';
export { LoginForm } from './components/LoginForm';
export { LogoutButton } from './components/LogoutButton';
export { SignupForm } from './components/SignupForm';
export { SessionProvider, useSession } from './session';
export type { SessionState, SignedOutReason } from './session';
export { ROLES } from './types';
export type { CurrentUser, Role } from './types';
