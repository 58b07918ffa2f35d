'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/app/_components/ui/button';
import { StatusBadge } from '@/app/_components/ui/status-badge';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { checkInAction } from '@/lib/actions/events';
import { formatTime } from '@/lib/i18n/format';
import { useLng, useT } from '@/lib/i18n/client';

/** One tap at the door: the person is in, or the door is told why not (already checked in). */
export function CheckInButton({
  eventId,
  registrationId,
  name,
  checkedInAt,
}: {
  eventId: number;
  registrationId: number;
  name: string;
  checkedInAt: string | null;
}) {
  const t = useT('events');
  const lng = useLng();
  const errorText = useErrorText();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(checkedInAt);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function tap() {
    setBusy(true);
    setError(null);
    const result = await checkInAction({ eventId, registrationId });
    setBusy(false);
    if (!result.ok) {
      setError(errorText(result.code)!);
      return;
    }
    setDone(new Date(result.data.checkedInAt).toISOString());
    router.refresh();
  }

  if (done)
    return (
      <StatusBadge status="safe" testId={`checked-in-${registrationId}`}>
        {t('checkIn.done', { time: formatTime(lng, new Date(done)) })}
      </StatusBadge>
    );
  return (
    <div className="check-in__action">
      <Button
        className="check-in__button"
        onClick={tap}
        disabled={busy}
        aria-label={t('checkIn.buttonLabel', { name })}
        data-testid={`check-in-${registrationId}`}
      >
        {t('checkIn.button')}
      </Button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
