import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/client';
import { employers, jobSeekers, placementChecks, placements, places, users } from '@/db/schema';
import type { ContractType, FundingStream, PlacementEndReason, Sector } from '@/db/schema/enums';
import type { PlacementFilters } from '@/lib/validation/placements';
import { placementFilterWhere } from './placements';
import type { Day } from '@/lib/time/days';

export interface ExportRow {
  id: number;
  startDate: string;
  funding: FundingStream;
  /** The job centre's client number; null once the person is erased. Never the name: an export leaves the building. */
  clientNumber: string | null;
  jobTitle: string;
  hoursPerWeek: number;
  contract: ContractType;
  employerName: string;
  employerPlace: string | null;
  district: string | null;
  sector: Sector;
  vacancyId: number | null;
  caseworkerName: string | null;
  endDate: string | null;
  endReasonCode: PlacementEndReason | null;
  endReason: string | null;
  check1: string | null;
  check3: string | null;
  check6: string | null;
  check12: string | null;
}

const caseworkers = alias(users, 'caseworker');
// One index lookup per placement for all four checks: "1:still_working,3:pending,...".
const checkOutcomes = sql<
  string | null
>`(select string_agg(${placementChecks.months} || ':' || ${placementChecks.outcome}, ',') from ${placementChecks} where ${placementChecks.placementId} = ${placements.id})`;

function outcomesByMonths(value: string | null): Record<number, string> {
  const out: Record<number, string> = {};
  for (const part of value?.split(',') ?? []) {
    const [months, outcome] = part.split(':');
    if (months && outcome) out[Number(months)] = outcome;
  }
  return out;
}

const EXPORT_CHUNK = 2000;

/**
 * The placements matching the list's filters, in chunks of EXPORT_CHUNK by keyset (start
 * date, id): each chunk is one indexed query, memory stays flat whatever the size, and the
 * response can start streaming after the first chunk. Works alike on PGlite and PostgreSQL.
 */
export async function* exportPlacements(
  db: Database,
  filters: Omit<PlacementFilters, 'page'>,
  ctx: { userId: number; today: Day },
): AsyncGenerator<ExportRow[]> {
  const where = placementFilterWhere(filters, ctx);
  let after: { startDate: string; id: number } | null = null;
  for (;;) {
    const keyset: SQL | undefined = after ? sql`(${placements.startDate}, ${placements.id}) > (${after.startDate}::date, ${after.id})` : undefined;
    const raw = await db
      .select({
        id: placements.id,
        startDate: placements.startDate,
        funding: placements.funding,
        clientNumber: sql<string | null>`case when ${jobSeekers.erasedAt} is null then ${jobSeekers.clientNumber} end`,
        jobTitle: placements.jobTitle,
        hoursPerWeek: placements.hoursPerWeek,
        contract: placements.contract,
        employerName: employers.name,
        employerPlace: places.name,
        district: places.district,
        sector: employers.sector,
        vacancyId: placements.vacancyId,
        caseworkerName: caseworkers.name,
        endDate: placements.endDate,
        endReasonCode: placements.endReasonCode,
        endReason: placements.endReason,
        checks: checkOutcomes,
      })
      .from(placements)
      .innerJoin(jobSeekers, eq(jobSeekers.id, placements.jobSeekerId))
      .innerJoin(employers, eq(employers.id, placements.employerId))
      .leftJoin(places, eq(places.id, employers.placeId))
      .leftJoin(caseworkers, eq(caseworkers.id, placements.caseworkerId))
      .where(and(where, keyset))
      .orderBy(asc(placements.startDate), asc(placements.id))
      .limit(EXPORT_CHUNK);
    const rows: ExportRow[] = raw.map(({ checks, ...row }) => {
      const outcome = outcomesByMonths(checks);
      return { ...row, check1: outcome[1] ?? null, check3: outcome[3] ?? null, check6: outcome[6] ?? null, check12: outcome[12] ?? null };
    });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < EXPORT_CHUNK) return;
    const last = rows[rows.length - 1]!;
    after = { startDate: last.startDate, id: last.id };
  }
}
