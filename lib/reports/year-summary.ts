import 'server-only';
import type { Database } from '@/db/client';
import {
  cohortBreakdown,
  employerBreakdown,
  eventBreakdown,
  pipelineConversion,
  programmeTargetFigures,
  yearBreakdowns,
  yearFigures,
  type Breakdown,
  type PipelineFigures,
  type ProgrammeTargetFigures,
  type RetentionRow,
  type StreamFigures,
} from '@/db/queries/target-dashboard';
import { placementHistory } from '@/db/queries/target-history';
import { yearPeople } from '@/db/queries/target-people';
import { type Forecast, seasonalForecast, sumForecasts, withForecast } from '@/lib/targets/seasonal-forecast';
import { monthlySeries, multiYearProgress, yearProgress, type MonthPoint, type Progress } from '@/lib/targets/target-progress';
import type { Day } from '@/lib/time/days';

export type { Breakdown };

export interface YearSummary {
  year: number;
  today: Day;
  streams: (StreamFigures & { progress: Progress; forecast: Forecast; people: number })[];
  /** The streams added up; its forecast is the sum of theirs. */
  total: StreamFigures & { progress: Progress; forecast: Forecast; people: number };
  months: (MonthPoint & { regular: number; sib: number })[];
  bySector: Breakdown;
  byDistrict: Breakdown;
  byEmployer: Breakdown;
  byCaseworker: Breakdown;
  /** Placements traced back to a job fair or meeting, per event, and the rest. */
  byEvent: Breakdown;
  /** Placements after a training cohort the person took part in, per cohort, and the rest. */
  byCohort: Breakdown;
  retention: RetentionRow[];
  pipeline: PipelineFigures;
  programmes: (ProgrammeTargetFigures & { progress: Progress })[];
}

/**
 * Everything the dashboard, the printable summary and the summary CSV show for one year:
 * a handful of aggregate queries, then the pure arithmetic of lib/targets.
 */
export async function loadYearSummary(db: Database, year: number, today: Day, options: { employerLimit?: number } = {}): Promise<YearSummary> {
  // Three passes over the year's placements (per stream with retention; months, sectors,
  // districts and caseworkers in one GROUPING SETS query; the top employers), then the pipeline
  // and the programme targets. One after the other: PGlite has one connection anyway.
  const { streams, retention: retentionRows } = await yearFigures(db, year, today);
  const { months: monthRows, bySector, byDistrict, byCaseworker } = await yearBreakdowns(db, year);
  const byEmployer = await employerBreakdown(db, { year, limit: options.employerLimit });
  const byEvent = await eventBreakdown(db, year);
  const byCohort = await cohortBreakdown(db, year);
  const pipeline = await pipelineConversion(db, year);
  const programmes = await programmeTargetFigures(db, today);
  const history = await placementHistory(db, year);
  const people = await yearPeople(db, year);

  const progressOf = (s: StreamFigures) => yearProgress({ year, today, target: s.target, counted: s.counted, startedToDate: s.startedToDate });
  const withSeasons = streams.map((s) => {
    const straight = progressOf(s);
    const forecast = seasonalForecast({ year, today, ...s, linear: straight.forecast, history: history[s.funding] });
    return { ...s, progress: withForecast(straight, forecast), forecast, people: people[s.funding] };
  });
  const totalFigures: StreamFigures = {
    funding: 'regular',
    target: streams.reduce((n, s) => n + s.target, 0),
    counted: streams.reduce((n, s) => n + s.counted, 0),
    startedToDate: streams.reduce((n, s) => n + s.startedToDate, 0),
    ended: streams.reduce((n, s) => n + s.ended, 0),
  };
  const totalWithForecast = () => {
    const forecast = sumForecasts(
      withSeasons.map((s) => s.forecast),
      { year, today, target: totalFigures.target, counted: totalFigures.counted },
    );
    return { ...totalFigures, progress: withForecast(progressOf(totalFigures), forecast), forecast, people: people.total };
  };
  const perMonth = new Map(monthRows.map((m) => [m.month, m.regular + m.sib]));
  const series = monthlySeries(year, today, totalFigures.target, perMonth);
  return {
    year,
    today,
    streams: withSeasons,
    total: totalWithForecast(),
    months: series.map((p) => {
      const row = monthRows.find((m) => m.month === p.month);
      return { ...p, regular: row?.regular ?? 0, sib: row?.sib ?? 0 };
    }),
    bySector,
    byDistrict,
    byEmployer,
    byCaseworker,
    byEvent,
    byCohort,
    retention: retentionRows,
    pipeline,
    programmes: programmes.map((p) => ({
      ...p,
      progress: multiYearProgress({ fromYear: p.fromYear, toYear: p.toYear, today, target: p.target, counted: p.counted, startedToDate: p.startedToDate }),
    })),
  };
}
