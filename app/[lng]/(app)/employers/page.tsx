import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { Button, ButtonLink } from '@/app/_components/ui/button';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { FilterInput, FilterSelect } from '@/app/_components/ui/field-frame';
import { FilterBar } from '@/app/_components/ui/filter-bar';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pagination } from '@/app/_components/ui/pagination';
import { defineListParams, listFilter } from '@/lib/validation/list-params';
import { listEmployers } from '@/db/queries/employers';
import { sectors } from '@/db/schema/enums';
import { formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'employers')('list.title') };
}

/** The list's URL state. Bad values fall back to "no filter" / page 1 instead of failing the page. */
const employerList = defineListParams(
  z.object({
    // Control characters are never typed into a search (and a NUL would make PostgreSQL refuse the query).
    q: listFilter(
      z
        .string()
        .transform((v) =>
          v
            .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
            .slice(0, 100)
            .trim(),
        )
        .pipe(z.string().min(1)),
    ),
    sector: listFilter(z.enum(sectors)),
  }),
  { pageSize: 25 },
);

export default async function EmployersPage({ params, searchParams }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/employers', 'employers');
  const { q, sector, page } = employerList.parse(await searchParams);
  const list = await listEmployers(db, { q, sector, page });
  const base = `/${lng}/employers`;
  const href = (p: number) => employerList.href(base, { q, sector, page: p });
  type Row = (typeof list.rows)[number];
  const columns: Column<Row>[] = [
    { key: 'name', header: t('list.columns.name'), rowHeader: true, cell: (e) => <Link href={`${base}/${e.id}`}>{e.name}</Link> },
    { key: 'place', header: t('list.columns.place'), cell: (e) => e.placeName },
    { key: 'sector', header: t('list.columns.sector'), cell: (e) => t(`domain:sector.${e.sector}`) },
    {
      key: 'accounts',
      header: t('list.columns.accounts'),
      numeric: true,
      cell: (e) => (e.userCount === 0 ? t('list.noAccount') : formatNumber(lng, e.userCount)),
    },
    {
      key: 'openVacancies',
      header: t('list.columns.openVacancies'),
      numeric: true,
      cell: (e) => <Link href={`/${lng}/vacancies?employer=${e.id}&status=open`}>{formatNumber(lng, e.openVacancies)}</Link>,
    },
  ];
  const active = [q, sector].filter((v) => v !== undefined).length;
  return (
    <>
      <PageHeader
        lng={lng}
        title={t('list.title')}
        intro={t('list.intro')}
        actions={
          <>
            <ButtonLink href={`${base}/new`}>{t('list.new')}</ButtonLink>
            {user.role === 'admin' ? <Link href={`/${lng}/admin/employers`}>{t('list.adminLink')}</Link> : null}
          </>
        }
      />
      <FilterBar
        key={`${q ?? ''}|${sector ?? ''}`}
        action={base}
        testId="employer-filters"
        title={t('list.apply')}
        activeFilters={active}
        actions={<Button type="submit">{t('list.apply')}</Button>}
      >
        <FilterInput id="e-q" name="q" type="search" label={t('list.q')} defaultValue={q} />
        <FilterSelect
          id="e-sector"
          name="sector"
          label={t('list.sector')}
          defaultValue={sector}
          options={[{ value: '', label: t('list.anySector') }, ...sectors.map((s) => ({ value: s, label: t(`domain:sector.${s}`) }))]}
        />
      </FilterBar>
      <DataTable
        lng={lng}
        caption={t('list.caption', { total: formatNumber(lng, list.total) })}
        columns={columns}
        rows={list.rows}
        rowKey={(e) => e.id}
        empty={t('list.empty')}
      />
      <Pagination lng={lng} page={list.page} pageCount={list.pageCount} href={href} />
    </>
  );
}
