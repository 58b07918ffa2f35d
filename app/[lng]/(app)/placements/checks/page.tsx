import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { StatusBadge } from '@/app/_components/ui/status-badge';
import { listDueChecks } from '@/db/queries/placements';
import { formatDate } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { QuickStillWorking } from '../[id]/_components/check-form';
import { todayInAppZone } from '@/lib/time/zoned';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'placements')('checks.listTitle') };
}

/**
 * "Te controleren": the retention checks due within a week or overdue. A caseworker sees
 * those of their own placements; managers and admins everyone's (?who=me narrows it).
 */
export default async function DueChecksPage({ params, searchParams }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/placements/checks', 'placements');
  const who = (await searchParams).who;
  const mine = user.role === 'caseworker' ? who !== 'all' : who === 'me';
  const today = todayInAppZone();
  const rows = await listDueChecks(db, { caseworkerId: mine ? user.id : null, today });

  type Row = (typeof rows)[number];
  const person = (r: Row) => r.personName ?? t('anonymised');
  const rowLabel = (r: Row) => t('checks.rowLabel', { person: person(r), months: t(`checks.monthLabel.${r.months}`) });
  const columns: Column<Row>[] = [
    {
      key: 'due',
      header: t('checks.due'),
      cell: (r) => (
        <>
          {formatDate(lng, r.dueOn)}
          {r.dueOn < today ? <StatusBadge status="danger">{t('checks.overdue')}</StatusBadge> : null}
        </>
      ),
    },
    { key: 'person', header: t('list.person'), rowHeader: true, cell: (r) => <Link href={`/${lng}/placements/${r.placementId}#checks`}>{person(r)}</Link> },
    { key: 'employer', header: t('list.employer'), cell: (r) => r.employerName },
    { key: 'after', header: t('checks.after'), cell: (r) => t(`checks.monthLabel.${r.months}`) },
    ...(mine ? [] : [{ key: 'caseworker', header: t('list.caseworker'), cell: (r: Row) => r.caseworkerName ?? t('noCaseworker') }]),
    {
      key: 'answer',
      header: t('checks.answer'),
      cell: (r) => (
        <div className="inline-form">
          <QuickStillWorking placementId={r.placementId} version={r.version} months={r.months as 1 | 3 | 6 | 12} label={rowLabel(r)} />
          <Link href={`/${lng}/placements/${r.placementId}#checks`}>
            {t('checks.endedOrNote')}
            <span className="visually-hidden">: {rowLabel(r)}</span>
          </Link>
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        lng={lng}
        title={t('checks.listTitle')}
        intro={t('checks.listIntro')}
        breadcrumbs={[{ href: `/${lng}/placements`, label: t('backToList') }]}
      />
      <p>
        {mine ? (
          <Link href={`/${lng}/placements/checks?who=all`}>{t('checks.showAll')}</Link>
        ) : (
          <Link href={`/${lng}/placements/checks?who=me`}>{t('checks.showMine')}</Link>
        )}
      </p>
      <DataTable
        lng={lng}
        testId="due-checks"
        caption={mine ? t('checks.captionMine') : t('checks.captionAll')}
        columns={columns}
        rows={rows}
        rowKey={(r) => `${r.placementId}-${r.months}`}
        empty={t('checks.none')}
      />
    </>
  );
}
