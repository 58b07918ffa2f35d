import { and, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { placements } from '@/db/schema';

export interface YearPeople {
  regular: number;
  sib: number;
  /** People with a placement in either stream, each once (not regular + sib). */
  total: number;
}

const distinctPeople = (where?: ReturnType<typeof sql>) =>
  sql<number>`cast(count(distinct ${placements.jobSeekerId}) ${where ? sql`filter (where ${where})` : sql``} as integer)`.mapWith(Number);

/**
 * How many people the year's placements are: one person placed twice (a job ended, a new one
 * found) is two placements but one person. The SIB investor counts people ("31 of 30 SIB
 * placements" were 26 people in 2024). Erased people keep their row id, so they still count.
 */
export async function yearPeople(db: Database, year: number): Promise<YearPeople> {
  const [row] = await db
    .select({
      regular: distinctPeople(sql`${placements.funding} = 'regular'`),
      sib: distinctPeople(sql`${placements.funding} = 'sib'`),
      total: distinctPeople(),
    })
    .from(placements)
    .where(and(gte(placements.startDate, `${year}-01-01`), lt(placements.startDate, `${year + 1}-01-01`)));
  return row ?? { regular: 0, sib: 0, total: 0 };
}
