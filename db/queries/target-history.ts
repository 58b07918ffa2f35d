import { and, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { placements } from '@/db/schema';
import { type FundingStream, fundingStreams } from '@/db/schema/enums';
import type { YearHistory } from '@/lib/targets/seasonal-forecast';

/** How many earlier years the seasonal forecast learns from. */
const HISTORY_YEARS = 5;

const int = (expression: ReturnType<typeof sql>) => sql<number>`cast(${expression} as integer)`.mapWith(Number);

/**
 * Placements per start month and stream in the years before `year` (at most HISTORY_YEARS):
 * one GROUP BY in the database, at most 5 x 12 x 2 rows back.
 */
export async function placementHistory(db: Database, year: number): Promise<Record<FundingStream, YearHistory[]>> {
  const startYear = int(sql`extract(year from ${placements.startDate})`);
  const startMonth = int(sql`extract(month from ${placements.startDate})`);
  const rows = await db
    .select({ year: startYear, month: startMonth, funding: placements.funding, count: int(sql`count(*)`) })
    .from(placements)
    .where(and(gte(placements.startDate, `${year - HISTORY_YEARS}-01-01`), lt(placements.startDate, `${year}-01-01`)))
    .groupBy(sql`1, 2, 3`);
  const out = Object.fromEntries(fundingStreams.map((f) => [f, [] as YearHistory[]])) as Record<FundingStream, YearHistory[]>;
  for (const funding of fundingStreams) {
    for (let y = year - HISTORY_YEARS; y < year; y++) {
      const perMonth = Array.from({ length: 12 }, (_, i) => rows.find((r) => r.funding === funding && r.year === y && r.month === i + 1)?.count ?? 0);
      if (perMonth.some((c) => c > 0)) out[funding].push({ year: y, perMonth });
    }
  }
  return out;
}
