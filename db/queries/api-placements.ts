import { and, asc, eq, gt, gte, lt, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { employers, placements } from '@/db/schema';
import type { FundingStream } from '@/db/schema/enums';

/**
 * Placements for the open API, without names: the caller turns the person's id into a
 * pseudonym. Ordered by id, a cursor per page (the last id).
 */
export async function listApiPlacements(
  db: Database,
  filters: { year?: number; funding?: FundingStream },
  page: { limit: number; afterId?: number },
): Promise<{
  rows: {
    id: number;
    jobSeekerId: number;
    employerId: number;
    employerName: string;
    vacancyId: number | null;
    startDate: string;
    funding: FundingStream;
    jobTitle: string;
    hoursPerWeek: number;
    contract: 'permanent' | 'fixed_term';
    endDate: string | null;
  }[];
  hasMore: boolean;
}> {
  const conditions: (SQL | undefined)[] = [];
  if (filters.year) conditions.push(gte(placements.startDate, `${filters.year}-01-01`), lt(placements.startDate, `${filters.year + 1}-01-01`));
  if (filters.funding) conditions.push(eq(placements.funding, filters.funding));
  if (page.afterId) conditions.push(gt(placements.id, page.afterId));
  const rows = await db
    .select({
      id: placements.id,
      jobSeekerId: placements.jobSeekerId,
      employerId: placements.employerId,
      employerName: employers.name,
      vacancyId: placements.vacancyId,
      startDate: placements.startDate,
      funding: placements.funding,
      jobTitle: placements.jobTitle,
      hoursPerWeek: placements.hoursPerWeek,
      contract: placements.contract,
      endDate: placements.endDate,
    })
    .from(placements)
    .innerJoin(employers, eq(employers.id, placements.employerId))
    .where(and(...conditions))
    .orderBy(asc(placements.id))
    .limit(page.limit + 1);
  return { rows: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}
