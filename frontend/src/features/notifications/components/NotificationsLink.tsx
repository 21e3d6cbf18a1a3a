import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { formatNumber } from '../../../lib/i18n';
import { useNotifications } from '../notifications-context';

/**
 * The header's way in to the notifications page. The unread count is a badge with a border (not
 * colour alone) and its words are in the link's name, e.g. "Notifications (2 unread)". No badge
 * when nothing is unread or the count is not known yet.
 */
export function NotificationsLink({ to }: { to: string }) {
  const { t, i18n } = useTranslation();
  const { inbox } = useNotifications();
  const unread = inbox?.unreadCount ?? 0;
  return (
    <NavLink to={to} className={unread > 0 ? 'notifications-link notifications-link--unread' : 'notifications-link'}>
      {t('notifications.headerLink')}
      {unread > 0 && (
        <>
          {/* The space is the name's ("Notifications (2 unread)"); the flex gap spaces the badge. */}{' '}
          <span className="notifications-link__badge" aria-hidden="true">
            {formatNumber(unread, i18n.resolvedLanguage ?? i18n.language)}
          </span>
          <span className="visually-hidden">{t('notifications.unreadInLink', { count: unread })}</span>
        </>
      )}
    </NavLink>
  );
}
