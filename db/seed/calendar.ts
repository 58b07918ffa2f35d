/**
 * The seed's calendar on top of the app's own days (lib/time/days.ts): working days and
 * moments on a day. UTC throughout, so that the seed does not depend on the machine's zone.
 */
import { addDays, type Day } from '@/lib/time/days';

function dayToDate(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
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
