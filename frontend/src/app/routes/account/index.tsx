import type { RouteObject } from 'react-router';
import { RequirePasswordChange } from '../../guards';
import { SignedInLayout } from '../../layouts/SignedInLayout';
import { ForcedPasswordPage } from './ForcedPasswordPage';

/** Outside every role's area on purpose: any role can be forced here, and kept here. */
export const forcedPasswordRoute: RouteObject = {
  path: 'account/password',
  element: (
    <RequirePasswordChange>
      <SignedInLayout />
    </RequirePasswordChange>
  ),
  children: [{ index: true, element: <ForcedPasswordPage /> }],
};
