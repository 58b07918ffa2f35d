import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobSeekerLanguages, jobSeekers, places, users } from '@/db/schema';
import type { CefrLevel, JobSeekerStatus, Sector } from '@/db/schema/enums';
import type { ListSort } from '@/lib/validation/job-seekers';

export interface JobSeekerListFilters {
  /** Name words or the start of a client number. */
  q?: string;
  caseworkerId?: number;
  status?: JobSeekerStatus;
  /** German at least this CEFR level. */
  germanAtLeast?: CefrLevel;
  sector?: Sector;
  /** Home place; with `km`, any home place within that straight-line distance of it. */
  placeId?: number;
  km?: number;
  /** true: consent valid on `today`; false: not valid. */
  consent?: boolean;
  sib?: boolean;
  /** Available from this day or earlier. */
  availableBefore?: string;
  sort: ListSort;
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /** The calendar day consent is judged on (YYYY-MM-DD). */
  today: string;
}

export interface JobSeekerListRow {
  id: number;
  clientNumber: string | null;
  firstName: string | null;
  lastName: string | null;
  status: JobSeekerStatus;
  placeName: string | null;
  caseworkerId: number | null;
  caseworkerName: string | null;
  germanLevel: CefrLevel | null;
  availableFrom: string | null;
  sibCohort: boolean;
  registeredAt: Date;
  consentValid: boolean;
  distanceKm: number | null;
}

/** LIKE pattern for user text: % _ and \ match themselves. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Great-circle distance in km from a fixed point to a place row (same formula as distanceKm in lib/geo/distance.ts). */
function distanceFrom(origin: { lat: number; lon: number }, lat: SQL | typeof places.lat, lon: SQL | typeof places.lon): SQL<number> {
  return sql<number>`(2 * 6371 * asin(least(1, sqrt(power(sin(radians(${lat} - ${origin.lat}) / 2), 2) + cos(radians(${origin.lat})) * cos(radians(${lat})) * power(sin(radians(${lon} - ${origin.lon}) / 2), 2)))))`;
}

/** Consent counts today: given on or before today, not withdrawn, not run out. */
function consentValidSql(today: string): SQL<boolean> {
  return sql<boolean>`(${jobSeekers.consentGivenOn} is not null and ${jobSeekers.consentGivenOn} <= ${today}::date and ${jobSeekers.consentWithdrawnAt} is null and (${jobSeekers.consentUntil} is null or ${jobSeekers.consentUntil} >= ${today}::date))`;
}

const lastNameKey = sql`lower(${jobSeekers.lastName})`;
const firstNameKey = sql`lower(${jobSeekers.firstName})`;

/** Names sort case-insensitively ("de Vries" among the d's) on any database collation; id makes it total. */
function orderFor(sort: ListSort, dir: 'asc' | 'desc'): SQL[] {
  const by = dir === 'asc' ? asc : desc;
  switch (sort) {
    case 'clientNumber':
      return [by(jobSeekers.clientNumber), by(jobSeekers.id)];
    case 'status':
      return [by(jobSeekers.status), by(lastNameKey), by(firstNameKey), by(jobSeekers.id)];
    case 'place':
      return [by(places.name), by(lastNameKey), by(firstNameKey), by(jobSeekers.id)];
    case 'availableFrom':
      // People without a date are not available yet as far as we know: last either way.
      return [sql`${jobSeekers.availableFrom} ${sql.raw(dir)} nulls last`, by(jobSeekers.id)];
    case 'registered':
      return [by(jobSeekers.createdAt), by(jobSeekers.id)];
    default:
      return [by(lastNameKey), by(firstNameKey), by(jobSeekers.id)];
  }
}

/**
 * One page of the register, filtered, sorted and counted in the database. Erased people are
 * never listed. The page's ids are picked first on job_seekers alone (index order, no joins), then
 * the few rows are completed with place, caseworker and German level.
 */
export async function listJobSeekers(db: Database, f: JobSeekerListFilters): Promise<{ rows: JobSeekerListRow[]; total: number }> {
  const where: SQL[] = [isNull(jobSeekers.erasedAt)];
  let origin: { lat: number; lon: number } | null = null;

  if (f.q) {
    const words = f.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
    const nameMatch = words.map((w) => sql`lower(${jobSeekers.firstName} || ' ' || ${jobSeekers.lastName}) like ${`%${likeEscape(w)}%`}`);
    const clientPrefix = sql`${jobSeekers.clientNumber} like ${`${likeEscape(f.q.trim().toUpperCase())}%`}`;
    where.push(sql`(${clientPrefix} or (${and(...nameMatch)}))`);
  }
  if (f.caseworkerId !== undefined) where.push(eq(jobSeekers.caseworkerId, f.caseworkerId));
  if (f.status) where.push(eq(jobSeekers.status, f.status));
  if (f.germanAtLeast) {
    where.push(
      sql`exists (select 1 from ${jobSeekerLanguages} where ${jobSeekerLanguages.jobSeekerId} = ${jobSeekers.id} and ${jobSeekerLanguages.language} = 'de' and ${jobSeekerLanguages.level} >= ${f.germanAtLeast}::cefr_level)`,
    );
  }
  if (f.sector) where.push(sql`${jobSeekers.wantedSectors} @> array[${f.sector}::sector]`);
  if (f.placeId !== undefined) {
    if (f.km !== undefined) {
      const [o] = await db.select({ lat: places.lat, lon: places.lon }).from(places).where(eq(places.id, f.placeId));
      if (o) {
        origin = o;
        const near = db
          .select({ id: places.id })
          .from(places)
          .where(sql`${distanceFrom(o, places.lat, places.lon)} <= ${f.km}`);
        where.push(inArray(jobSeekers.placeId, near));
      } else {
        where.push(sql`false`);
      }
    } else {
      where.push(eq(jobSeekers.placeId, f.placeId));
    }
  }
  if (f.consent !== undefined) where.push(f.consent ? consentValidSql(f.today) : sql`not ${consentValidSql(f.today)}`);
  if (f.sib !== undefined) where.push(eq(jobSeekers.sibCohort, f.sib));
  if (f.availableBefore) where.push(sql`${jobSeekers.availableFrom} <= ${f.availableBefore}::date`);

  const condition = and(...where);
  const pageQuery = db.select({ id: jobSeekers.id }).from(jobSeekers);
  const [pageIds, [totalRow]] = await Promise.all([
    (f.sort === 'place' ? pageQuery.leftJoin(places, eq(places.id, jobSeekers.placeId)) : pageQuery)
      .where(condition)
      .orderBy(...orderFor(f.sort, f.dir))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(jobSeekers).where(condition),
  ]);
  const total = Number(totalRow?.n ?? 0);
  if (pageIds.length === 0) return { rows: [], total };

  const ids = pageIds.map((r) => r.id);
  const details = await db
    .select({
      id: jobSeekers.id,
      clientNumber: jobSeekers.clientNumber,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      status: jobSeekers.status,
      placeName: places.name,
      caseworkerId: jobSeekers.caseworkerId,
      caseworkerName: users.name,
      germanLevel: sql<CefrLevel | null>`(select ${jobSeekerLanguages.level} from ${jobSeekerLanguages} where ${jobSeekerLanguages.jobSeekerId} = ${jobSeekers.id} and ${jobSeekerLanguages.language} = 'de')`,
      availableFrom: jobSeekers.availableFrom,
      sibCohort: jobSeekers.sibCohort,
      registeredAt: jobSeekers.createdAt,
      consentValid: consentValidSql(f.today),
      distanceKm: origin ? distanceFrom(origin, places.lat, places.lon) : sql<null>`null`,
    })
    .from(jobSeekers)
    .leftJoin(places, eq(places.id, jobSeekers.placeId))
    .leftJoin(users, eq(users.id, jobSeekers.caseworkerId))
    .where(inArray(jobSeekers.id, ids));
  const byId = new Map(details.map((d) => [d.id, d]));
  const rows = ids.flatMap((id) => {
    const d = byId.get(id);
    return d ? [{ ...d, distanceKm: d.distanceKm === null ? null : Number(d.distanceKm), consentValid: Boolean(d.consentValid) }] : [];
  });
  return { rows, total };
}
