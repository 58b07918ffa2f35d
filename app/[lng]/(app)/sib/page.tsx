import type { Metadata } from 'next';
import Link from 'next/link';
import { ledgerRows, periodTotals } from '@/db/queries/sib-ledger';
import { ButtonLink, DownloadLink } from '@/app/_components/ui/button';
import { DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pagination } from '@/app/_components/ui/pagination';
import { LedgerStatusBadge } from '@/app/_components/sib/ledger-status-badge';
import { SibFilters } from './_components/sib-filters';
import { loadPage } from '@/lib/pages/load-page';
import { contractPeriods, ledgerStatuses } from '@/lib/domain/sib';
import { formatDate, formatDateTime, formatEuroCents, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { mayOpenPage, routeHandlerRoles } from '@/lib/security/access-matrix';
import { todayInAppZone } from '@/lib/time/zoned';
import { ledgerSelection } from '@/lib/reports/sib-selection';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'sib')('ledger.title') };
}

/** The outcome ledger: what fell due in a quarter and what became of it; amounts per quarter against the cap. */
export default async function SibLedgerPage({ params, searchParams }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/sib', 'sib');
  const p = getT(lng, 'placements');
  const sp = await searchParams;
  const today = todayInAppZone();
  const selection = await ledgerSelection(db, sp, today);
  const { contracts, contract, quarter, status } = selection;
  const filters = { status: status ?? undefined };
  const [ledger, totals] = contract
    ? await Promise.all([
        ledgerRows(db, { contractId: contract.id, from: selection.from, to: selection.to, status, today, page: selection.page }),
        periodTotals(db, contract.id),
      ])
    : [null, null];
  const quarters = contract ? contractPeriods(contract) : [];
  if (!quarters.includes(quarter)) quarters.unshift(quarter);
  const quarterName = (q: string) => t('ledger.quarterName', { year: q.slice(0, 4), q: q.slice(6) });
  const href = (extra: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    const all = { contract: contract?.id, quarter, status: filters.status, ...extra };
    for (const [k, v] of Object.entries(all)) if (v !== undefined && v !== '') q.set(k, String(v));
    return `/${lng}/sib?${q.toString()}`;
  };

  const exportQuery = new URLSearchParams({ quarter, lng });
  if (contract) exportQuery.set('contract', String(contract.id));
  if (status) exportQuery.set('status', status);
  const mayExport = contract !== null && routeHandlerRoles('/api/reports/sib-ledger').includes(user.role);

  const links = [
    { href: `/${lng}/sib/work`, label: t('work.title') },
    ...(mayOpenPage('/[lng]/sib/contracts', user.role)
      ? [
          { href: `/${lng}/sib/contracts`, label: t('contracts.title') },
          { href: `/${lng}/sib/report`, label: t('report.title') },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        lng={lng}
        title={t('ledger.title')}
        intro={t('ledger.intro')}
        actions={
          <>
            {links.map((l) => (
              <ButtonLink key={l.href} href={l.href} appearance="secondary">
                {l.label}
              </ButtonLink>
            ))}
            {mayExport ? <DownloadLink href={`/api/reports/sib-ledger?${exportQuery.toString()}`}>{t('xlsx.download')}</DownloadLink> : null}
          </>
        }
      />
      {!contract || !ledger || !totals ? (
        <p data-testid="ledger-no-contract">{t('ledger.noContract')}</p>
      ) : (
        <>
          <SibFilters
            lng={lng}
            action={`/${lng}/sib`}
            title={t('ledger.filters')}
            contracts={contracts}
            contractId={contract.id}
            period={quarter}
            periodParam="quarter"
            periodLabel={t('ledger.quarter')}
            periods={quarters}
            periodName={quarterName}
            status={{
              value: filters.status,
              options: ledgerStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
              clearHref: href({ status: undefined, page: undefined }),
            }}
          />

          <section aria-labelledby="totals-title" className="dashboard-section">
            <h2 id="totals-title">{t('totals.title', { cap: formatEuroCents(lng, totals.capCents) })}</h2>
            <p className="field-hint">{t('totals.intro')}</p>
            <DataTable
              lng={lng}
              testId="ledger-totals"
              caption={t('totals.title', { cap: formatEuroCents(lng, totals.capCents) })}
              captionHidden
              rows={totals.quarters}
              rowKey={(q) => q.quarter}
              rowTestId={(q) => `totals-${q.quarter}`}
              empty={t('totals.none')}
              columns={[
                { key: 'quarter', header: t('ledger.quarter'), rowHeader: true, cell: (q) => quarterName(q.quarter) },
                { key: 'verified', header: t('totals.verified'), numeric: true, cell: (q) => formatNumber(lng, q.verified) },
                { key: 'due', header: t('totals.due'), numeric: true, cell: (q) => formatEuroCents(lng, q.dueCents) },
                { key: 'paid', header: t('totals.paid'), numeric: true, cell: (q) => formatEuroCents(lng, q.paidCents) },
                {
                  key: 'over',
                  header: t('totals.over'),
                  numeric: true,
                  cell: (q) => (q.overCents > 0 ? <strong>{formatEuroCents(lng, q.overCents)}</strong> : formatEuroCents(lng, 0)),
                },
                { key: 'remaining', header: t('totals.remaining'), numeric: true, cell: (q) => formatEuroCents(lng, q.remainingCents) },
              ]}
            />
          </section>

          <section aria-labelledby="rows-title" className="dashboard-section">
            <h2 id="rows-title">{t('ledger.rowsTitle', { quarter: quarterName(quarter) })}</h2>
            <ul className="sib-status-counts" data-testid="ledger-counts">
              {ledgerStatuses.map((s) => (
                <li key={s}>
                  <Link href={href({ status: s, page: undefined })} aria-current={filters.status === s ? 'true' : undefined}>
                    {t(`status.${s}`)}: {formatNumber(lng, ledger.byStatus[s])}
                  </Link>
                </li>
              ))}
            </ul>
            <DataTable
              lng={lng}
              testId="ledger-rows"
              caption={t('ledger.rowsTitle', { quarter: quarterName(quarter) })}
              captionHidden
              rows={ledger.rows}
              rowKey={(r) => `${r.placementId}-${r.milestone}`}
              rowTestId={(r) => `ledger-${r.placementId}-${r.milestone}`}
              empty={t('ledger.none')}
              columns={[
                {
                  key: 'person',
                  header: t('ledger.person'),
                  rowHeader: true,
                  cell: (r) => <Link href={`/${lng}/placements/${r.placementId}`}>{r.personName ?? p('anonymised')}</Link>,
                },
                { key: 'dueOn', header: t('ledger.dueOn'), cell: (r) => formatDate(lng, r.dueOn) },
                { key: 'milestone', header: t('outcome.milestone'), cell: (r) => p(`milestones.names.${r.milestone}`) },
                { key: 'price', header: t('outcome.price'), numeric: true, cell: (r) => formatEuroCents(lng, r.priceCents) },
                {
                  key: 'status',
                  header: t('ledger.status'),
                  cell: (r) => (
                    <>
                      <LedgerStatusBadge status={r.status} label={t(`status.${r.status}`)} />
                      {r.lapsedOn ? <div className="field-hint">{t('ledger.lapsedOn', { date: formatDate(lng, r.lapsedOn) })}</div> : null}
                      {r.deniedBefore > 0 ? <div className="field-hint">{t('ledger.deniedBefore', { count: r.deniedBefore })}</div> : null}
                    </>
                  ),
                },
                {
                  key: 'claim',
                  header: t('ledger.claim'),
                  cell: (r) => (
                    <>
                      {r.claimedAt ? t('ledger.by', { name: r.claimedByName ?? '—', time: formatDateTime(lng, r.claimedAt) }) : '—'}
                      {r.evidenceCount ? <div className="field-hint">{t('ledger.evidence', { count: r.evidenceCount })}</div> : null}
                    </>
                  ),
                },
                {
                  key: 'decision',
                  header: t('ledger.decision'),
                  cell: (r) => (
                    <>
                      {r.decidedAt ? t('ledger.by', { name: r.decidedByName ?? '—', time: formatDateTime(lng, r.decidedAt) }) : '—'}
                      {r.reason ? <div className="text-multiline">{r.reason}</div> : null}
                    </>
                  ),
                },
              ]}
            />
            <Pagination lng={lng} page={ledger.page} pageCount={ledger.pageCount} href={(page) => href({ page })} />
          </section>
        </>
      )}
    </>
  );
}
