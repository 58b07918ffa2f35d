import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getEmployerProfile } from '@/db/queries/employers';
import { listPlaces } from '@/db/queries/places';
import { listVacancies } from '@/db/queries/vacancies';
import { cefrLevels, sectors } from '@/db/schema/enums';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { kmChoices, parseVacancyFilters, vacancyListHref, vacancySources, vacancyStatusFilters } from '@/lib/validation/vacancy-filters';
import { vacancyScopeFor } from '@/lib/vacancies/scope';
import { Button, ButtonLink } from '@/app/_components/ui/button';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { FilterInput, FilterSelect } from '@/app/_components/ui/field-frame';
import { FilterBar } from '@/app/_components/ui/filter-bar';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pagination } from '@/app/_components/ui/pagination';
import { VacancyStatusBadge } from './_components/status-badge';
import { mayOpenPage, mayUseAction } from '@/lib/security/access-matrix';
import { StatusBadge } from '@/app/_components/ui/status-badge';
import { UnlinkedPostingNote } from '@/app/_components/ba/unlinked-posting-note';
import './vacancies.css';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'vacancies')('list.titleStaff') };
}

export default async function VacanciesPage({ params, searchParams }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/vacancies', 'vacancies');
  const isEmployer = user.role === 'employer';
  // Staff look for vacancies to fill: open ones first. Employers see all of theirs.
  const { params: query, filters } = parseVacancyFilters(await searchParams, isEmployer ? 'all' : 'open');
  const [list, allPlaces, filterEmployer] = await Promise.all([
    listVacancies(db, vacancyScopeFor(user), filters),
    isEmployer ? Promise.resolve([]) : listPlaces(db),
    !isEmployer && filters.employerId ? getEmployerProfile(db, filters.employerId) : Promise.resolve(null),
  ]);
  const base = `/${lng}/vacancies`;
  const canCreate = mayUseAction('vacancy.create', user.role);
  const hours = (min: number | null, max: number | null) =>
    min == null && max == null
      ? ''
      : min === max || max == null
        ? formatNumber(lng, min!)
        : min == null
          ? formatNumber(lng, max)
          : t('list.hours', { min: formatNumber(lng, min), max: formatNumber(lng, max) });

  type Row = (typeof list.rows)[number];
  const columns: Column<Row>[] = [
    {
      key: 'title',
      header: t('list.columns.title'),
      rowHeader: true,
      cell: (v) => (
        <>
          <Link href={v.kind === 'ba_posting' ? `/${lng}/ba-postings/${v.id}` : `${base}/${v.id}`} lang={v.textLanguage}>
            {v.title}
          </Link>
          {v.source === 'ba' ? (
            <span className="vacancy-ba">
              <StatusBadge status="active" testId={`ba-mark-${v.id}`}>
                <abbr title={t('ba.markTitle')}>{t('ba.mark')}</abbr>
              </StatusBadge>{' '}
              {v.baUrl ? (
                <a href={v.baUrl} rel="noopener noreferrer" target="_blank">
                  {t('ba.original')}
                  <span className="visually-hidden"> {t('ba.newWindow')}</span>
                </a>
              ) : null}
            </span>
          ) : null}
          {v.kind === 'ba_posting' ? <UnlinkedPostingNote lng={lng} t={t} postingId={v.id} anonymous={v.anonymous} /> : null}
          {v.occupationCode ? <div className="field-hint">{t(`domain:occupation.${v.occupationCode}`)}</div> : null}
        </>
      ),
    },
    ...(isEmployer
      ? []
      : [
          {
            key: 'employer',
            header: t('list.columns.employer'),
            cell: (v: Row) => (v.anonymous ? t('ba.anonymous') : <span lang="de">{v.employerName}</span>),
          },
        ]),
    { key: 'place', header: t('list.columns.place'), cell: (v) => v.placeName },
    ...(isEmployer || !list.origin
      ? []
      : [
          {
            key: 'distance',
            header: t('list.distanceFrom', { place: list.origin.name }),
            numeric: true,
            cell: (v: Row) => (v.distanceKm == null ? '' : t('list.km', { km: formatNumber(lng, Math.round(v.distanceKm)) })),
          },
        ]),
    { key: 'hours', header: t('list.columns.hours'), numeric: true, cell: (v) => hours(v.hoursMin, v.hoursMax) },
    { key: 'german', header: t('list.columns.german'), cell: (v) => v.germanLevel ?? '' },
    {
      key: 'status',
      header: t('list.columns.status'),
      cell: (v) => <VacancyStatusBadge status={v.effectiveStatus} label={t(`domain:vacancyStatus.${v.effectiveStatus}`)} />,
    },
    { key: 'closing', header: t('list.columns.closing'), cell: (v) => formatDate(lng, v.closingDate) },
    ...(isEmployer
      ? [
          {
            key: 'positions',
            header: t('list.columns.positions'),
            numeric: true,
            cell: (v: Row) => `${formatNumber(lng, v.positionsFilled)} / ${formatNumber(lng, v.positions)}`,
          },
        ]
      : []),
    {
      key: 'candidates',
      header: t('list.columns.candidates'),
      numeric: true,
      cell: (v) =>
        v.kind === 'ba_posting' ? '' : t('list.candidates', { total: formatNumber(lng, v.proposalsTotal), active: formatNumber(lng, v.proposalsActive) }),
    },
  ];
  const active = [query.q, query.sector, query.place, query.km, query.german, query.hoursMin, query.hoursMax, query.employer, query.source].filter(
    (v) => v !== undefined,
  ).length;
  const option = (value: string | number, label: string, lang?: string) => ({ value: String(value), label, lang });

  return (
    <>
      <PageHeader
        lng={lng}
        title={isEmployer ? t('list.titleEmployer') : t('list.titleStaff')}
        intro={isEmployer ? t('list.introEmployer') : t('list.introStaff')}
        actions={
          canCreate || mayOpenPage('/[lng]/ba-postings', user.role) ? (
            <>
              {mayOpenPage('/[lng]/ba-postings', user.role) ? (
                <ButtonLink appearance="secondary" href={`/${lng}/ba-postings`}>
                  {t('ba.list.open')}
                </ButtonLink>
              ) : null}
              {canCreate ? (
                <ButtonLink href={`/${lng}/vacancies/new${filters.employerId ? `?employer=${filters.employerId}` : ''}`}>{t('list.new')}</ButtonLink>
              ) : null}
            </>
          ) : null
        }
      />

      <FilterBar
        key={JSON.stringify(query)}
        action={base}
        testId="vacancy-filters"
        title={t('filters.title')}
        activeFilters={active}
        actions={
          <>
            <Button type="submit">{t('filters.apply')}</Button>
            <Link href={base}>{t('filters.reset')}</Link>
          </>
        }
      >
        {isEmployer ? null : (
          <>
            <FilterInput id="f-q" name="q" type="search" label={t('filters.q')} defaultValue={query.q} />
            <FilterSelect
              id="f-sector"
              name="sector"
              label={t('filters.sector')}
              defaultValue={query.sector}
              options={[option('', t('filters.anySector')), ...sectors.map((s) => option(s, t(`domain:sector.${s}`)))]}
            />
            <FilterSelect
              id="f-place"
              name="place"
              label={t('filters.place')}
              defaultValue={query.place ? String(query.place) : ''}
              options={[option('', t('filters.anyPlace')), ...allPlaces.filter((p) => p.country === 'DE').map((p) => option(p.id, p.name, 'de'))]}
            />
            <FilterSelect
              id="f-from"
              name="from"
              label={t('filters.from')}
              defaultValue={String(query.from ?? list.origin?.id ?? '')}
              options={allPlaces.filter((p) => p.country === 'NL').map((p) => option(p.id, p.name))}
            />
            <FilterSelect
              id="f-km"
              name="km"
              label={t('filters.km')}
              defaultValue={query.km ? String(query.km) : ''}
              options={[
                option('', t('filters.anyDistance')),
                ...[...new Set([...kmChoices, ...(query.km ? [query.km] : [])])]
                  .sort((a, b) => a - b)
                  .map((km) => option(km, t('list.km', { km: formatNumber(lng, km) }))),
              ]}
            />
            <FilterSelect
              id="f-german"
              name="german"
              label={t('filters.german')}
              defaultValue={query.german}
              options={[option('', t('filters.anyGerman')), ...cefrLevels.map((c) => option(c, c))]}
            />
            <FilterSelect
              id="f-source"
              name="source"
              label={t('filters.source')}
              defaultValue={query.source ?? ''}
              options={[option('', t('filters.anySource')), ...vacancySources.map((s) => option(s, t(`filters.sources.${s}`)))]}
            />
            <FilterInput id="f-hours-min" name="hoursMin" inputMode="numeric" label={t('filters.hoursMin')} defaultValue={query.hoursMin} />
            <FilterInput id="f-hours-max" name="hoursMax" inputMode="numeric" label={t('filters.hoursMax')} defaultValue={query.hoursMax} />
          </>
        )}
        <FilterSelect
          id="f-status"
          name="status"
          label={t('filters.status')}
          defaultValue={query.status}
          options={vacancyStatusFilters.map((s) => option(s, s === 'all' ? t('filters.anyStatus') : t(`domain:vacancyStatus.${s}`)))}
        />
        {isEmployer ? null : (
          <FilterSelect
            id="f-sort"
            name="sort"
            label={t('filters.sort')}
            defaultValue={query.sort ?? 'newest'}
            options={[option('newest', t('filters.sortNewest')), option('closing', t('filters.sortClosing')), option('distance', t('filters.sortDistance'))]}
          />
        )}
        {filterEmployer ? (
          <div className="gz-filter-bar__fixed">
            <input type="hidden" name="employer" value={filterEmployer.id} />
            <span className="field-label">{t('filters.employer')}</span> <span lang="de">{filterEmployer.name}</span>
          </div>
        ) : null}
      </FilterBar>

      <DataTable
        lng={lng}
        testId="vacancy-list"
        caption={t('list.caption', { total: formatNumber(lng, list.total) })}
        columns={columns}
        rows={list.rows}
        rowKey={(v) => `${v.kind}-${v.id}`}
        rowTestId={(v) => (v.kind === 'ba_posting' ? `ba-posting-row-${v.id}` : `vacancy-row-${v.id}`)}
        empty={t('list.empty')}
      />
      <Pagination lng={lng} page={list.page} pageCount={list.pageCount} href={(page) => vacancyListHref(base, query, { page })} />
    </>
  );
}
