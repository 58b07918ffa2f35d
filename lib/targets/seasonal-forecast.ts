/**
 * A year-end forecast that knows the seasons. Placements do not come evenly: July, August and
 * December are low, so a straight line through the year promises too much in June and too
 * little in September (2024 swung between 92 and 75 for a final 78). Earlier years tell how
 * much of a year's placements had usually started by this day; the forecast scales what has
 * started so far by that share, and the spread between the years gives a low-high range.
 * Without usable history it falls back to the straight line, and says so.
 */
import type { Progress } from '@/lib/targets/target-progress';
import { type Day, daysBetween } from '@/lib/time/days';

/** Placements per start month of one earlier year of one stream: perMonth[0] is January. */
export interface YearHistory {
  year: number;
  perMonth: readonly number[];
}

export interface Forecast {
  /** 'seasonal': from earlier years' months; 'linear': the straight line (no usable history); 'final': the year is over. */
  method: 'seasonal' | 'linear' | 'final';
  /** Year-end count, never below what is already counted; null before the year starts. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** The earlier years the seasonal pattern came from. */
  years: number[];
  /** Placements still needed per month to reach the target, the running month counted as one; null once reached or over. */
  neededPerMonth: number | null;
}

/** A year with fewer placements than this says little about its seasons. */
export const MIN_HISTORY_PLACEMENTS = 10;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The share of a year's placements that had started by the same calendar day (month and day)
 * in that year: whole months before it, and the running month pro rata by its days.
 */
export function shareByDay(history: YearHistory, today: Day): number {
  const total = history.perMonth.reduce((n, c) => n + c, 0);
  if (total === 0) return 0;
  const month = Number(today.slice(5, 7));
  const day = Number(today.slice(8, 10));
  const monthStart = `${history.year}-${pad(month)}-01`;
  const nextMonth = month === 12 ? `${history.year + 1}-01-01` : `${history.year}-${pad(month + 1)}-01`;
  const daysInMonth = daysBetween(monthStart, nextMonth);
  let started = 0;
  for (let m = 1; m < month; m++) started += history.perMonth[m - 1] ?? 0;
  started += ((history.perMonth[month - 1] ?? 0) * Math.min(day, daysInMonth)) / daysInMonth;
  return started / total;
}

export interface ForecastInput {
  year: number;
  today: Day;
  target: number;
  counted: number;
  /** Of the counted, those started on or before today: the pace is measured on these. */
  startedToDate: number;
  /** The straight-line forecast (lib/targets/target-progress), used without history. */
  linear: number | null;
  history: readonly YearHistory[];
}

export function seasonalForecast(input: ForecastInput): Forecast {
  const { year, today, target, counted, startedToDate, linear } = input;
  const todayYear = Number(today.slice(0, 4));
  if (todayYear < year) return { method: 'linear', value: null, low: null, high: null, years: [], neededPerMonth: null };
  if (todayYear > year) return { method: 'final', value: counted, low: counted, high: counted, years: [], neededPerMonth: null };

  const monthsLeft = monthsLeftIn(today);
  const remaining = Math.max(0, target - counted);
  const neededPerMonth = remaining === 0 ? null : remaining / monthsLeft;
  const usable = input.history
    .filter((h) => h.year < year && h.perMonth.reduce((n, c) => n + c, 0) >= MIN_HISTORY_PLACEMENTS)
    .map((h) => ({ year: h.year, share: shareByDay(h, today) }))
    .filter((h) => h.share > 0);
  if (usable.length === 0) {
    return { method: 'linear', value: linear, low: linear, high: linear, years: [], neededPerMonth };
  }
  // Rounded down like the straight line, so the signal never flatters; never below the count.
  const atShare = (share: number) => Math.max(counted, Math.floor(startedToDate / share + 1e-9));
  const shares = usable.map((h) => h.share);
  const mean = shares.reduce((n, s) => n + s, 0) / shares.length;
  return {
    method: 'seasonal',
    value: atShare(mean),
    // A larger share by today means less of the year still to come: the low end.
    low: atShare(Math.max(...shares)),
    high: atShare(Math.min(...shares)),
    years: usable.map((h) => h.year).sort((a, b) => a - b),
    neededPerMonth,
  };
}

function monthsLeftIn(today: Day): number {
  return 12 - Number(today.slice(5, 7)) + 1;
}

/** The total's forecast is the sum of the streams' (one figure, not a third model beside them). */
export function sumForecasts(forecasts: readonly Forecast[], input: { year: number; today: Day; target: number; counted: number }): Forecast {
  const sum = (pick: (f: Forecast) => number | null) => (forecasts.some((f) => pick(f) === null) ? null : forecasts.reduce((n, f) => n + (pick(f) ?? 0), 0));
  const methods = new Set(forecasts.map((f) => f.method));
  const method: Forecast['method'] = methods.has('seasonal') ? 'seasonal' : methods.size === 1 && methods.has('final') ? 'final' : 'linear';
  const running = Number(input.today.slice(0, 4)) === input.year;
  const remaining = Math.max(0, input.target - input.counted);
  return {
    method,
    value: sum((f) => f.value),
    low: sum((f) => f.low),
    high: sum((f) => f.high),
    years: [...new Set(forecasts.flatMap((f) => f.years))].sort((a, b) => a - b),
    neededPerMonth: running && remaining > 0 ? remaining / monthsLeftIn(input.today) : null,
  };
}

/** A progress whose forecast (and so its on-track signal) is the seasonal one. */
export function withForecast(progress: Progress, forecast: Forecast): Progress {
  if (progress.phase !== 'running' || forecast.value === null) return progress;
  const status = progress.counted >= progress.target ? 'reached' : forecast.value >= progress.target ? 'onTrack' : 'behind';
  return { ...progress, forecast: forecast.value, status };
}
