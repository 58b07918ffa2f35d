import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadYearSummary } from '@/lib/reports/year-summary';
import { parseYearParam } from '@/lib/validation/placements';
import { MonthTable, ProgressChart } from '../../targets/_components/progress-chart';
import { BreakdownTable, PipelineTable, ProgrammeTable, RetentionTable, StreamCards } from '../../targets/_components/summary-sections';
import { PrintButton } from '../_components/print-button';
import { todayInAppZone } from '@/lib/time/zoned';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lng } = await params;
  const year = parseYearParam((await searchParams).year, Number(todayInAppZone().slice(0, 4)));
  return { title: getT(isLng(lng) ? lng : 'nl', 'targets')('report.title', { year }) };
}

/** The year's summary for the council, laid out for paper (print CSS hides the app around it). */
export default async function PrintableSummaryPage({ params, searchParams }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/reports/summary', 'targets');
  const today = todayInAppZone();
  const year = parseYearParam((await searchParams).year, Number(today.slice(0, 4)));
  const summary = await loadYearSummary(db, year, today, { employerLimit: 25 });

  return (
    <article className="print-report">
      <p className="no-print">
        <Link href={`/${lng}/reports?year=${year}`}>{t('report.back')}</Link>
      </p>
      <header className="report-header">
        <h1>{t('report.title', { year })}</h1>
        <p>{t('report.subtitle', { date: formatDate(lng, today, 'long') })}</p>
        <PrintButton />
      </header>
      <section aria-labelledby="report-progress">
        <h2 id="report-progress">{t('dashboard.progress')}</h2>
        <StreamCards summary={summary} lng={lng} t={t} />
      </section>
      <section aria-labelledby="report-chart" className="avoid-break">
        <h2 id="report-chart">{t('chart.heading')}</h2>
        <ProgressChart summary={summary} lng={lng} t={t} />
        <MonthTable summary={summary} lng={lng} t={t} />
      </section>
      <section aria-labelledby="report-breakdown">
        <h2 id="report-breakdown">{t('breakdown.heading')}</h2>
        <div className="breakdown-grid">
          <BreakdownTable kind="sector" data={summary.bySector} lng={lng} t={t} />
          <BreakdownTable kind="district" data={summary.byDistrict} lng={lng} t={t} />
          <BreakdownTable kind="employer" data={summary.byEmployer} lng={lng} t={t} />
          <BreakdownTable kind="caseworker" data={summary.byCaseworker} lng={lng} t={t} />
          <BreakdownTable kind="event" data={summary.byEvent} lng={lng} t={t} />
          <BreakdownTable kind="cohort" data={summary.byCohort} lng={lng} t={t} />
        </div>
      </section>
      <section aria-labelledby="report-retention" className="avoid-break">
        <h2 id="report-retention">{t('retention.heading')}</h2>
        <p className="field-hint">{t('retention.intro')}</p>
        <RetentionTable summary={summary} lng={lng} t={t} />
      </section>
      <section aria-labelledby="report-pipeline" className="avoid-break">
        <h2 id="report-pipeline">{t('pipeline.heading')}</h2>
        <PipelineTable summary={summary} lng={lng} t={t} />
      </section>
      <section aria-labelledby="report-programmes" className="avoid-break">
        <h2 id="report-programmes">{t('programmes.heading')}</h2>
        <ProgrammeTable summary={summary} lng={lng} t={t} />
      </section>
      <footer className="report-footer">
        <p>{t('report.footer')}</p>
      </footer>
    </article>
  );
}
