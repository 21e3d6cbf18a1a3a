import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { useSession } from '../../../features/auth';
import { NotificationList } from '../../../features/notifications';

/** Every role's notifications; the header's "Notifications" link leads here (no nav entry). */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null; // the role guard renders this page only with a session
  return (
    <div className="stack">
      <PageTitle>{t('notifications.title')}</PageTitle>
      <p>{t('notifications.intro')}</p>
      <NotificationList reader={user.role} />
    </div>
  );
}
