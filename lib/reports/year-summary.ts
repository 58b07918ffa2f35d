import 'server-only';
import type { Database } from '@/db/client';
import {
  breakdown,
  monthlyFigures,
  pipelineConversion,
  programmeTargetFigures,
  retention,
  yearStreamFigures,
  type BreakdownRow,
  type PipelineFigures,
  type ProgrammeTargetFigures,
  type RetentionRow,
  type StreamFigures,
} from '@/db/queries/target-dashboard';
import { monthlySeries, multiYearProgress, yearProgress, type Day, type MonthPoint, type Progress } from '@/lib/targets/target-progress';

export interface Breakdown {
  rows: BreakdownRow[];
  others: { groups: number; regular: number; sib: number; total: number } | null;
}

export interface YearSummary {
  year: number;
  today: Day;
  streams: (StreamFigures & { progress: Progress })[];
  total: StreamFigures & { progress: Progress };
  months: (MonthPoint & { regular: number; sib: number })[];
  bySector: Breakdown;
  byDistrict: Breakdown;
  byEmployer: Breakdown;
  byCaseworker: Breakdown;
  retention: RetentionRow[];
  pipeline: PipelineFigures;
  programmes: (ProgrammeTargetFigures & { progress: Progress })[];
}

/**
 * Everything the dashboard, the printable summary and the summary CSV show for one year:
 * a handful of aggregate queries, then the pure arithmetic of lib/targets.
 */
export async function loadYearSummary(db: Database, year: number, today: Day, options: { employerLimit?: number } = {}): Promise<YearSummary> {
  // One query after the other: PGlite has one connection anyway, and on PostgreSQL these are
  // a few milliseconds each.
  const streams = await yearStreamFigures(db, year, today);
  const monthRows = await monthlyFigures(db, year);
  const bySector = await breakdown(db, { year, by: 'sector' });
  const byDistrict = await breakdown(db, { year, by: 'district' });
  const byEmployer = await breakdown(db, { year, by: 'employer', limit: options.employerLimit });
  const byCaseworker = await breakdown(db, { year, by: 'caseworker' });
  const retentionRows = await retention(db, year, today);
  const pipeline = await pipelineConversion(db, year);
  const programmes = await programmeTargetFigures(db, today);

  const withProgress = (s: StreamFigures) => ({ ...s, progress: yearProgress({ year, today, target: s.target, counted: s.counted, startedToDate: s.startedToDate }) });
  const totalFigures: StreamFigures = {
    funding: 'regular',
    target: streams.reduce((n, s) => n + s.target, 0),
    counted: streams.reduce((n, s) => n + s.counted, 0),
    startedToDate: streams.reduce((n, s) => n + s.startedToDate, 0),
    ended: streams.reduce((n, s) => n + s.ended, 0),
  };
  const perMonth = new Map(monthRows.map((m) => [m.month, m.regular + m.sib]));
  const series = monthlySeries(year, today, totalFigures.target, perMonth);
  return {
    year,
    today,
    streams: streams.map(withProgress),
    total: withProgress(totalFigures),
    months: series.map((p) => {
      const row = monthRows.find((m) => m.month === p.month);
      return { ...p, regular: row?.regular ?? 0, sib: row?.sib ?? 0 };
    }),
    bySector,
    byDistrict,
    byEmployer,
    byCaseworker,
    retention: retentionRows,
    pipeline,
    programmes: programmes.map((p) => ({
      ...p,
      progress: multiYearProgress({ fromYear: p.fromYear, toYear: p.toYear, today, target: p.target, counted: p.counted, startedToDate: p.startedToDate }),
    })),
  };
}
