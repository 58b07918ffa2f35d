import type { Metadata } from 'next';
import Link from 'next/link';
import { listEvents } from '@/db/queries/events';
import { eventPhase } from '@/lib/domain/events';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadPage } from '@/lib/pages/load-page';
import { mayOpenPage } from '@/lib/security/access-matrix';
import { ButtonLink } from '@/app/_components/ui/button';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { StatusBadge } from '@/app/_components/ui/status-badge';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'events')('title') };
}

/** Staff: every event; an employer user: only the events its company takes part in, with its stand. */
export default async function EventsPage({ params }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/events', 'events');
  const employer = user.role === 'employer';
  const rows = await listEvents(db, employer ? { employerId: user.employerId ?? -1 } : {});
  const now = new Date();
  type Row = (typeof rows)[number];
  const phaseStatus = { coming: 'active', running: 'warning', over: 'inactive' } as const;
  const columns: Column<Row>[] = [
    { key: 'when', header: t('list.when'), className: 'nowrap', cell: (r) => formatDateTime(lng, r.startsAt) },
    { key: 'title', header: t('list.title'), rowHeader: true, cell: (r) => <Link href={`/${lng}/events/${r.id}`}>{r.title}</Link> },
    { key: 'kind', header: t('list.kind'), cell: (r) => t(`kind.${r.kind}`) },
    { key: 'where', header: t('list.where'), cell: (r) => `${r.venue}, ${r.placeName}` },
    ...(employer
      ? [{ key: 'stand', header: t('list.stand'), cell: (r: Row) => r.stand ?? '' }]
      : [
          {
            key: 'registered',
            header: t('list.registered'),
            numeric: true,
            cell: (r: Row) => `${formatNumber(lng, r.registered)} / ${formatNumber(lng, r.capacity)}`,
          },
          { key: 'attended', header: t('list.attended'), numeric: true, cell: (r: Row) => formatNumber(lng, r.attended) },
        ]),
    {
      key: 'state',
      header: t('list.state'),
      cell: (r) => {
        const phase = eventPhase(r, now);
        return <StatusBadge status={phaseStatus[phase]}>{t(`state.${phase}`)}</StatusBadge>;
      },
    },
  ];
  return (
    <>
      <PageHeader
        lng={lng}
        title={t('title')}
        intro={employer ? t('introEmployer') : t('intro')}
        actions={
          <>
            {mayOpenPage('/[lng]/events/new', user.role) ? <ButtonLink href={`/${lng}/events/new`}>{t('new')}</ButtonLink> : null}
            {mayOpenPage('/[lng]/events/report', user.role) ? (
              <ButtonLink appearance="secondary" href={`/${lng}/events/report`}>
                {t('report')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <DataTable
        lng={lng}
        caption={t('title')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowTestId={(r) => `event-row-${r.id}`}
        empty={employer ? t('noneEmployer') : t('none')}
        testId="events-list"
      />
    </>
  );
}
