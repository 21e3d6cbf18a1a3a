import { useTranslation } from 'react-i18next';
import { LogoutButton, type CurrentUser } from '../../features/auth';

export function UserMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <div className="user-menu">
      <p className="user-menu__name">{t('header.signedInAs', { name: user.displayName })}</p>
      <LogoutButton />
    </div>
  );
}
