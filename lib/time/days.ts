/**
 * Calendar days as ISO strings ('2026-03-01'): the shape <input type="date"> sends and drizzle's
 * date columns take. They compare correctly as strings and are counted in UTC, so that neither
 * the server's time zone nor summer time moves a day. "Today" is todayInAppZone (./zoned).
 */
export type Day = string;

const MS_PER_DAY = 86_400_000;

function toUtc(day: Day): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** A real calendar day in YYYY-MM-DD form: 2026-02-30 and 2026-02-29 are refused, 2028-02-29 passes. */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The UTC calendar day of an instant. */
export function dayOf(instant: Date): Day {
  return instant.toISOString().slice(0, 10);
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

export function addDays(day: Day, days: number): Day {
  return dayOf(new Date(toUtc(day) + days * MS_PER_DAY));
}

/** Like PostgreSQL's date + interval 'n months': 31 January + 1 month is 28 or 29 February. */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return dayOf(new Date(Date.UTC(year, month, Math.min(d, last))));
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}

// biome-ignore-start lint/complexity/useMathMinMax: days are ISO strings, Math.min would turn them into NaN
export function minDay(...days: Day[]): Day {
  return days.reduce((a, b) => (b < a ? b : a));
}

export function maxDay(...days: Day[]): Day {
  return days.reduce((a, b) => (b > a ? b : a));
}
// biome-ignore-end lint/complexity/useMathMinMax: -

function isWeekend(day: Day): boolean {
  const weekday = new Date(toUtc(day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The day itself when it is a working day, else the Monday after. */
export function nextWorkingDay(day: Day): Day {
  let d = day;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** The day itself when it is a working day, else the Friday before. */
export function previousWorkingDay(day: Day): Day {
  let d = day;
  while (isWeekend(d)) d = addDays(d, -1);
  return d;
}

/** A moment on a day, minutes after midnight UTC. */
export function momentOn(day: Day, minutesAfterMidnight: number): Date {
  return new Date(toUtc(day) + minutesAfterMidnight * 60_000);
}
