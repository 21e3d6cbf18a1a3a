import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, LoadProblem, LoadingMessage } from '../../../components/feedback';
import { problemMessage } from '../../../components/form';
import { formatDateTime } from '../../../lib/i18n';
import { useNotifications } from '../notifications-context';
import { isPlacementKind, type Notification, type Reader } from '../types';

/**
 * Where a notification leads: the case, or the placement's page of the reader's role. A kind
 * without a destination has no link, only "Mark as read".
 */
function destinationOf(notification: Notification, reader: Reader): string | null {
  if (!notification.subjectId) return null;
  const id = encodeURIComponent(notification.subjectId);
  if (notification.kind === 'FAMILY_INTAKE_SUBMITTED') return `/caseworker/families/${id}`;
  if (isPlacementKind(notification.kind)) {
    if (reader === 'HOST') return `/host/placements/${id}`;
    if (reader === 'CASEWORKER') return `/caseworker/placements/${id}`;
  }
  return null;
}

/** A placement notification names the host's offer for a host and the case for a caseworker. */
function wordsOf(notification: Notification, reader: Reader, t: TFunction): { text: string; subject: string } {
  if (notification.kind === 'FAMILY_INTAKE_SUBMITTED') {
    return { text: t('notifications.kinds.FAMILY_INTAKE_SUBMITTED'), subject: t('notifications.case') };
  }
  if (isPlacementKind(notification.kind)) {
    return reader === 'HOST'
      ? { text: t(`placements.notifications.host.${notification.kind}`), subject: t('placements.notifications.offer') }
      : { text: t(`placements.notifications.caseworker.${notification.kind}`), subject: t('notifications.case') };
  }
  return { text: t('notifications.unknownKind'), subject: t('notifications.case') };
}

/** Newest first, whatever order the answer came in. */
function newestFirst(items: readonly Notification[]): Notification[] {
  return [...items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/**
 * The user's latest notifications. Opening one marks it read and goes to what it is about;
 * "Mark as read" does the first without the second.
 */
export function NotificationList({ reader }: { reader: Reader }) {
  const { t } = useTranslation();
  const { inbox, error, refresh, markRead } = useNotifications();
  const [markError, setMarkError] = useState<unknown>(null);

  // Opening the page asks again, unless the layout is asking for the first time right now.
  const hadInbox = useRef(inbox !== null);
  useEffect(() => {
    if (hadInbox.current) refresh();
  }, [refresh]);

  async function handleMarkRead(id: string): Promise<boolean> {
    setMarkError(null);
    try {
      await markRead(id);
      return true;
    } catch (failure) {
      setMarkError(failure);
      return false;
    }
  }

  if (!inbox) return error ? <LoadProblem error={error} onRetry={refresh} /> : <LoadingMessage />;

  const items = newestFirst(inbox.items);
  return (
    <div className="stack">
      {markError ? <ErrorAlert>{problemMessage(markError, t)}</ErrorAlert> : null}
      <p className="result-count" aria-live="polite">
        {inbox.unreadCount > 0
          ? t('notifications.unreadCount', { count: inbox.unreadCount })
          : t('notifications.noneUnread')}
      </p>
      {items.length === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <ul className="notification-list">
          {items.map((item) => (
            <NotificationItem
              key={item.id}
              notification={item}
              reader={reader}
              onOpen={() => {
                // Fire and forget: the link goes on at once; the mark follows in the background
                // (the layout, which holds the count, stays mounted on the case's page).
                if (!item.read) void markRead(item.id).catch(() => undefined);
              }}
              onMarkRead={() => handleMarkRead(item.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

type NotificationItemProps = {
  notification: Notification;
  reader: Reader;
  onOpen: () => void;
  /** Resolves to whether it worked (a failure is shown above the list). */
  onMarkRead: () => Promise<boolean>;
};

function NotificationItem({ notification, reader, onOpen, onMarkRead }: NotificationItemProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const detailsId = useId();
  const itemRef = useRef<HTMLLIElement>(null);
  const [marking, setMarking] = useState(false);
  const [marked, setMarked] = useState(false);
  const destination = destinationOf(notification, reader);
  const { text, subject } = wordsOf(notification, reader, t);

  // The button is gone once it worked: keep the keyboard on this notification (its link, if any).
  useEffect(() => {
    if (!marked || !notification.read) return;
    const item = itemRef.current;
    (item?.querySelector<HTMLElement>('a') ?? item)?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-shot flag: focus has moved, so the next render must not move it again
    setMarked(false);
  }, [marked, notification.read]);

  async function handleMarkRead() {
    setMarking(true);
    const worked = await onMarkRead();
    setMarking(false);
    setMarked(worked);
  }

  return (
    <li
      ref={itemRef}
      tabIndex={-1}
      className={notification.read ? 'notification' : 'notification notification--unread'}
    >
      <p className="notification__state">
        {notification.read ? (
          t('notifications.read')
        ) : (
          <>
            <span className="notification__dot" aria-hidden="true" />
            {t('notifications.unread')}
          </>
        )}
      </p>
      <p className="notification__text">
        {destination ? (
          <Link to={destination} onClick={onOpen} aria-describedby={detailsId}>
            {text}
          </Link>
        ) : (
          text
        )}
      </p>
      <p id={detailsId} className="notification__details">
        {/* Two pieces side by side, no dot between: in Dari a middle dot reads as the digit zero. */}
        {notification.subjectReference ? (
          <>
            <span>
              {subject} <bdi className="reference">{notification.subjectReference}</bdi>
            </span>{' '}
          </>
        ) : null}
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, language)}</time>
      </p>
      {!notification.read && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={marking}
            aria-describedby={detailsId}
            onClick={() => void handleMarkRead()}
          >
            {t('notifications.markRead')}
          </button>
        </p>
      )}
    </li>
  );
}
