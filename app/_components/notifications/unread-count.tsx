import Link from 'next/link';
import { getDb } from '@/db/client';
import { unreadNotificationCount } from '@/db/queries/notifications';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';

/** The header's link to the notifications, with the number of unread ones (only the user's own). */
export async function UnreadCount({ lng, userId }: { lng: Lng; userId: number }) {
  const count = await unreadNotificationCount(await getDb(), userId);
  const t = getT(lng, 'notifications');
  return (
    <Link
      href={`/${lng}/notifications`}
      className="user-account-link"
      data-testid="unread-count"
      aria-label={count > 0 ? t('headerUnread', { count }) : undefined}
    >
      {t('headerLink')}
      {count > 0 ? (
        <span className="notification-count" aria-hidden="true">
          {count}
        </span>
      ) : null}
    </Link>
  );
}
