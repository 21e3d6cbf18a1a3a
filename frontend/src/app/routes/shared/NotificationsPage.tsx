import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { NotificationList } from '../../../features/notifications';

/** Every role's notifications; the header's "Notifications" link leads here (no nav entry). */
export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle>{t('notifications.title')}</PageTitle>
      <p>{t('notifications.intro')}</p>
      <NotificationList />
    </div>
  );
}
