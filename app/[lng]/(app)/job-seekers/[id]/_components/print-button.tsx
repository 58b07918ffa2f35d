'use client';

import { useT } from '@/lib/i18n/client';

export function PrintButton() {
  const t = useT('jobSeekers');
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {t('export.print')}
    </button>
  );
}
