/**
 * The arithmetic of progress against a target, pure and unit-tested: how far a period (a
 * calendar year, or a programme of several years) has gone by `today`, where the count
 * should stand by now (pro rata), and a forecast at the current pace.
 *
 * Days are ISO calendar days (lib/time/days.ts). "Today" counts as a day gone: on 1 January
 * one day of the year has passed.
 */
import { addDays, addMonths, type Day, daysBetween } from '@/lib/time/days';

/**
 * The latest start day whose `months`-month mark falls on or before `today`: a placement that
 * started on or before it is old enough to say whether it lasted `months` months. Several
 * days can share a mark (29, 30 and 31 January + 1 month are all 28 February), hence the walk.
 */
export function lastStartOldEnough(today: Day, months: number): Day {
  let day = addMonths(today, -months);
  while (addMonths(addDays(day, 1), months) <= today) day = addDays(day, 1);
  return day;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

function yearStart(year: number): Day {
  return `${String(year).padStart(4, '0')}-01-01`;
}

type Phase = 'future' | 'running' | 'over';

/**
 * notStarted: the period lies ahead. reached: the target is met while the period runs.
 * onTrack / behind: running, by the forecast. met / missed: the period is over.
 */
export type ProgressStatus = 'notStarted' | 'onTrack' | 'behind' | 'reached' | 'met' | 'missed';

export interface ProgressInput {
  /** First day of the period. */
  from: Day;
  /** First day after the period. */
  until: Day;
  today: Day;
  target: number;
  /** Every placement counted in the period, including ones logged ahead with a later start. */
  counted: number;
  /** Of those, the ones that started on or before today: the pace is measured on these. */
  startedToDate?: number;
}

export interface Progress {
  phase: Phase;
  target: number;
  counted: number;
  totalDays: number;
  /** Days of the period gone by today, today included; 0 before it, all of them after. */
  daysElapsed: number;
  /** daysElapsed / totalDays, 0..1. */
  elapsedFraction: number;
  /** counted / target (may exceed 1); 1 for a target of 0. */
  progressFraction: number;
  /** Where the count should stand by today if the target were spread evenly: target × elapsed. */
  expectedToDate: number;
  /** counted − expectedToDate, rounded to whole placements (negative: behind). */
  aheadOfProRata: number;
  /**
   * What the period will end at at the current pace, in whole placements (rounded down, so
   * that the signal never flatters): the final count once over, null while not started.
   * Never less than what is already counted.
   */
  forecast: number | null;
  /** Still needed to reach the target (0 when reached). */
  remaining: number;
  /** Early in the period (first 31 days) a forecast swings wildly: the page says so. */
  early: boolean;
  status: ProgressStatus;
}

export function periodProgress(input: ProgressInput): Progress {
  const { from, until, today, target, counted } = input;
  const startedToDate = Math.min(counted, input.startedToDate ?? counted);
  const totalDays = daysBetween(from, until);
  if (totalDays <= 0) throw new RangeError(`empty period ${from}..${until}`);
  if (target < 0 || counted < 0 || startedToDate < 0) throw new RangeError('negative target or count');

  const phase: Phase = today < from ? 'future' : today >= until ? 'over' : 'running';
  const daysElapsed = phase === 'future' ? 0 : phase === 'over' ? totalDays : daysBetween(from, today) + 1;
  const elapsedFraction = daysElapsed / totalDays;
  const expectedToDate = target * elapsedFraction;
  const progressFraction = target === 0 ? 1 : counted / target;

  let forecast: number | null;
  if (phase === 'future') forecast = null;
  else if (phase === 'over') forecast = counted;
  else forecast = Math.max(counted, Math.floor(startedToDate / elapsedFraction + 1e-9));

  let status: ProgressStatus;
  if (phase === 'future') status = 'notStarted';
  else if (phase === 'over') status = counted >= target ? 'met' : 'missed';
  else if (counted >= target) status = 'reached';
  else status = (forecast ?? 0) >= target ? 'onTrack' : 'behind';

  return {
    phase,
    target,
    counted,
    totalDays,
    daysElapsed,
    elapsedFraction,
    progressFraction,
    expectedToDate,
    aheadOfProRata: Math.round(counted - expectedToDate),
    forecast,
    remaining: Math.max(0, target - counted),
    early: phase === 'running' && daysElapsed <= 31,
    status,
  };
}

/** Progress of one calendar year. */
export function yearProgress(input: { year: number; today: Day; target: number; counted: number; startedToDate?: number }): Progress {
  return periodProgress({ ...input, from: yearStart(input.year), until: yearStart(input.year + 1) });
}

/** Progress of a target over whole years fromYear..toYear (the Twente-wide 200, say). */
export function multiYearProgress(input: { fromYear: number; toYear: number; today: Day; target: number; counted: number; startedToDate?: number }): Progress {
  return periodProgress({ ...input, from: yearStart(input.fromYear), until: yearStart(input.toYear + 1) });
}

export interface MonthPoint {
  /** 1..12 */
  month: number;
  /** Placements that started in this month. */
  inMonth: number;
  /** Running total through this month; null for months still ahead. */
  cumulative: number | null;
  /** Where the count should stand at the end of this month, pro rata. */
  targetLine: number;
  /**
   * The day the count stands for: the month's last day, or today while the month runs (a
   * running month is not finished: comparing it with its month-end line would call the team
   * behind for days still to come). Null for months still ahead.
   */
  asOf: Day | null;
  /** Where the count should stand on `asOf`, pro rata: today's pro rata for the running month. */
  expectedAsOf: number | null;
  /** asOf as a position on the year, 0..12 in months (the chart's x). */
  position: number | null;
}

/**
 * The chart's series: the cumulative count per month against the straight target line.
 * Months after today's month have no count yet (the line stops at today); a year ahead has none.
 */
export function monthlySeries(year: number, today: Day, target: number, perMonth: ReadonlyMap<number, number> | Record<number, number>): MonthPoint[] {
  const get = (m: number) => (perMonth instanceof Map ? perMonth.get(m) : (perMonth as Record<number, number>)[m]) ?? 0;
  const total = daysInYear(year);
  const points: MonthPoint[] = [];
  let running = 0;
  const from = yearStart(year);
  for (let month = 1; month <= 12; month++) {
    const monthStart = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    const nextMonth = month === 12 ? yearStart(year + 1) : `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`;
    running += get(month);
    const reached = today >= monthStart;
    const asOf = !reached ? null : today < nextMonth ? today : addDays(nextMonth, -1);
    // Days gone by asOf, asOf included: the same count periodProgress uses for the card.
    const daysToAsOf = asOf === null ? null : daysBetween(from, asOf) + 1;
    points.push({
      month,
      inMonth: get(month),
      cumulative: reached ? running : null,
      targetLine: (target * daysBetween(from, nextMonth)) / total,
      asOf,
      expectedAsOf: daysToAsOf === null ? null : (target * daysToAsOf) / total,
      position: daysToAsOf === null ? null : (12 * daysToAsOf) / total,
    });
  }
  return points;
}
