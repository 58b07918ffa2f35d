'use client';

import { useT } from '@/lib/i18n/client';

export function PrintButton() {
  const t = useT('targets');
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {t('report.print')}
    </button>
  );
}
