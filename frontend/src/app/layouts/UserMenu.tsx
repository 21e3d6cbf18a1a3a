import { useTranslation } from 'react-i18next';
import { LogoutButton, type CurrentUser } from '../../features/auth';
import { IsolatedText, isolate } from '../../lib/i18n';

export function UserMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <div className="user-menu">
      <p className="user-menu__name">
        <IsolatedText>{t('header.signedInAs', { name: isolate(user.displayName) })}</IsolatedText>
      </p>
      <LogoutButton />
    </div>
  );
}
