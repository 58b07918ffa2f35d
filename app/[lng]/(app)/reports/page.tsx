import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { placementYearRange, yearChoices } from '@/db/queries/target-dashboard';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { parseYearParam } from '@/lib/validation/placements';
import { YearChooser } from '../targets/_components/year-chooser';
import { todayInAppZone } from '@/lib/time/zoned';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'targets')('reports.title') };
}

/** The reports of a year: files for Excel and the printable summary for the council. */
export default async function ReportsPage({ params, searchParams }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/reports', 'targets');
  const today = todayInAppZone();
  const currentYear = Number(today.slice(0, 4));
  const year = parseYearParam((await searchParams).year, currentYear);
  const years = yearChoices(await placementYearRange(db), currentYear);
  if (!years.includes(year)) years.push(year);
  const csv = (path: string, extra = '') => `/api/reports/${path}?year=${year}&lng=${lng}${extra}`;

  return (
    <>
      <h1>{t('reports.title')}</h1>
      <p className="page-intro">{t('reports.intro')}</p>
      <YearChooser action={`/${lng}/reports`} year={year} years={years.sort((a, b) => b - a)} t={t} />
      <div className="card-grid">
        <section className="card" aria-labelledby="report-summary-title">
          <h2 id="report-summary-title">{t('reports.summaryTitle', { year })}</h2>
          <p>{t('reports.summaryText')}</p>
          <ul className="plain-list link-list">
            <li>
              <Link href={`/${lng}/reports/summary?year=${year}`}>{t('reports.printable')}</Link>
            </li>
            <li>
              <a href={csv('year-summary')} download data-testid="download-summary">
                {t('reports.summaryCsv')}
              </a>
            </li>
            <li>
              <a href={csv('year-summary/xlsx')} download data-testid="download-summary-xlsx">
                {t('reports.summaryXlsx')}
              </a>
            </li>
          </ul>
        </section>
        <section className="card" aria-labelledby="report-placements-title">
          <h2 id="report-placements-title">{t('reports.placementsTitle', { year })}</h2>
          <p>{t('reports.placementsText')}</p>
          <ul className="plain-list link-list">
            <li>
              <a href={csv('placements')} download data-testid="download-placements">
                {t('reports.allPlacements')}
              </a>
            </li>
            <li>
              <a href={csv('placements/xlsx')} download data-testid="download-placements-xlsx">
                {t('reports.allPlacementsXlsx')}
              </a>
            </li>
            <li>
              <a href={csv('placements', '&funding=regular')} download>
                {t('reports.regularOnly')}
              </a>
            </li>
            <li>
              <a href={csv('placements', '&funding=sib')} download>
                {t('reports.sibOnly')}
              </a>
            </li>
          </ul>
          <p className="field-hint">
            {t('reports.moreFilters')} <Link href={`/${lng}/placements?year=${year}`}>{t('reports.toPlacements')}</Link>
          </p>
        </section>
      </div>
      <p className="field-hint">{t('reports.excelNote')}</p>
    </>
  );
}
