import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { employers, jobSeekers, placements, users, vacancies, yearlyTargets } from '@/db/schema';
import type { FundingStream, JobSeekerStatus } from '@/db/schema/enums';
import type { EffectiveVacancyStatus } from '@/lib/vacancies/status';
import { effectiveStatusSql } from './vacancies';
import { DEFAULT_TARGETS } from '@/db/reference-data';

export interface StreamCount {
  funding: FundingStream;
  counted: number;
  target: number;
}

/** Placements counted in a year per funding stream (by start date), with the year's target. */
export async function yearCountsByStream(db: Database, year: number): Promise<StreamCount[]> {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const [counts, targets] = await Promise.all([
    db
      .select({ funding: placements.funding, counted: count() })
      .from(placements)
      .where(and(gte(placements.startDate, from), lt(placements.startDate, to)))
      .groupBy(placements.funding),
    db.select().from(yearlyTargets).where(eq(yearlyTargets.year, year)),
  ]);
  return (['regular', 'sib'] as const).map((funding) => ({
    funding,
    counted: Number(counts.find((c) => c.funding === funding)?.counted ?? 0),
    target: targets.find((t) => t.funding === funding)?.target ?? DEFAULT_TARGETS[funding],
  }));
}

export async function caseloadByStatus(db: Database, caseworkerId: number): Promise<{ status: JobSeekerStatus; n: number }[]> {
  const rows = await db
    .select({ status: jobSeekers.status, n: count() })
    .from(jobSeekers)
    .where(and(eq(jobSeekers.caseworkerId, caseworkerId), sql`${jobSeekers.erasedAt} is null`))
    .groupBy(jobSeekers.status);
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}

/** By effective status: an open vacancy past its closing date counts as expired, not open. */
export async function employerVacanciesByStatus(db: Database, employerId: number): Promise<{ status: EffectiveVacancyStatus; n: number }[]> {
  const rows = await db
    .select({ status: effectiveStatusSql, n: count() })
    .from(vacancies)
    .where(eq(vacancies.employerId, employerId))
    .groupBy(effectiveStatusSql);
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}

export async function accountsSummary(db: Database): Promise<{ active: number; inactive: number; employers: number }> {
  const [accountRows, [employerRow]] = await Promise.all([
    db.select({ active: users.active, n: count() }).from(users).groupBy(users.active),
    db.select({ n: count() }).from(employers),
  ]);
  return {
    active: Number(accountRows.find((r) => r.active)?.n ?? 0),
    inactive: Number(accountRows.find((r) => !r.active)?.n ?? 0),
    employers: Number(employerRow?.n ?? 0),
  };
}
