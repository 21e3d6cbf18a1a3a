import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api';
import { i18next } from '../../../lib/i18n';
import { accountChangeProblem, isStaleChange } from './account-problems';

function conflict(code?: string): ApiError {
  return new ApiError({
    status: 409,
    type: 'conflict',
    detail: 'Refused.',
    ...(code ? { fieldErrors: { role: 'Refused.' }, fieldErrorCodes: { role: code } } : {}),
  });
}

describe('refused account changes', () => {
  const t = i18next.t.bind(i18next);

  it('names the rule that refused the change, by its stable code', () => {
    expect(accountChangeProblem(conflict('last-admin'), t)).toBe(
      'Haven needs at least one active administrator. Make another account an active administrator first.',
    );
    expect(accountChangeProblem(conflict('role-change-not-allowed'), t)).toBe(
      'Hosts cannot become staff, and staff cannot become hosts. Create a separate account instead.',
    );
    expect(accountChangeProblem(conflict(), t)).toMatch(/^Someone else changed this account at the same moment/);
  });

  it('only a plain conflict means the page shows an old state', () => {
    expect(isStaleChange(conflict())).toBe(true);
    expect(isStaleChange(conflict('last-admin'))).toBe(false);
    expect(isStaleChange(new ApiError({ status: 404, type: 'not-found' }))).toBe(false);
  });
});
