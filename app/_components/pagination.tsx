import Link from 'next/link';
import { formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';

/** Previous / next links for a list whose page lives in the URL. */
export function Pagination({ lng, page, pageCount, href }: { lng: Lng; page: number; pageCount: number; href: (page: number) => string }) {
  const t = getT(lng);
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('pagination.label')} className="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : null}
      <span aria-current="page">{t('pagination.page', { page: formatNumber(lng, page), pageCount: formatNumber(lng, pageCount) })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      ) : null}
    </nav>
  );
}
