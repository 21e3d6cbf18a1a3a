export const ROLES = ['HOST', 'CASEWORKER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** GET /api/auth/me */
export type CurrentUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** While true the server refuses everything but me, logout, password and csrf. */
  passwordChangeRequired: boolean;
};

export type Registration = { email: string; password: string; displayName: string };
export type PasswordChange = { currentPassword: string; newPassword: string };
