import type { Metadata } from 'next';
import Link from 'next/link';
import { listContracts } from '@/db/queries/sib-contracts';
import { ledgerRows, periodTotals } from '@/db/queries/sib-ledger';
import { Pagination } from '@/app/_components/ui/pagination';
import { loadPage } from '@/lib/pages/load-page';
import { ledgerStatuses, quarterDays, quarterOf } from '@/lib/domain/sib';
import { formatDate, formatDateTime, formatEuroCents, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { mayOpenPage } from '@/lib/security/access-matrix';
import { todayInAppZone } from '@/lib/time/zoned';
import { ledgerFilterSchema } from '@/lib/validation/sib';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'sib')('ledger.title') };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The outcome ledger: what fell due in a quarter and what became of it; amounts per quarter against the cap. */
export default async function SibLedgerPage({ params, searchParams }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/sib', 'sib');
  const p = getT(lng, 'placements');
  const sp = await searchParams;
  const filters = ledgerFilterSchema.parse({ contract: one(sp.contract), quarter: one(sp.quarter), status: one(sp.status), page: one(sp.page) });
  const today = todayInAppZone();
  const quarter = filters.quarter ?? quarterOf(today);
  const days = quarterDays(quarter)!;
  const contracts = await listContracts(db);
  const contract = contracts.find((c) => c.id === filters.contract) ?? contracts.find((c) => c.startsOn <= today && today <= c.endsOn) ?? contracts[0] ?? null;
  const [ledger, totals] = contract
    ? await Promise.all([
        ledgerRows(db, { contractId: contract.id, from: days.from, to: days.to, status: filters.status ?? null, today, page: filters.page }),
        periodTotals(db, contract.id),
      ])
    : [null, null];
  const years = contract
    ? Array.from(
        { length: Number(contract.endsOn.slice(0, 4)) - Number(contract.startsOn.slice(0, 4)) + 1 },
        (_, i) => Number(contract.startsOn.slice(0, 4)) + i,
      )
    : [];
  const quarters = years.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`));
  if (!quarters.includes(quarter)) quarters.unshift(quarter);
  const href = (extra: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    const all = { contract: contract?.id, quarter, status: filters.status, ...extra };
    for (const [k, v] of Object.entries(all)) if (v !== undefined && v !== '') q.set(k, String(v));
    return `/${lng}/sib?${q.toString()}`;
  };

  return (
    <>
      <h1>{t('ledger.title')}</h1>
      <p className="page-intro">{t('ledger.intro')}</p>
      <p>
        <Link href={`/${lng}/sib/work`}>{t('work.title')}</Link>
        {mayOpenPage('/[lng]/sib/contracts', user.role) ? (
          <>
            {' · '}
            <Link href={`/${lng}/sib/contracts`}>{t('contracts.title')}</Link>
            {' · '}
            <Link href={`/${lng}/sib/report`}>{t('report.title')}</Link>
          </>
        ) : null}
      </p>
      {!contract || !ledger || !totals ? (
        <p data-testid="ledger-no-contract">{t('ledger.noContract')}</p>
      ) : (
        <>
          <form method="get" action={`/${lng}/sib`} className="filter-bar" aria-label={t('ledger.filters')}>
            <div className="field">
              <label htmlFor="ledger-contract">{t('ledger.contract')}</label>
              <select id="ledger-contract" name="contract" defaultValue={String(contract.id)}>
                {contracts.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="ledger-quarter">{t('ledger.quarter')}</label>
              <select id="ledger-quarter" name="quarter" defaultValue={quarter}>
                {quarters.map((q) => (
                  <option key={q} value={q}>
                    {t('ledger.quarterName', { year: q.slice(0, 4), q: q.slice(6) })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="ledger-status">{t('ledger.status')}</label>
              <select id="ledger-status" name="status" defaultValue={filters.status ?? ''}>
                <option value="">{t('ledger.allStatuses')}</option>
                {ledgerStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              {t('ledger.show')}
            </button>
          </form>

          <section aria-labelledby="totals-title" className="dashboard-section">
            <h2 id="totals-title">{t('totals.title', { cap: formatEuroCents(lng, totals.capCents) })}</h2>
            <p className="field-hint">{t('totals.intro')}</p>
            <div className="table-wrap" tabIndex={0}>
              <table data-testid="ledger-totals">
                <caption className="visually-hidden">{t('totals.title', { cap: formatEuroCents(lng, totals.capCents) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ledger.quarter')}</th>
                    <th scope="col" className="numeric">
                      {t('totals.verified')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('totals.due')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('totals.paid')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('totals.over')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('totals.remaining')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {totals.quarters.length === 0 ? (
                    <tr>
                      <td colSpan={6}>{t('totals.none')}</td>
                    </tr>
                  ) : (
                    totals.quarters.map((q) => (
                      <tr key={q.quarter} data-testid={`totals-${q.quarter}`}>
                        <th scope="row">{t('ledger.quarterName', { year: q.quarter.slice(0, 4), q: q.quarter.slice(6) })}</th>
                        <td className="numeric">{formatNumber(lng, q.verified)}</td>
                        <td className="numeric">{formatEuroCents(lng, q.dueCents)}</td>
                        <td className="numeric">{formatEuroCents(lng, q.paidCents)}</td>
                        <td className="numeric">{q.overCents > 0 ? <strong>{formatEuroCents(lng, q.overCents)}</strong> : formatEuroCents(lng, 0)}</td>
                        <td className="numeric">{formatEuroCents(lng, q.remainingCents)}</td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="rows-title" className="dashboard-section">
            <h2 id="rows-title">{t('ledger.rowsTitle', { quarter: t('ledger.quarterName', { year: quarter.slice(0, 4), q: quarter.slice(6) }) })}</h2>
            <ul className="sib-status-counts" data-testid="ledger-counts">
              {ledgerStatuses.map((s) => (
                <li key={s}>
                  <Link href={href({ status: s, page: undefined })} aria-current={filters.status === s ? 'true' : undefined}>
                    {t(`status.${s}`)}: {formatNumber(lng, ledger.byStatus[s])}
                  </Link>
                </li>
              ))}
            </ul>
            <div className="table-wrap" tabIndex={0}>
              <table data-testid="ledger-rows">
                <caption className="visually-hidden">{t('ledger.rowsTitle', { quarter })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ledger.dueOn')}</th>
                    <th scope="col">{t('ledger.person')}</th>
                    <th scope="col">{t('outcome.milestone')}</th>
                    <th scope="col" className="numeric">
                      {t('outcome.price')}
                    </th>
                    <th scope="col">{t('ledger.status')}</th>
                    <th scope="col">{t('ledger.claim')}</th>
                    <th scope="col">{t('ledger.decision')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ledger.rows.length === 0 ? (
                    <tr>
                      <td colSpan={7}>{t('ledger.none')}</td>
                    </tr>
                  ) : (
                    ledger.rows.map((r) => (
                      <tr key={`${r.placementId}-${r.milestone}`} data-testid={`ledger-${r.placementId}-${r.milestone}`}>
                        <td>{formatDate(lng, r.dueOn)}</td>
                        <th scope="row">
                          <Link href={`/${lng}/placements/${r.placementId}`}>{r.personName ?? p('anonymised')}</Link>
                        </th>
                        <td>{p(`milestones.names.${r.milestone}`)}</td>
                        <td className="numeric">{formatEuroCents(lng, r.priceCents)}</td>
                        <td>
                          <span
                            className={
                              r.status === 'verified' ? 'badge badge-ok' : r.status === 'denied' || r.status === 'lapsed' ? 'badge badge-off' : 'badge'
                            }
                          >
                            {t(`status.${r.status}`)}
                          </span>
                          {r.lapsedOn ? <div className="field-hint">{t('ledger.lapsedOn', { date: formatDate(lng, r.lapsedOn) })}</div> : null}
                          {r.deniedBefore > 0 ? <div className="field-hint">{t('ledger.deniedBefore', { count: r.deniedBefore })}</div> : null}
                        </td>
                        <td>
                          {r.claimedAt ? t('ledger.by', { name: r.claimedByName ?? '—', time: formatDateTime(lng, r.claimedAt) }) : '—'}
                          {r.evidenceCount ? <div className="field-hint">{t('ledger.evidence', { count: r.evidenceCount })}</div> : null}
                        </td>
                        <td>
                          {r.decidedAt ? t('ledger.by', { name: r.decidedByName ?? '—', time: formatDateTime(lng, r.decidedAt) }) : '—'}
                          {r.reason ? <div className="text-multiline">{r.reason}</div> : null}
                        </td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </div>
            <Pagination lng={lng} page={ledger.page} pageCount={ledger.pageCount} href={(page) => href({ page })} />
          </section>
        </>
      )}
    </>
  );
}
