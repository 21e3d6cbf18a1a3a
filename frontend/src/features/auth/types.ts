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
  /**
   * REQUIRED: a code of the second factor is due; ENROL: the account must set one up first. Until
   * DONE the session is only half signed in and the server refuses everything else.
   */
  secondFactor: SecondFactorStep;
  /** The account has a second factor (an authenticator app). */
  secondFactorEnabled: boolean;
  /** The person may turn the second factor on and off themselves (hosts; staff when the setting allows). */
  secondFactorOptional: boolean;
};

export type SecondFactorStep = 'REQUIRED' | 'ENROL' | 'DONE';

/** POST /api/auth/totp/enrolment */
export type Enrolment = { secret: string; otpauthUri: string; qrSvg: string };

export type Registration = { email: string; password: string; displayName: string };
export type PasswordChange = { currentPassword: string; newPassword: string };
