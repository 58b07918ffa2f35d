import 'server-only';
import type { TFunction } from 'i18next';
import type { YearSummary, Breakdown } from './year-summary';

/** One cell of the summary table: text or a number (never a formula). */
export type SummaryCell = string | number | null;

/** The header of the summary table: section; item; regular; SIB; total. */
export function yearSummaryHeader(t: TFunction): string[] {
  return [t('csv.summary.section'), t('csv.summary.item'), t('domain:funding.regular'), t('domain:funding.sib'), t('breakdown.total')];
}

/**
 * The year summary as one table (without its header), for the CSV and the Excel export alike:
 * the same rows in the same order, so the two files never tell a different story.
 */
export function yearSummaryRows(s: YearSummary, t: TFunction): SummaryCell[][] {
  const { today } = s;
  const [regular, sib] = s.streams;
  const lines: SummaryCell[][] = [];
  const section = (name: string) => t(`csv.summary.sections.${name}`);
  const row = (sec: string, item: string, r: SummaryCell, si: SummaryCell, total: SummaryCell) => lines.push([section(sec), item, r, si, total]);
  const round1 = (v: number) => Math.round(v * 10) / 10;

  row('progress', t('csv.summary.target'), regular!.target, sib!.target, s.total.target);
  row('progress', t('csv.summary.counted'), regular!.counted, sib!.counted, s.total.counted);
  row('progress', t('csv.summary.people'), regular!.people, sib!.people, s.total.people);
  row(
    'progress',
    t('csv.summary.expectedToday', { date: today }),
    round1(regular!.progress.expectedToDate),
    round1(sib!.progress.expectedToDate),
    round1(s.total.progress.expectedToDate),
  );
  row('progress', t('csv.summary.forecast'), regular!.progress.forecast, sib!.progress.forecast, s.total.progress.forecast);
  row('progress', t('csv.summary.forecastLow'), regular!.forecast.low, sib!.forecast.low, s.total.forecast.low);
  row('progress', t('csv.summary.forecastHigh'), regular!.forecast.high, sib!.forecast.high, s.total.forecast.high);
  const needed = (v: number | null) => (v === null ? null : round1(v));
  row(
    'progress',
    t('csv.summary.neededPerMonth'),
    needed(regular!.forecast.neededPerMonth),
    needed(sib!.forecast.neededPerMonth),
    needed(s.total.forecast.neededPerMonth),
  );
  row(
    'progress',
    t('csv.summary.status'),
    t(`status.${regular!.progress.status}`),
    t(`status.${sib!.progress.status}`),
    t(`status.${s.total.progress.status}`),
  );
  row('progress', t('csv.summary.ended'), regular!.ended, sib!.ended, s.total.ended);
  for (const m of s.months) row('months', t(`months.${m.month}`), m.regular, m.sib, m.regular + m.sib);
  const breakdownRows = (name: string, data: Breakdown, label: (key: string | null, text: string | null) => string) => {
    for (const r of data.rows) row(name, label(r.key, r.label), r.regular, r.sib, r.total);
  };
  breakdownRows('sector', s.bySector, (key) => (key ? t(`domain:sector.${key}`) : t('breakdown.unknown')));
  breakdownRows('district', s.byDistrict, (key) => key ?? t('breakdown.noPlace'));
  breakdownRows('employer', s.byEmployer, (_key, label) => label ?? t('breakdown.unknown'));
  breakdownRows('caseworker', s.byCaseworker, (_key, label) => label ?? t('breakdown.noCaseworker'));
  breakdownRows('event', s.byEvent, (_key, label) => label ?? t('breakdown.notViaEvent'));
  breakdownRows('cohort', s.byCohort, (_key, label) => label ?? t('breakdown.notViaCohort'));
  for (const months of [3, 6, 12] as const) {
    const get = (f: string) => s.retention.find((r) => r.months === months && r.funding === f)!;
    row(
      'retention',
      t('csv.summary.eligible', { after: t(`retention.months.${months}`) }),
      get('regular').eligible,
      get('sib').eligible,
      get('total').eligible,
    );
    row('retention', t('csv.summary.lasted', { after: t(`retention.months.${months}`) }), get('regular').lasted, get('sib').lasted, get('total').lasted);
  }
  for (const step of ['proposed', 'interviewed', 'hired', 'rejected', 'withdrawn'] as const) {
    lines.push([section('pipeline'), t(`pipeline.${step}`), null, null, s.pipeline[step]]);
  }
  for (const p of s.programmes) {
    lines.push([section('programmes'), `${p.name} (${p.fromYear}–${p.toYear})`, null, null, `${p.counted} / ${p.target}`]);
  }

  return lines;
}
