'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { markAllNotificationsReadAction, markNotificationReadAction } from '@/lib/actions/notifications';
import { useT } from '@/lib/i18n/client';

export function MarkReadButton({ id }: { id: number }) {
  const t = useT('notifications');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button-secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await markNotificationReadAction({ id });
        router.refresh();
      }}
    >
      {t('markRead')}
    </button>
  );
}

export function MarkAllReadButton() {
  const t = useT('notifications');
  const router = useRouter();
  const [done, setDone] = useState(false);
  return (
    <div>
      <button
        type="button"
        className="button button-secondary"
        disabled={done}
        onClick={async () => {
          const result = await markAllNotificationsReadAction({ all: true });
          if (result.ok) setDone(true);
          router.refresh();
        }}
      >
        {t('markAllRead')}
      </button>
      {done ? (
        <p role="status" className="form-message form-message-success">
          {t('allMarked')}
        </p>
      ) : null}
    </div>
  );
}
