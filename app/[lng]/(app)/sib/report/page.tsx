import type { Metadata } from 'next';
import { DownloadLink } from '@/app/_components/ui/button';
import { DataList } from '@/app/_components/ui/data-list';
import { DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { loadPage } from '@/lib/pages/load-page';
import { contractPeriods, dropOutCodes } from '@/lib/domain/sib';
import { placementEndReasons } from '@/db/schema/enums';
import { REPORT_PEOPLE_PAGE_SIZE, reportSelection } from '@/lib/reports/sib-selection';
import { Pagination } from '@/app/_components/ui/pagination';
import { formatEuroCents, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { todayInAppZone } from '@/lib/time/zoned';
import { SibFilters } from '../_components/sib-filters';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'sib')('report.title') };
}

/** The investor's report of a quarter or a year: pseudonymised, printable (the menu and the filters stay off paper). */
export default async function SibReportPage({ params, searchParams }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/sib/report', 'sib');
  const pl = getT(lng, 'placements');
  const sp = await searchParams;
  const today = todayInAppZone();
  const { contracts, contract, period, report, page } = await reportSelection(db, sp, today, true);
  const periods = contract ? contractPeriods(contract, true) : [];
  if (!periods.includes(period)) periods.unshift(period);
  // The fixed order of the codes (as in the end form), then the ends from before the codes; only those that occur.
  const reasons = report ? [...placementEndReasons, 'uncoded' as const].filter((r) => (report.dropOutReasons[r] ?? 0) > 0) : [];
  const reasonName = (r: string) => (r === 'uncoded' ? t('report.uncoded') : pl(`endReasons.${r}`));
  const periodName = (p: string) => (p.length === 4 ? p : t('ledger.quarterName', { year: p.slice(0, 4), q: p.slice(6) }));

  return (
    <>
      <PageHeader
        lng={lng}
        breadcrumbs={[{ href: `/${lng}/sib`, label: t('ledger.title') }]}
        title={contract ? t('report.heading', { contract: contract.name, period: periodName(period) }) : t('report.title')}
        intro={contract ? t('report.intro', { investor: contract.investor }) : undefined}
        actions={
          contract ? (
            <DownloadLink href={`/api/reports/sib-report?${new URLSearchParams({ contract: String(contract.id), period, lng }).toString()}`}>
              {t('xlsx.download')}
            </DownloadLink>
          ) : undefined
        }
      />
      {!contract || !report ? (
        <p>{t('ledger.noContract')}</p>
      ) : (
        <>
          <SibFilters
            lng={lng}
            action={`/${lng}/sib/report`}
            title={t('report.filters')}
            contracts={contracts}
            contractId={contract.id}
            period={period}
            periodParam="period"
            periodLabel={t('report.period')}
            periods={periods}
            periodName={periodName}
          />

          <section aria-labelledby="report-figures" className="dashboard-section">
            <h2 id="report-figures">{t('report.figures')}</h2>
            <DataList
              testId="report-figures"
              items={[
                {
                  key: 'entered',
                  label: t('report.peopleEntered'),
                  value: t('report.peopleValue', { people: formatNumber(lng, report.peopleEntered), placements: formatNumber(lng, report.placementsEntered) }),
                },
                { key: 'claimed', label: t('report.claimed'), value: formatNumber(lng, report.claimed) },
                { key: 'verified', label: t('report.verified'), value: formatNumber(lng, report.verified) },
                { key: 'denied', label: t('report.denied'), value: formatNumber(lng, report.denied) },
                { key: 'lapsed', label: t('report.lapsed'), value: formatNumber(lng, report.lapsed) },
                { key: 'due', label: t('totals.due'), value: formatEuroCents(lng, report.dueCents) },
                { key: 'paid', label: t('totals.paid'), value: formatEuroCents(lng, report.paidCents) },
                {
                  key: 'remaining',
                  label: t('report.remaining', { cap: formatEuroCents(lng, report.capCents) }),
                  value: formatEuroCents(lng, report.remainingCents),
                },
                ...dropOutCodes.map((code) => ({ key: code, label: t(`report.dropOut.${code}`), value: formatNumber(lng, report.dropOuts[code]) })),
              ]}
            />
          </section>

          <section aria-labelledby="report-reasons" className="dashboard-section">
            <h2 id="report-reasons">{t('report.reasonsTitle')}</h2>
            <p className="field-hint">{t('report.reasonsHint')}</p>
            <DataTable
              lng={lng}
              testId="report-reasons-table"
              caption={t('report.reasonsTitle')}
              captionHidden
              compact
              rows={reasons}
              rowKey={(r) => r}
              rowTestId={(r) => `reason-${r}`}
              empty={t('report.noDropOuts')}
              columns={[
                { key: 'reason', header: t('report.reason'), rowHeader: true, cell: (r) => reasonName(r) },
                { key: 'count', header: t('report.dropOuts'), numeric: true, cell: (r) => formatNumber(lng, report.dropOutReasons[r] ?? 0) },
              ]}
            />
          </section>

          <section aria-labelledby="report-cohorts" className="dashboard-section">
            <h2 id="report-cohorts">{t('report.cohorts')}</h2>
            <DataTable
              lng={lng}
              testId="report-cohorts-table"
              caption={t('report.cohorts')}
              captionHidden
              rows={report.cohorts}
              rowKey={(c) => c.cohort}
              empty={t('report.none')}
              columns={[
                { key: 'cohort', header: t('report.cohort'), rowHeader: true, cell: (c) => periodName(c.cohort) },
                { key: 'people', header: t('report.people'), numeric: true, cell: (c) => formatNumber(lng, c.people) },
                { key: 'placements', header: t('contracts.placements'), numeric: true, cell: (c) => formatNumber(lng, c.placements) },
                { key: 'verified', header: t('report.verified'), numeric: true, cell: (c) => formatNumber(lng, c.verified) },
                { key: 'due', header: t('totals.due'), numeric: true, cell: (c) => formatEuroCents(lng, c.amountCents) },
                { key: 'dropOuts', header: t('report.dropOuts'), numeric: true, cell: (c) => formatNumber(lng, c.dropOuts) },
              ]}
            />
          </section>

          <section aria-labelledby="report-people" className="dashboard-section">
            <h2 id="report-people">{t('report.peopleTitle')}</h2>
            <p className="field-hint">{t('report.pseudonymHint')}</p>
            {report.peopleTotal > REPORT_PEOPLE_PAGE_SIZE ? (
              <p className="field-hint" data-testid="report-people-range">
                {t('report.peopleRange', {
                  from: formatNumber(lng, (page - 1) * REPORT_PEOPLE_PAGE_SIZE + 1),
                  to: formatNumber(lng, Math.min(page * REPORT_PEOPLE_PAGE_SIZE, report.peopleTotal)),
                  total: formatNumber(lng, report.peopleTotal),
                })}
              </p>
            ) : null}
            <DataTable
              lng={lng}
              testId="report-people-table"
              caption={t('report.peopleTitle')}
              captionHidden
              rows={report.people}
              rowKey={(person) => person.pseudonym}
              empty={t('report.none')}
              columns={[
                { key: 'pseudonym', header: t('report.pseudonym'), rowHeader: true, cell: (person) => person.pseudonym },
                { key: 'cohort', header: t('report.cohort'), cell: (person) => periodName(person.cohort) },
                {
                  key: 'verified',
                  header: t('report.verifiedOutcomes'),
                  cell: (person) => (person.verified.length === 0 ? '—' : person.verified.map((m) => pl(`milestones.names.${m}`)).join(', ')),
                },
                { key: 'due', header: t('totals.due'), numeric: true, cell: (person) => formatEuroCents(lng, person.amountCents) },
                {
                  key: 'dropOut',
                  header: t('report.dropOuts'),
                  cell: (person) =>
                    person.dropOut ? (
                      <>
                        {t(`report.dropOut.${person.dropOut}`)}
                        {person.dropOutReason ? <div className="field-hint">{reasonName(person.dropOutReason)}</div> : null}
                      </>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
            <Pagination
              lng={lng}
              page={page}
              pageCount={Math.max(1, Math.ceil(report.peopleTotal / REPORT_PEOPLE_PAGE_SIZE))}
              href={(n) => `/${lng}/sib/report?${new URLSearchParams({ contract: String(contract.id), period, page: String(n) }).toString()}`}
            />
          </section>
        </>
      )}
    </>
  );
}
