import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { listJobSeekers } from '@/db/queries/job-seeker-list';
import { listCaseworkers } from '@/db/queries/job-seekers';
import { listPlaces } from '@/db/queries/places';
import { cefrLevels, jobSeekerStatuses, sectors } from '@/db/schema/enums';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { jobSeekerList, PAGE_SIZE, parseListParams, type ListParams, type ListSort } from '@/lib/validation/job-seekers';
import { Alert } from '@/app/_components/ui/alert';
import { Button, ButtonLink } from '@/app/_components/ui/button';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { FilterInput, FilterSelect } from '@/app/_components/ui/field-frame';
import { FilterBar } from '@/app/_components/ui/filter-bar';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pagination } from '@/app/_components/ui/pagination';
import { StatusBadge } from '@/app/_components/ui/status-badge';
import { pageLng } from '@/lib/params';
import { todayInAppZone } from '@/lib/time/zoned';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'jobSeekers')('list.title') };
}

export default async function JobSeekersPage({ params, searchParams }: Props) {
  const { lng, t, user, db, audit } = await loadPage(params, '/[lng]/job-seekers', 'jobSeekers');
  const raw = await searchParams;
  const p = parseListParams(raw);
  const justErased = raw.erased === '1';
  // "My caseload" is a caseworker's default view; managers and admins have no caseload of their own.
  const view = p.caseworker ?? (user.role === 'caseworker' ? 'me' : 'all');
  const caseworkerId = view === 'me' ? user.id : view === 'all' ? undefined : Number(view);
  const today = todayInAppZone();

  const [{ rows, total }, caseworkers, allPlaces] = await Promise.all([
    listJobSeekers(db, {
      q: p.q,
      caseworkerId,
      status: p.status,
      germanAtLeast: p.german,
      sector: p.sector,
      placeId: p.place,
      km: p.place !== undefined ? p.km : undefined,
      consent: p.consent === undefined ? undefined : p.consent === 'yes',
      sib: p.sib === undefined ? undefined : p.sib === 'yes',
      availableBefore: p.availableBefore,
      sort: p.sort,
      dir: p.dir,
      page: p.page,
      pageSize: PAGE_SIZE,
      today,
    }),
    listCaseworkers(db),
    listPlaces(db),
  ]);
  // Seeing a list is seeing personal data: one audit event naming who was shown.
  await audit({
    action: 'job_seeker.list',
    details: { shown: rows.map((r) => r.id), total, page: p.page },
  });

  const pages = jobSeekerList.pageCount(total);
  const base = `/${lng}/job-seekers`;
  const href = (change: Partial<ListParams>) => jobSeekerList.href(base, { ...p, ...change });
  const nlPlaces = allPlaces.filter((pl) => pl.country === 'NL');
  const dePlaces = allPlaces.filter((pl) => pl.country === 'DE');
  const active = [p.q, p.status, p.german, p.sector, p.place, p.consent, p.sib, p.availableBefore].filter((v) => v !== undefined).length;
  const filtersActive = active > 0;
  const any = { value: '', label: t('list.any') };
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('list.colName'),
      sort: 'name',
      rowHeader: true,
      cell: (r) => (
        <>
          <Link href={`/${lng}/job-seekers/${r.id}`}>
            {r.lastName}, {r.firstName}
          </Link>
          {r.sibCohort ? <StatusBadge status="active">{t('list.sibBadge')}</StatusBadge> : null}
        </>
      ),
    },
    { key: 'clientNumber', header: t('list.colClientNumber'), sort: 'clientNumber', cell: (r) => r.clientNumber },
    { key: 'status', header: t('list.colStatus'), sort: 'status', cell: (r) => t(`domain:jobSeekerStatus.${r.status}`) },
    {
      key: 'place',
      header: t('list.colPlace'),
      sort: 'place',
      cell: (r) => (
        <>
          {r.placeName}
          {r.distanceKm !== null ? <div className="field-hint">{t('list.distance', { km: formatNumber(lng, Math.round(r.distanceKm)) })}</div> : null}
        </>
      ),
    },
    { key: 'german', header: t('list.colGerman'), cell: (r) => r.germanLevel ?? t('list.noGerman') },
    { key: 'caseworker', header: t('list.colCaseworker'), cell: (r) => (r.caseworkerId === user.id ? t('list.you') : r.caseworkerName) },
    {
      key: 'availableFrom',
      header: t('list.colAvailableFrom'),
      sort: 'availableFrom',
      cell: (r) => (r.availableFrom ? formatDate(lng, r.availableFrom) : t('list.unknown')),
    },
    {
      key: 'consent',
      header: t('list.colConsent'),
      cell: (r) =>
        r.consentValid ? (
          <StatusBadge status="safe">{t('list.consentValid')}</StatusBadge>
        ) : (
          <StatusBadge status="inactive">{t('list.consentNone')}</StatusBadge>
        ),
    },
    { key: 'registered', header: t('list.colRegistered'), sort: 'registered', cell: (r) => formatDate(lng, r.registeredAt) },
  ];

  return (
    <>
      <PageHeader
        lng={lng}
        title={t('list.title')}
        intro={t('list.intro')}
        actions={<ButtonLink href={`/${lng}/job-seekers/new`}>{t('list.register')}</ButtonLink>}
      />
      {justErased ? (
        <Alert type="ok" testId="erased-message">
          {t('erase.done')}
        </Alert>
      ) : null}

      <nav aria-label={t('list.viewLabel')} className="view-switch">
        <ul>
          {user.role === 'caseworker' ? (
            <li>
              <Link href={href({ caseworker: 'me', page: 1 })} aria-current={view === 'me' ? 'page' : undefined}>
                {t('list.viewMine')}
              </Link>
            </li>
          ) : null}
          <li>
            <Link href={href({ caseworker: 'all', page: 1 })} aria-current={view === 'all' ? 'page' : undefined}>
              {t('list.viewAll')}
            </Link>
          </li>
        </ul>
      </nav>

      {/* Keyed by the URL state: after a navigation the fields show the new filters. */}
      <FilterBar
        key={JSON.stringify(p)}
        action={base}
        testId="job-seeker-filters"
        title={t('list.filtersTitle')}
        activeFilters={active}
        actions={
          <>
            <Button type="submit">{t('list.apply')}</Button>
            {filtersActive ? (
              <ButtonLink appearance="secondary" href={jobSeekerList.href(base, { caseworker: p.caseworker })}>
                {t('list.clear')}
              </ButtonLink>
            ) : null}
          </>
        }
      >
        <FilterInput id="f-q" name="q" type="search" label={t('list.search')} hint={t('list.searchHint')} defaultValue={p.q} />
        <FilterSelect
          id="f-caseworker"
          name="caseworker"
          label={t('list.caseworker')}
          defaultValue={view}
          options={[
            ...(user.role === 'caseworker' ? [{ value: 'me', label: t('list.viewMine') }] : []),
            { value: 'all', label: t('list.anyCaseworker') },
            ...caseworkers.map((c) => ({ value: String(c.id), label: c.name })),
          ]}
        />
        <FilterSelect
          id="f-status"
          name="status"
          label={t('list.status')}
          defaultValue={p.status}
          options={[any, ...jobSeekerStatuses.map((s) => ({ value: s, label: t(`domain:jobSeekerStatus.${s}`) }))]}
        />
        <FilterSelect
          id="f-german"
          name="german"
          label={t('list.germanAtLeast')}
          defaultValue={p.german}
          options={[any, ...cefrLevels.map((l) => ({ value: l, label: t(`cefr.${l}`) }))]}
        />
        <FilterSelect
          id="f-sector"
          name="sector"
          label={t('list.sector')}
          defaultValue={p.sector}
          options={[any, ...sectors.map((s) => ({ value: s, label: t(`domain:sector.${s}`) }))]}
        />
        <FilterSelect
          id="f-place"
          name="place"
          label={t('list.place')}
          defaultValue={p.place ? String(p.place) : ''}
          options={[{ value: '', label: t('list.anyPlace') }]}
          groups={[
            { label: t('list.placesNl'), options: nlPlaces.map((pl) => ({ value: String(pl.id), label: pl.name })) },
            { label: t('list.placesDe'), options: dePlaces.map((pl) => ({ value: String(pl.id), label: pl.name, lang: 'de' })) },
          ]}
        />
        <FilterInput
          id="f-km"
          name="km"
          type="number"
          min={1}
          max={500}
          inputMode="numeric"
          label={t('list.withinKm')}
          hint={t('list.withinKmHint')}
          defaultValue={p.km}
        />
        <FilterSelect
          id="f-consent"
          name="consent"
          label={t('list.consent')}
          defaultValue={p.consent}
          options={[any, { value: 'yes', label: t('list.consentYes') }, { value: 'no', label: t('list.consentNo') }]}
        />
        <FilterSelect
          id="f-sib"
          name="sib"
          label={t('list.sib')}
          defaultValue={p.sib}
          options={[any, { value: 'yes', label: t('list.yes') }, { value: 'no', label: t('list.no') }]}
        />
        <FilterInput id="f-available" name="availableBefore" type="date" label={t('list.availableBefore')} defaultValue={p.availableBefore} />
        {p.sort !== 'name' ? <input type="hidden" name="sort" value={p.sort} /> : null}
        {p.dir !== 'asc' ? <input type="hidden" name="dir" value={p.dir} /> : null}
      </FilterBar>

      <p className="result-count" data-testid="result-count">
        {t('list.count', { n: formatNumber(lng, total) })}
        {total > 0 ? ` ${t('list.pageOf', { page: formatNumber(lng, p.page), pages: formatNumber(lng, pages) })}` : null}
      </p>

      <DataTable
        lng={lng}
        caption={view === 'me' ? t('list.captionMine') : t('list.captionAll')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        sort={{ sort: p.sort, dir: p.dir, href: (sort, dir) => href({ sort: sort as ListSort, dir, page: 1 }) }}
        empty={total > 0 ? t('list.pastLastPage') : filtersActive ? t('list.noMatches') : view === 'me' ? t('list.emptyMine') : t('list.empty')}
      />

      <Pagination lng={lng} page={p.page} pageCount={pages} href={(page) => href({ page })} label={t('list.pagination')} />
    </>
  );
}
