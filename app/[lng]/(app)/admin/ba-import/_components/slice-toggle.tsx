'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/app/_components/ui/button';
import { setBaSliceActiveAction } from '@/lib/actions/ba-import';
import { useT } from '@/lib/i18n/client';

/** Switches a slice on or off; the label names the slice for screen readers. */
export function SliceToggle({ id, active, label }: { id: number; active: boolean; label: string }) {
  const t = useT('admin');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      appearance="secondary"
      small
      disabled={busy}
      aria-label={t(active ? 'baImport.slices.switchOffLabel' : 'baImport.slices.switchOnLabel', { slice: label })}
      onClick={async () => {
        setBusy(true);
        await setBaSliceActiveAction({ id, active: !active });
        setBusy(false);
        router.refresh();
      }}
    >
      {t(active ? 'baImport.slices.switchOff' : 'baImport.slices.switchOn')}
    </Button>
  );
}
