'use client';

import { useT } from '@/lib/i18n/client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useT();
  return (
    <main id="main" className="page page-narrow" tabIndex={-1}>
      <h1>{t('errors.generic')}</h1>
      <button type="button" className="button" onClick={reset}>
        {t('errors.tryAgain')}
      </button>
    </main>
  );
}
