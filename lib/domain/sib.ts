/**
 * Where a SIB milestone stands on a day, as the ledger shows it. verified and claimed are
 * decisions of people; the rest follows from the dates (db/queries/sib-ledger.ts computes the
 * same in SQL): lapsed when the job ended before the milestone fell due, the hours are below
 * the contract's floor, or the claim window passed without a verified claim.
 */
export const ledgerStatuses = ['upcoming', 'due', 'claimed', 'verified', 'denied', 'lapsed'] as const;
export type LedgerStatus = (typeof ledgerStatuses)[number];

/** Quarter of a day: "2026-Q3". */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** First and last day of a quarter "2026-Q3", or null when it is not one. */
export function quarterDays(quarter: string): { from: string; to: string } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return null;
  const year = m[1]!;
  const q = Number(m[2]);
  const firstMonth = (q - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = [31, 30, 30, 31][q - 1]!;
  return { from: `${year}-${String(firstMonth).padStart(2, '0')}-01`, to: `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}` };
}

/** A drop-out coded by the mark the job did not reach (the end reason itself is free text). */
export const dropOutCodes = ['before_13_weeks', 'before_26_weeks', 'before_52_weeks', 'after_52_weeks'] as const;
export type DropOutCode = (typeof dropOutCodes)[number];

/** First and last day of a report period: a quarter "2026-Q2" or a year "2026". */
export function periodDays(period: string): { from: string; to: string } | null {
  if (/^\d{4}$/.test(period)) return { from: `${period}-01-01`, to: `${period}-12-31` };
  return quarterDays(period);
}

/** The quarters a contract runs through, "2026-Q1" onwards; `withYears` puts each year before its quarters. */
export function contractPeriods(contract: { startsOn: string; endsOn: string }, withYears = false): string[] {
  const first = Number(contract.startsOn.slice(0, 4));
  const last = Number(contract.endsOn.slice(0, 4));
  const periods: string[] = [];
  for (let year = first; year <= last; year++) {
    if (withYears) periods.push(String(year));
    for (const q of [1, 2, 3, 4]) periods.push(`${year}-Q${q}`);
  }
  return periods;
}
