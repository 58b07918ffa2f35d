import type { Metadata } from 'next';
import Link from 'next/link';
import { Fragment } from 'react';
import { listContracts } from '@/db/queries/sib-contracts';
import { investorReport } from '@/db/queries/sib-report';
import { loadPage } from '@/lib/pages/load-page';
import { dropOutCodes, periodDays } from '@/lib/domain/sib';
import { formatEuroCents, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { todayInAppZone } from '@/lib/time/zoned';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'sib')('report.title') };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The investor's report of a quarter or a year: pseudonymised, printable (the menu and the filters stay off paper). */
export default async function SibReportPage({ params, searchParams }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/sib/report', 'sib');
  const pl = getT(lng, 'placements');
  const sp = await searchParams;
  const today = todayInAppZone();
  const asked = one(sp.period) ?? '';
  const period = periodDays(asked) ? asked : today.slice(0, 4);
  const days = periodDays(period)!;
  const contracts = await listContracts(db);
  const wanted = Number(one(sp.contract));
  const contract = contracts.find((c) => c.id === wanted) ?? contracts.find((c) => c.startsOn <= today && today <= c.endsOn) ?? contracts[0] ?? null;
  // A pseudonym is stable per report (contract and period), unlinkable across reports without the secret.
  const secret = process.env.SIB_PSEUDONYM_SECRET ?? process.env.NEXTAUTH_SECRET ?? '';
  const report = contract
    ? await investorReport(db, { contractId: contract.id, from: days.from, to: days.to, today, key: `${contract.id}:${period}`, secret })
    : null;
  const years = contract
    ? Array.from(
        { length: Number(contract.endsOn.slice(0, 4)) - Number(contract.startsOn.slice(0, 4)) + 1 },
        (_, i) => Number(contract.startsOn.slice(0, 4)) + i,
      )
    : [];
  const periods = years.flatMap((y) => [String(y), ...[1, 2, 3, 4].map((q) => `${y}-Q${q}`)]);
  if (!periods.includes(period)) periods.unshift(period);
  const periodName = (p: string) => (p.length === 4 ? p : t('ledger.quarterName', { year: p.slice(0, 4), q: p.slice(6) }));

  return (
    <>
      <p className="no-print">
        <Link href={`/${lng}/sib`}>{t('ledger.title')}</Link>
      </p>
      <h1>{contract ? t('report.heading', { contract: contract.name, period: periodName(period) }) : t('report.title')}</h1>
      {!contract || !report ? (
        <p>{t('ledger.noContract')}</p>
      ) : (
        <>
          <p className="page-intro">{t('report.intro', { investor: contract.investor })}</p>
          <form method="get" action={`/${lng}/sib/report`} className="filter-bar no-print" aria-label={t('report.filters')}>
            <div className="field">
              <label htmlFor="report-contract">{t('ledger.contract')}</label>
              <select id="report-contract" name="contract" defaultValue={String(contract.id)}>
                {contracts.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="report-period">{t('report.period')}</label>
              <select id="report-period" name="period" defaultValue={period}>
                {periods.map((p) => (
                  <option key={p} value={p}>
                    {periodName(p)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              {t('ledger.show')}
            </button>
          </form>

          <section aria-labelledby="report-figures" className="dashboard-section">
            <h2 id="report-figures">{t('report.figures')}</h2>
            <dl className="details-list" data-testid="report-figures">
              <dt>{t('report.peopleEntered')}</dt>
              <dd>{t('report.peopleValue', { people: formatNumber(lng, report.peopleEntered), placements: formatNumber(lng, report.placementsEntered) })}</dd>
              <dt>{t('report.claimed')}</dt>
              <dd>{formatNumber(lng, report.claimed)}</dd>
              <dt>{t('report.verified')}</dt>
              <dd>{formatNumber(lng, report.verified)}</dd>
              <dt>{t('report.denied')}</dt>
              <dd>{formatNumber(lng, report.denied)}</dd>
              <dt>{t('report.lapsed')}</dt>
              <dd>{formatNumber(lng, report.lapsed)}</dd>
              <dt>{t('totals.due')}</dt>
              <dd>{formatEuroCents(lng, report.dueCents)}</dd>
              <dt>{t('totals.paid')}</dt>
              <dd>{formatEuroCents(lng, report.paidCents)}</dd>
              <dt>{t('report.remaining', { cap: formatEuroCents(lng, report.capCents) })}</dt>
              <dd>{formatEuroCents(lng, report.remainingCents)}</dd>
              {dropOutCodes.map((code) => (
                <Fragment key={code}>
                  <dt>{t(`report.dropOut.${code}`)}</dt>
                  <dd>{formatNumber(lng, report.dropOuts[code])}</dd>
                </Fragment>
              ))}
            </dl>
          </section>

          <section aria-labelledby="report-cohorts" className="dashboard-section">
            <h2 id="report-cohorts">{t('report.cohorts')}</h2>
            <div className="table-wrap" tabIndex={0}>
              <table data-testid="report-cohorts-table">
                <caption className="visually-hidden">{t('report.cohorts')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('report.cohort')}</th>
                    <th scope="col" className="numeric">
                      {t('report.people')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('contracts.placements')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('report.verified')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('totals.due')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('report.dropOuts')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.cohorts.length === 0 ? (
                    <tr>
                      <td colSpan={6}>{t('report.none')}</td>
                    </tr>
                  ) : (
                    report.cohorts.map((c) => (
                      <tr key={c.cohort}>
                        <th scope="row">{periodName(c.cohort)}</th>
                        <td className="numeric">{formatNumber(lng, c.people)}</td>
                        <td className="numeric">{formatNumber(lng, c.placements)}</td>
                        <td className="numeric">{formatNumber(lng, c.verified)}</td>
                        <td className="numeric">{formatEuroCents(lng, c.amountCents)}</td>
                        <td className="numeric">{formatNumber(lng, c.dropOuts)}</td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="report-people" className="dashboard-section">
            <h2 id="report-people">{t('report.peopleTitle')}</h2>
            <p className="field-hint">{t('report.pseudonymHint')}</p>
            <div className="table-wrap" tabIndex={0}>
              <table data-testid="report-people-table">
                <caption className="visually-hidden">{t('report.peopleTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('report.pseudonym')}</th>
                    <th scope="col">{t('report.cohort')}</th>
                    <th scope="col">{t('report.verifiedOutcomes')}</th>
                    <th scope="col" className="numeric">
                      {t('totals.due')}
                    </th>
                    <th scope="col">{t('report.dropOuts')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.people.length === 0 ? (
                    <tr>
                      <td colSpan={5}>{t('report.none')}</td>
                    </tr>
                  ) : (
                    report.people.map((p) => (
                      <tr key={p.pseudonym}>
                        <th scope="row">{p.pseudonym}</th>
                        <td>{periodName(p.cohort)}</td>
                        <td>{p.verified.length === 0 ? '—' : p.verified.map((m) => pl(`milestones.names.${m}`)).join(', ')}</td>
                        <td className="numeric">{formatEuroCents(lng, p.amountCents)}</td>
                        <td>{p.dropOut ? t(`report.dropOut.${p.dropOut}`) : '—'}</td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
