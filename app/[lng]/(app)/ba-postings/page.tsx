import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { listBaPostings } from '@/db/queries/ba-postings';
import { formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { baPostingList } from '@/lib/validation/ba-postings';
import { Button } from '@/app/_components/ui/button';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { FilterInput, FilterSelect } from '@/app/_components/ui/field-frame';
import { FilterBar } from '@/app/_components/ui/filter-bar';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pagination } from '@/app/_components/ui/pagination';
import { StatusBadge } from '@/app/_components/ui/status-badge';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'vacancies')('ba.list.title') };
}

/** Imported Jobbörse postings: the ones waiting for an employer first, each linked from its own page. */
export default async function BaPostingsPage({ params, searchParams }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/ba-postings', 'vacancies');
  const query = baPostingList.parse(await searchParams);
  const list = await listBaPostings(db, { q: query.q, link: query.link, expired: query.expired === '1', page: query.page }, baPostingList.pageSize);
  const base = `/${lng}/ba-postings`;

  type Row = (typeof list.rows)[number];
  const state = (p: Row) =>
    p.expiredAt
      ? { look: 'inactive' as const, key: 'expired' }
      : p.anonymous
        ? { look: 'neutral' as const, key: 'anonymous' }
        : p.duplicateOfVacancyId
          ? { look: 'active' as const, key: 'duplicate' }
          : p.vacancyId
            ? { look: 'safe' as const, key: 'linked' }
            : p.employerId
              ? { look: 'warning' as const, key: 'suggested' }
              : { look: 'warning' as const, key: 'unlinked' };
  const columns: Column<Row>[] = [
    {
      key: 'title',
      header: t('ba.list.columns.title'),
      rowHeader: true,
      cell: (p) => (
        <Link href={`${base}/${p.id}`} lang="de">
          {p.title}
        </Link>
      ),
    },
    {
      key: 'firma',
      header: t('ba.list.columns.firma'),
      cell: (p) => (p.anonymous ? t('ba.anonymous') : p.employerName ? <span lang="de">{p.employerName}</span> : null),
    },
    // An empty cell stays empty (null), so a phone card leaves the label out.
    { key: 'place', header: t('ba.list.columns.place'), cell: (p) => (p.placeName ? <span lang="de">{p.placeName}</span> : null) },
    {
      key: 'state',
      header: t('ba.list.columns.state'),
      cell: (p) => {
        const s = state(p);
        return (
          <StatusBadge status={s.look} testId={`ba-state-${p.id}`}>
            {t(`ba.state.${s.key}`)}
          </StatusBadge>
        );
      },
    },
    {
      key: 'employer',
      header: t('ba.list.columns.employer'),
      cell: (p) => (p.linkedEmployerName ? <span lang="de">{p.linkedEmployerName}</span> : null),
    },
    {
      key: 'original',
      header: t('ba.list.columns.original'),
      cell: (p) => (
        <a href={p.url} rel="noopener noreferrer" target="_blank">
          {t('ba.original')}
          <span className="visually-hidden"> {t('ba.newWindow')}</span>
        </a>
      ),
    },
  ];
  const active = [query.q, query.link === 'unlinked' ? undefined : query.link, query.expired].filter((v) => v !== undefined).length;
  const option = (value: string, label: string) => ({ value, label });

  return (
    <>
      <PageHeader lng={lng} title={t('ba.list.title')} intro={t('ba.list.intro')} breadcrumbs={[{ href: `/${lng}/vacancies`, label: t('list.titleStaff') }]} />
      <FilterBar
        key={JSON.stringify(query)}
        action={base}
        testId="ba-posting-filters"
        title={t('filters.title')}
        activeFilters={active}
        actions={
          <>
            <Button type="submit">{t('filters.apply')}</Button>
            <Link href={base}>{t('filters.reset')}</Link>
          </>
        }
      >
        <FilterInput id="f-q" name="q" type="search" label={t('ba.list.q')} defaultValue={query.q} />
        <FilterSelect
          id="f-link"
          name="link"
          label={t('ba.list.link')}
          defaultValue={query.link}
          options={[option('unlinked', t('ba.list.linkUnlinked')), option('linked', t('ba.list.linkLinked')), option('all', t('ba.list.linkAll'))]}
        />
        <FilterSelect
          id="f-expired"
          name="expired"
          label={t('ba.list.expired')}
          defaultValue={query.expired ?? ''}
          options={[option('', t('ba.list.expiredHidden')), option('1', t('ba.list.expiredShown'))]}
        />
      </FilterBar>
      <DataTable
        lng={lng}
        testId="ba-posting-list"
        caption={t('ba.list.caption', { total: formatNumber(lng, list.total) })}
        columns={columns}
        rows={list.rows}
        rowKey={(p) => p.id}
        rowTestId={(p) => `ba-posting-row-${p.id}`}
        empty={t('ba.list.empty')}
      />
      <Pagination lng={lng} page={list.page} pageCount={list.pageCount} href={(page) => baPostingList.href(base, { ...query, page })} />
    </>
  );
}
