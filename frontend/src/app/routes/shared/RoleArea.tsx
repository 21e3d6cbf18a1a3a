import type { Role } from '../../../features/auth';
import { RequireRole } from '../../guards';
import { RoleLayout } from '../../layouts/RoleLayout';

/** A role's pages: the guard first, then the role's layout around whichever page matched. */
export function RoleArea({ role }: { role: Role }) {
  return (
    <RequireRole role={role}>
      <RoleLayout role={role} />
    </RequireRole>
  );
}
