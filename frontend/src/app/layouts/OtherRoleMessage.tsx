import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { InfoMessage } from '../../components/feedback';
import { ROLES, type Role } from '../../features/auth';
import type { OtherRoleNotice } from '../guards';

function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

function noticeOf(state: unknown): OtherRoleNotice | null {
  const { otherRole, page } = (state ?? {}) as { otherRole?: unknown; page?: unknown };
  if (!isRole(otherRole)) return null;
  return page === 'import' ? { otherRole, page } : { otherRole };
}

/**
 * Said on a user's home page when the guard brought them there from another role's page (a host
 * who followed a caseworker's link, an admin opening the import): whose page it was and what to
 * do instead, so nobody is moved without a word.
 */
export function OtherRoleMessage() {
  const { t } = useTranslation();
  const notice = noticeOf(useLocation().state);
  if (!notice) return null;
  return (
    <div className="page__notice">
      <InfoMessage title={t(`otherRole.title.${notice.otherRole}`)}>
        <p>{notice.page === 'import' ? t('otherRole.import') : t('otherRole.text')}</p>
      </InfoMessage>
    </div>
  );
}
