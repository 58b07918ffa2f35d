import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import { ButtonLink, DownloadLink } from '@/app/_components/ui/button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { placementYearRange, yearChoices } from '@/db/queries/target-dashboard';
import { formatDate } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadYearSummary } from '@/lib/reports/year-summary';
import { parseYearParam } from '@/lib/validation/placements';
import { MonthTable, ProgressChart } from './_components/progress-chart';
import { BreakdownTable, PipelineTable, ProgrammeTable, RetentionTable, StreamCards } from './_components/summary-sections';
import { YearChooser } from './_components/year-chooser';
import { todayInAppZone } from '@/lib/time/zoned';
import { mayUseAction } from '@/lib/security/access-matrix';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'targets')('dashboard.title') };
}

/**
 * The managers' dashboard. Caseworkers may read it too (the programme's progress is the
 * team's work, and the home page already shows them the year's count); only managers and
 * admins change targets. Employers never.
 */

export default async function TargetsDashboardPage({ params, searchParams }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/targets', 'targets');
  const today = todayInAppZone();
  const currentYear = Number(today.slice(0, 4));
  const year = parseYearParam((await searchParams).year, currentYear);
  const [summary, range] = await Promise.all([loadYearSummary(db, year, today, { employerLimit: 15 }), placementYearRange(db)]);
  const years = yearChoices(range, currentYear);
  if (!years.includes(year)) years.push(year);
  const mayManage = mayUseAction('target.set', user.role);

  return (
    <>
      <PageHeader
        lng={lng}
        title={t('dashboard.heading', { year })}
        intro={t('dashboard.intro', { date: formatDate(lng, today, 'long') })}
        actions={
          <>
            {mayManage ? (
              <ButtonLink appearance="secondary" href={`/${lng}/targets/settings`}>
                {t('dashboard.manage')}
              </ButtonLink>
            ) : null}
            <ButtonLink appearance="secondary" href={`/${lng}/reports/summary?year=${year}`}>
              {t('dashboard.print')}
            </ButtonLink>
            <DownloadLink href={`/api/reports/year-summary?year=${year}&lng=${lng}`}>{t('dashboard.summaryCsv')}</DownloadLink>
            <DownloadLink href={`/api/reports/year-summary/xlsx?year=${year}&lng=${lng}`}>{t('dashboard.summaryXlsx')}</DownloadLink>
          </>
        }
      />
      <YearChooser action={`/${lng}/targets`} year={year} years={years.sort((a, b) => b - a)} t={t} />

      <section aria-labelledby="progress-title" className="dashboard-section">
        <h2 id="progress-title">{t('dashboard.progress')}</h2>
        <StreamCards summary={summary} lng={lng} t={t} />
      </section>

      <section aria-labelledby="chart-section-title" className="dashboard-section">
        <h2 id="chart-section-title">{t('chart.heading')}</h2>
        <ProgressChart summary={summary} lng={lng} t={t} />
        <details>
          <summary>{t('chart.showTable')}</summary>
          <MonthTable summary={summary} lng={lng} t={t} />
        </details>
      </section>

      <section aria-labelledby="breakdown-title" className="dashboard-section">
        <h2 id="breakdown-title">{t('breakdown.heading')}</h2>
        <div className="breakdown-grid">
          <BreakdownTable kind="sector" data={summary.bySector} lng={lng} t={t} />
          <BreakdownTable kind="district" data={summary.byDistrict} lng={lng} t={t} />
          <BreakdownTable kind="employer" data={summary.byEmployer} lng={lng} t={t} />
          <BreakdownTable kind="caseworker" data={summary.byCaseworker} lng={lng} t={t} />
          <BreakdownTable kind="event" data={summary.byEvent} lng={lng} t={t} />
          <BreakdownTable kind="cohort" data={summary.byCohort} lng={lng} t={t} />
        </div>
      </section>

      <section aria-labelledby="retention-title" className="dashboard-section">
        <h2 id="retention-title">{t('retention.heading')}</h2>
        <p className="field-hint">{t('retention.intro')}</p>
        <RetentionTable summary={summary} lng={lng} t={t} />
      </section>

      <section aria-labelledby="pipeline-title" className="dashboard-section">
        <h2 id="pipeline-title">{t('pipeline.heading')}</h2>
        <PipelineTable summary={summary} lng={lng} t={t} />
      </section>

      <section aria-labelledby="programmes-title" className="dashboard-section">
        <h2 id="programmes-title">{t('programmes.heading')}</h2>
        <ProgrammeTable summary={summary} lng={lng} t={t} />
      </section>
    </>
  );
}
