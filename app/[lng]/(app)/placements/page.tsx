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
import { parsePlacementFilters, placementFiltersToParams, placementList } from '@/lib/validation/placements';
import { Button, ButtonLink, DownloadLink } from '@/app/_components/ui/button';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { FilterSelect } from '@/app/_components/ui/field-frame';
import { FilterBar } from '@/app/_components/ui/filter-bar';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pagination } from '@/app/_components/ui/pagination';
import { StatusBadge } from '@/app/_components/ui/status-badge';
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
  const base = `/${lng}/placements`;
  const pageHref = (page: number) => placementList.href(base, { ...filters, page });
  const active = Object.values(withoutPage).filter((v) => v !== undefined).length;
  const filtered = active > 0;
  const all = { value: '', label: t('filters.all') };
  type Row = (typeof list.rows)[number];
  const columns: Column<Row>[] = [
    { key: 'start', header: t('list.start'), className: 'nowrap', cell: (r) => <Link href={`${base}/${r.id}`}>{formatDate(lng, r.startDate)}</Link> },
    { key: 'person', header: t('list.person'), rowHeader: true, cell: (r) => r.personName ?? <em>{t('anonymised')}</em> },
    { key: 'employer', header: t('list.employer'), cell: (r) => r.employerName },
    { key: 'jobTitle', header: t('list.jobTitle'), cell: (r) => r.jobTitle },
    { key: 'funding', header: t('list.funding'), cell: (r) => t(`domain:funding.${r.funding}`) },
    { key: 'caseworker', header: t('list.caseworker'), cell: (r) => r.caseworkerName ?? t('noCaseworker') },
    { key: 'status', header: t('list.status'), cell: (r) => <PlacementStatusBadge t={t} lng={lng} placement={r} today={today} /> },
  ];

  return (
    <>
      <PageHeader
        lng={lng}
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            <ButtonLink href={`${base}/new`}>{t('new.title')}</ButtonLink>
            <ButtonLink appearance="secondary" href={`${base}/checks`} data-testid="due-checks-link">
              {t('checksLink', { n: formatNumber(lng, due) })}
            </ButtonLink>
            <DownloadLink href={`/api/reports/placements?${exportParams.toString()}`}>{t('export')}</DownloadLink>
            <DownloadLink href={`/api/reports/placements/xlsx?${exportParams.toString()}`}>{t('exportXlsx')}</DownloadLink>
          </>
        }
      />

      <FilterBar
        key={JSON.stringify(filters)}
        action={base}
        testId="placement-filters"
        title={t('filters.legend')}
        activeFilters={active}
        actions={
          <>
            <Button type="submit">{t('filters.apply')}</Button>
            {filtered ? <Link href={base}>{t('filters.reset')}</Link> : null}
          </>
        }
      >
        <FilterSelect
          id="filter-year"
          name="year"
          label={t('filters.year')}
          defaultValue={filters.year ? String(filters.year) : ''}
          options={[all, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
        />
        <FilterSelect
          id="filter-funding"
          name="funding"
          label={t('filters.funding')}
          defaultValue={filters.funding}
          options={[all, { value: 'regular', label: t('domain:funding.regular') }, { value: 'sib', label: t('domain:funding.sib') }]}
        />
        <FilterSelect
          id="filter-caseworker"
          name="caseworker"
          label={t('filters.caseworker')}
          defaultValue={filters.caseworker ? String(filters.caseworker) : ''}
          options={[
            all,
            { value: 'me', label: t('filters.me') },
            { value: 'none', label: t('filters.none') },
            ...options.caseworkers.map((c) => ({ value: String(c.id), label: c.name })),
          ]}
        />
        <FilterSelect
          id="filter-employer"
          name="employer"
          label={t('filters.employer')}
          defaultValue={filters.employer ? String(filters.employer) : ''}
          options={[all, ...options.employers.map((e) => ({ value: String(e.id), label: e.name, lang: 'de' }))]}
        />
        <FilterSelect
          id="filter-status"
          name="status"
          label={t('filters.status')}
          defaultValue={filters.status}
          options={[
            all,
            { value: 'upcoming', label: t('filters.upcoming') },
            { value: 'working', label: t('filters.working') },
            { value: 'ended', label: t('filters.ended') },
          ]}
        />
      </FilterBar>

      <DataTable
        lng={lng}
        testId="placements-table"
        caption={t('list.caption', { total: formatNumber(lng, list.total) })}
        columns={columns}
        rows={list.rows}
        rowKey={(r) => r.id}
        empty={t('list.empty')}
      />
      <Pagination lng={lng} page={list.page} pageCount={list.pageCount} href={pageHref} label={t('list.pagination')} />
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
  if (phase === 'ended') return <StatusBadge status="inactive">{t('status.endedOn', { date: formatDate(lng, placement.endDate) })}</StatusBadge>;
  if (phase === 'upcoming') return <StatusBadge status="neutral">{t('status.startsOn', { date: formatDate(lng, placement.startDate) })}</StatusBadge>;
  return <StatusBadge status="safe">{t('status.working')}</StatusBadge>;
}
