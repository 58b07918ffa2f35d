import type { Metadata } from 'next';
import Link from 'next/link';
import { ButtonLink } from '@/app/_components/ui/button';
import { DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pagination } from '@/app/_components/ui/pagination';
import { SOON_DAYS, type WorkSection, workList } from '@/db/queries/sib-ledger';
import { loadPage } from '@/lib/pages/load-page';
import { formatDate, formatEuroCents, formatNumber } from '@/lib/i18n/format';
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
  const query = await searchParams;
  const all = query.all === '1' || user.role !== 'caseworker';
  const today = todayInAppZone();
  const caseworkerId = all ? null : user.id;
  const pageOf = (key: string) => Number.parseInt(typeof query[key] === 'string' ? query[key] : '1', 10) || 1;
  const [toClaim, toVerify] = await Promise.all([
    workList(db, { today, caseworkerId, section: 'claim', page: pageOf('claimPage') }),
    workList(db, { today, caseworkerId, section: 'verify', page: pageOf('verifyPage') }),
  ]);
  // Each section pages on its own; a link keeps the other section's page and the "all" choice.
  const href = (section: WorkSection, page: number) => {
    const next = new URLSearchParams();
    if (all && user.role === 'caseworker') next.set('all', '1');
    const claimPage = section === 'claim' ? page : toClaim.page;
    const verifyPage = section === 'verify' ? page : toVerify.page;
    if (claimPage > 1) next.set('claimPage', String(claimPage));
    if (verifyPage > 1) next.set('verifyPage', String(verifyPage));
    const search = next.toString();
    return `/${lng}/sib/work${search ? `?${search}` : ''}`;
  };
  const section = (id: string, title: string, list: Awaited<ReturnType<typeof workList>>, verify: boolean) => (
    <section aria-labelledby={id} className="dashboard-section">
      <h2 id={id}>
        {title} <span className="field-hint">({formatNumber(lng, list.total)})</span>
      </h2>
      <DataTable
        lng={lng}
        testId={id}
        caption={title}
        captionHidden
        rows={list.rows}
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
      <Pagination lng={lng} page={list.page} pageCount={list.pageCount} href={(page) => href(verify ? 'verify' : 'claim', page)} label={title} />
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
