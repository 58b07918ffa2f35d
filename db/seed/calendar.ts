/**
 * Calendar days as ISO strings ('2026-11-23'), the shape drizzle's date columns take, in
 * UTC so that the seed does not depend on the machine's time zone. ISO days compare
 * correctly as strings.
 */
export type Day = string;

const MS_PER_DAY = 86_400_000;

export function dayOf(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

function dayToDate(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: Day, days: number): Day {
  return dayOf(new Date(dayToDate(day).getTime() + days * MS_PER_DAY));
}

/** Like PostgreSQL's date + interval 'n months': 31 January + 1 month is 28 or 29 February. */
export function addMonths(day: Day, months: number): Day {
  const d = dayToDate(day);
  const monthIndex = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return dayOf(new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay))));
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / MS_PER_DAY);
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
  const weekday = dayToDate(day).getUTCDay();
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

/** A moment on a day, minutes after midnight UTC (office hours are roughly 07:00-16:00 UTC). */
export function momentOn(day: Day, minutesAfterMidnight: number): Date {
  return new Date(dayToDate(day).getTime() + minutesAfterMidnight * 60_000);
}
