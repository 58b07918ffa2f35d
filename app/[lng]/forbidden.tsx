import Link from 'next/link';
import { headers } from 'next/headers';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { auditPageRefusal } from '@/lib/pages/refusal-audit';

/** Shown with HTTP 403 when a signed-in user's role may not open a page. */
export default async function Forbidden() {
  const raw = (await headers()).get('x-lng');
  const lng = isLng(raw) ? raw : 'nl';
  const t = getT(lng);
  await auditPageRefusal('forbidden');
  return (
    <main id="main" className="page page-narrow" tabIndex={-1}>
      <h1>{t('errors.forbiddenTitle')}</h1>
      <p>{t('errors.forbiddenText')}</p>
      <p>
        <Link href={`/${lng}`}>{t('errors.backHome')}</Link>
      </p>
    </main>
  );
}
