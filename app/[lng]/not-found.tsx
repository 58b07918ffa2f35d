import Link from 'next/link';
import { headers } from 'next/headers';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { auditPageRefusal } from '@/lib/pages/refusal-audit';

export default async function NotFound() {
  const raw = (await headers()).get('x-lng');
  const lng = isLng(raw) ? raw : 'nl';
  const t = getT(lng);
  await auditPageRefusal('not_found');
  return (
    <main id="main" className="page page-narrow" tabIndex={-1}>
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundText')}</p>
      <p>
        <Link href={`/${lng}`}>{t('errors.backHome')}</Link>
      </p>
    </main>
  );
}
