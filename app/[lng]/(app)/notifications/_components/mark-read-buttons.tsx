'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { markAllNotificationsReadAction, markNotificationReadAction } from '@/lib/actions/notifications';
import { useT } from '@/lib/i18n/client';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';

export function MarkReadButton({ id }: { id: number }) {
  const t = useT('notifications');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      appearance="secondary"
      small
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await markNotificationReadAction({ id });
        router.refresh();
      }}
    >
      {t('markRead')}
    </Button>
  );
}

export function MarkAllReadButton() {
  const t = useT('notifications');
  const router = useRouter();
  const [done, setDone] = useState(false);
  return (
    <div>
      <Button
        appearance="secondary"
        disabled={done}
        onClick={async () => {
          const result = await markAllNotificationsReadAction({ all: true });
          if (result.ok) setDone(true);
          router.refresh();
        }}
      >
        {t('markAllRead')}
      </Button>
      {done ? <Alert type="ok">{t('allMarked')}</Alert> : null}
    </div>
  );
}
