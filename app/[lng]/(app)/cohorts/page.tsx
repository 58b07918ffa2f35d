import type { Metadata } from 'next';
import Link from 'next/link';
import { listCohorts } from '@/db/queries/cohorts';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadPage } from '@/lib/pages/load-page';
import { mayOpenPage } from '@/lib/security/access-matrix';
import { todayInAppZone } from '@/lib/time/zoned';
import { ButtonLink } from '@/app/_components/ui/button';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { StatusBadge } from '@/app/_components/ui/status-badge';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'cohorts')('title') };
}

/** Every training cohort, the newest start first, with how full it is and who will hire its graduates. */
export default async function CohortsPage({ params }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/cohorts', 'cohorts');
  const rows = await listCohorts(db);
  const today = todayInAppZone();
  type Row = (typeof rows)[number];
  const phase = (r: Row) => (r.startDate > today ? 'coming' : r.endDate < today ? 'over' : 'running');
  const phaseStatus = { coming: 'active', running: 'warning', over: 'inactive' } as const;
  const columns: Column<Row>[] = [
    { key: 'name', header: t('list.name'), rowHeader: true, cell: (r) => <Link href={`/${lng}/cohorts/${r.id}`}>{r.name}</Link> },
    { key: 'provider', header: t('list.provider'), cell: (r) => r.provider },
    { key: 'period', header: t('list.period'), cell: (r) => `${formatDate(lng, r.startDate)} – ${formatDate(lng, r.endDate)}` },
    {
      key: 'participants',
      header: t('list.participants'),
      numeric: true,
      cell: (r) => `${formatNumber(lng, r.participants)} / ${formatNumber(lng, r.capacity)}`,
    },
    { key: 'employers', header: t('list.employers'), cell: (r) => <span lang="de">{r.employerNames.join(', ')}</span> },
    {
      key: 'state',
      header: t('list.state'),
      cell: (r) => <StatusBadge status={phaseStatus[phase(r)]}>{t(`phase.${phase(r)}`)}</StatusBadge>,
    },
  ];
  return (
    <>
      <PageHeader
        lng={lng}
        title={t('title')}
        intro={t('intro')}
        actions={mayOpenPage('/[lng]/cohorts/new', user.role) ? <ButtonLink href={`/${lng}/cohorts/new`}>{t('new')}</ButtonLink> : null}
      />
      <DataTable
        lng={lng}
        caption={t('title')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowTestId={(r) => `cohort-row-${r.id}`}
        empty={t('none')}
        testId="cohorts-list"
      />
    </>
  );
}
