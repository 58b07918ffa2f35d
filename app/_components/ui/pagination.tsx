import Link from 'next/link';
import { formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';
import '@utrecht/pagination-css';
import './pagination.css';

/**
 * First / previous / "page x of y" / next / last for a list whose page lives in the URL.
 * Nothing when everything fits on one page. `label` names the navigation (default "Paginering").
 * A list that does not count its rows (the audit trail: counting millions of events for every
 * view is too slow) passes `hasNext` instead of `pageCount`: "page x", no first/last.
 */
export function Pagination({
  lng,
  page,
  href,
  label,
  firstLast = true,
  ...count
}: {
  lng: Lng;
  page: number;
  href: (page: number) => string;
  label?: string;
  firstLast?: boolean;
} & ({ pageCount: number } | { hasNext: boolean })) {
  const t = getT(lng);
  const counted = 'pageCount' in count;
  const hasNext = counted ? page < count.pageCount : count.hasNext;
  if (counted ? count.pageCount <= 1 : !hasNext && page <= 1) return null;
  const pageCount = counted ? count.pageCount : page + 1;
  const showFirstLast = firstLast && counted;
  const link = (to: number, text: string, enabled: boolean, rel?: 'prev' | 'next', modifier = '') =>
    enabled ? (
      <Link href={href(to)} rel={rel} className={`utrecht-pagination__relative-link ${modifier}`}>
        {text}
      </Link>
    ) : (
      <span aria-disabled="true" className={`utrecht-pagination__relative-link utrecht-pagination__relative-link--disabled ${modifier}`}>
        {text}
      </span>
    );
  return (
    <nav aria-label={label ?? t('pagination.label')} className="utrecht-pagination gz-pagination">
      <ul className="gz-pagination__list">
        {showFirstLast ? <li>{link(1, t('pagination.first'), page > 1)}</li> : null}
        <li>{link(Math.min(page - 1, pageCount), t('pagination.previous'), page > 1, 'prev', 'utrecht-pagination__relative-link--prev')}</li>
        <li aria-current="page" className="gz-pagination__current">
          {counted
            ? t('pagination.page', { page: formatNumber(lng, page), pageCount: formatNumber(lng, pageCount) })
            : t('pagination.pageUncounted', { page: formatNumber(lng, page) })}
        </li>
        <li>{link(page + 1, t('pagination.next'), hasNext, 'next', 'utrecht-pagination__relative-link--next')}</li>
        {showFirstLast ? <li>{link(pageCount, t('pagination.last'), page < pageCount)}</li> : null}
      </ul>
    </nav>
  );
}
