import type { Metadata } from 'next';
import Link from 'next/link';
import { ButtonLink } from '@/app/_components/ui/button';
import { DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { SOON_DAYS, workList } from '@/db/queries/sib-ledger';
import { loadPage } from '@/lib/pages/load-page';
import { formatDate, formatEuroCents } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { todayInAppZone } from '@/lib/time/zoned';
import { LedgerStatusBadge } from '@/app/_components/sib/ledger-status-badge';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'sib')('work.title') };
}

/**
 * The SIB work list: milestones to claim (due within two weeks, overdue, or denied and open
 * again) and claims to verify. A caseworker sees their own placements unless they ask for all.
 */
export default async function SibWorkPage({ params, searchParams }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/sib/work', 'sib');
  const p = getT(lng, 'placements');
  const all = (await searchParams).all === '1' || user.role !== 'caseworker';
  const today = todayInAppZone();
  const items = await workList(db, { today, caseworkerId: all ? null : user.id });
  const toClaim = items.filter((i) => i.status !== 'claimed');
  const toVerify = items.filter((i) => i.status === 'claimed');
  const section = (id: string, title: string, rows: typeof items, verify: boolean) => (
    <section aria-labelledby={id} className="dashboard-section">
      <h2 id={id}>{title}</h2>
      <DataTable
        lng={lng}
        testId={id}
        caption={title}
        captionHidden
        rows={rows}
        rowKey={(r) => `${r.placementId}-${r.milestone}`}
        rowTestId={(r) => `work-${r.placementId}-${r.milestone}`}
        rowData={(r) => ({ 'data-due': r.dueOn, 'data-status': r.status })}
        empty={t('work.none')}
        columns={[
          {
            key: 'person',
            header: t('ledger.person'),
            rowHeader: true,
            cell: (r) => <Link href={`/${lng}/placements/${r.placementId}#milestones-title`}>{r.personName ?? p('anonymised')}</Link>,
          },
          {
            key: 'dueOn',
            header: t('ledger.dueOn'),
            cell: (r) => (
              <>
                {formatDate(lng, r.dueOn)} <LedgerStatusBadge status={r.status} label={t(`status.${r.status}`)} />
              </>
            ),
          },
          { key: 'milestone', header: t('outcome.milestone'), cell: (r) => p(`milestones.names.${r.milestone}`) },
          { key: 'price', header: t('outcome.price'), numeric: true, cell: (r) => formatEuroCents(lng, r.priceCents) },
          {
            key: 'claim',
            header: verify ? t('work.claimedBy') : t('work.claimBy'),
            cell: (r) => (verify ? (r.claimedByName ?? '—') : formatDate(lng, r.claimBy)),
          },
          { key: 'caseworker', header: t('ledger.caseworker'), cell: (r) => r.caseworkerName ?? '—' },
        ]}
      />
    </section>
  );

  return (
    <>
      <PageHeader
        lng={lng}
        breadcrumbs={[{ href: `/${lng}/sib`, label: t('ledger.title') }]}
        title={t('work.title')}
        intro={t('work.intro', { days: SOON_DAYS })}
        actions={
          user.role === 'caseworker' ? (
            <ButtonLink href={all ? `/${lng}/sib/work` : `/${lng}/sib/work?all=1`} appearance="secondary">
              {all ? t('work.mine') : t('work.all')}
            </ButtonLink>
          ) : null
        }
      />
      {section('work-claim', t('work.toClaim'), toClaim, false)}
      {section('work-verify', t('work.toVerify'), toVerify, true)}
    </>
  );
}
