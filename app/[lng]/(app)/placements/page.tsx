import { loadPage } from '@/lib/pages/load-page';
import type { TFunction } from 'i18next';
import type { Metadata } from 'next';
import Link from 'next/link';
import { countDueChecks, listPlacements, placementFilterOptions } from '@/db/queries/placements';
import { placementYearRange, yearChoices } from '@/db/queries/target-dashboard';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng, type Lng } from '@/lib/i18n/settings';
import { placementPhase } from '@/lib/domain/placements';
import { parsePlacementFilters, placementFiltersToParams } from '@/lib/validation/placements';
import { todayInAppZone } from '@/lib/time/zoned';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'placements')('title') };
}

export default async function PlacementsPage({ params, searchParams }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/placements', 'placements');
  const filters = parsePlacementFilters(await searchParams);
  const today = todayInAppZone();
  const [list, options, range, due] = await Promise.all([
    listPlacements(db, filters, { userId: user.id, today }),
    placementFilterOptions(db),
    placementYearRange(db),
    countDueChecks(db, { caseworkerId: user.role === 'caseworker' ? user.id : null, today }),
  ]);
  const years = yearChoices(range, Number(today.slice(0, 4)));
  const { page: _page, ...withoutPage } = filters;
  const exportParams = placementFiltersToParams(withoutPage);
  exportParams.set('lng', lng);
  const pageHref = (page: number) => {
    const p = placementFiltersToParams({ ...filters, page });
    const qs = p.toString();
    return `/${lng}/placements${qs ? `?${qs}` : ''}`;
  };
  const filtered = Object.keys(withoutPage).some((k) => withoutPage[k as keyof typeof withoutPage] !== undefined);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>
      <ul className="action-list">
        <li>
          <Link className="button" href={`/${lng}/placements/new`}>
            {t('new.title')}
          </Link>
        </li>
        <li>
          <Link className="button button-secondary" href={`/${lng}/placements/checks`} data-testid="due-checks-link">
            {t('checksLink', { n: formatNumber(lng, due) })}
          </Link>
        </li>
        <li>
          <a className="button button-secondary" href={`/api/reports/placements?${exportParams.toString()}`} download>
            {t('export')}
          </a>
        </li>
      </ul>

      <form method="get" action={`/${lng}/placements`} className="filter-bar" aria-label={t('filters.legend')}>
        <div className="field">
          <label htmlFor="filter-year">{t('filters.year')}</label>
          <select id="filter-year" name="year" defaultValue={filters.year ? String(filters.year) : ''}>
            <option value="">{t('filters.all')}</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-funding">{t('filters.funding')}</label>
          <select id="filter-funding" name="funding" defaultValue={filters.funding ?? ''}>
            <option value="">{t('filters.all')}</option>
            <option value="regular">{t('domain:funding.regular')}</option>
            <option value="sib">{t('domain:funding.sib')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-caseworker">{t('filters.caseworker')}</label>
          <select id="filter-caseworker" name="caseworker" defaultValue={filters.caseworker ? String(filters.caseworker) : ''}>
            <option value="">{t('filters.all')}</option>
            <option value="me">{t('filters.me')}</option>
            <option value="none">{t('filters.none')}</option>
            {options.caseworkers.map((c) => (
              <option key={c.id} value={String(c.id)}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-employer">{t('filters.employer')}</label>
          <select id="filter-employer" name="employer" defaultValue={filters.employer ? String(filters.employer) : ''}>
            <option value="">{t('filters.all')}</option>
            {options.employers.map((e) => (
              <option key={e.id} value={String(e.id)}>
                {e.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t('filters.status')}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('filters.all')}</option>
            <option value="upcoming">{t('filters.upcoming')}</option>
            <option value="working">{t('filters.working')}</option>
            <option value="ended">{t('filters.ended')}</option>
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            {t('filters.apply')}
          </button>
          {filtered ? <Link href={`/${lng}/placements`}>{t('filters.reset')}</Link> : null}
        </div>
      </form>

      <div className="table-wrap" tabIndex={0}>
        <table data-testid="placements-table">
          <caption>{t('list.caption', { total: formatNumber(lng, list.total) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.start')}</th>
              <th scope="col">{t('list.person')}</th>
              <th scope="col">{t('list.employer')}</th>
              <th scope="col">{t('list.jobTitle')}</th>
              <th scope="col">{t('list.funding')}</th>
              <th scope="col">{t('list.caseworker')}</th>
              <th scope="col">{t('list.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.length === 0 ? (
              <tr>
                <td colSpan={7}>{t('list.empty')}</td>
              </tr>
            ) : (
              list.rows.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">
                    <Link href={`/${lng}/placements/${r.id}`}>{formatDate(lng, r.startDate)}</Link>
                  </td>
                  <th scope="row">{r.personName ?? <em>{t('anonymised')}</em>}</th>
                  <td>{r.employerName}</td>
                  <td>{r.jobTitle}</td>
                  <td>{t(`domain:funding.${r.funding}`)}</td>
                  <td>{r.caseworkerName ?? t('noCaseworker')}</td>
                  <td>
                    <PlacementStatusBadge t={t} lng={lng} placement={r} today={today} />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {list.pageCount > 1 ? (
        <nav aria-label={t('list.pagination')} className="pagination">
          {list.page > 1 ? <Link href={pageHref(list.page - 1)}>{t('list.previous')}</Link> : <span aria-hidden="true" />}
          <span>{t('list.pageOf', { page: formatNumber(lng, list.page), pages: formatNumber(lng, list.pageCount) })}</span>
          {list.page < list.pageCount ? <Link href={pageHref(list.page + 1)}>{t('list.next')}</Link> : <span aria-hidden="true" />}
        </nav>
      ) : null}
    </>
  );
}

function PlacementStatusBadge({
  t,
  lng,
  placement,
  today,
}: {
  t: TFunction;
  lng: Lng;
  placement: { startDate: string; endDate: string | null };
  today: string;
}) {
  const phase = placementPhase(placement, today);
  if (phase === 'ended') return <span className="badge badge-off">{t('status.endedOn', { date: formatDate(lng, placement.endDate) })}</span>;
  if (phase === 'upcoming') return <span className="badge">{t('status.startsOn', { date: formatDate(lng, placement.startDate) })}</span>;
  return <span className="badge badge-ok">{t('status.working')}</span>;
}
