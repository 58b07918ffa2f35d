import type { Metadata } from 'next';
import Link from 'next/link';
import { eventReport } from '@/db/queries/events';
import { formatDate, formatNumber, formatPercent } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadPage } from '@/lib/pages/load-page';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'events')('reportPage.title') };
}

/** Events side by side, for a manager: from registration to placement. Counts only, no persons. */
export default async function EventReportPage({ params }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/events/report', 'events');
  const rows = await eventReport(db);
  type Row = (typeof rows)[number];
  const n = (v: number) => formatNumber(lng, v);
  const columns: Column<Row>[] = [
    {
      key: 'event',
      header: t('reportPage.event'),
      rowHeader: true,
      // Date and place under the name, not in a column of their own: nine columns do not fit a desktop page.
      cell: (r) => (
        <>
          <Link href={`/${lng}/events/${r.id}`}>{r.title}</Link>
          <div className="field-hint">{`${formatDate(lng, r.startsAt)}, ${r.placeName}`}</div>
        </>
      ),
    },
    { key: 'registered', header: t('reportPage.registered'), numeric: true, cell: (r) => n(r.registered) },
    { key: 'attended', header: t('reportPage.attended'), numeric: true, cell: (r) => n(r.attended) },
    {
      key: 'attendance',
      header: t('reportPage.attendance'),
      numeric: true,
      cell: (r) => (r.registered > 0 ? formatPercent(lng, r.attended / r.registered) : '—'),
    },
    { key: 'leads', header: t('reportPage.leads'), numeric: true, cell: (r) => n(r.leads) },
    { key: 'converted', header: t('reportPage.converted'), numeric: true, cell: (r) => n(r.leadsBecameJobSeekers) },
    { key: 'proposals', header: t('reportPage.proposals'), numeric: true, cell: (r) => n(r.proposals) },
    { key: 'placements', header: t('reportPage.placements'), numeric: true, cell: (r) => n(r.placements) },
  ];
  return (
    <>
      <PageHeader lng={lng} title={t('reportPage.title')} intro={t('reportPage.intro')} breadcrumbs={[{ href: `/${lng}/events`, label: t('title') }]} />
      <DataTable
        lng={lng}
        caption={t('reportPage.title')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowTestId={(r) => `report-row-${r.id}`}
        empty={t('reportPage.none')}
        testId="event-report"
      />
    </>
  );
}
