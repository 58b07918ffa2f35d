import { and, desc, eq, ilike, inArray, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { employers, places, vacancies } from '@/db/schema';
import type { CefrLevel, Sector } from '@/db/schema/enums';
import type { EffectiveVacancyStatus } from '@/lib/vacancies/status';
import type { VacancyIntent, VacancyRecord } from '@/lib/validation/vacancies';
import type { AuditContext } from './audit';
import {
  containsPattern,
  createVacancy,
  distanceKmSql,
  effectiveStatusSql,
  originPlace,
  statusCondition,
  updateVacancy,
  type PublishCheck,
  type VacancyChangeOutcome,
} from './vacancies';

/**
 * Vacancies for the open API. The filters mean what they mean on the app's list (the same SQL
 * pieces from ./vacancies); the order is by id, newest first, so a cursor (the last id of a
 * page) gives stable pages while vacancies are added, which an offset does not. Writes go
 * through the app's own createVacancy and updateVacancy.
 *
 * Scope: an employer's key sees its own company's vacancies, drafts too; the municipality's
 * and the investor's keys see every employer's vacancies except drafts (a draft is a company's
 * unfinished work, not yet offered to anyone).
 */
export type ApiVacancyScope = { kind: 'published' } | { kind: 'employer'; employerId: number };

export interface ApiVacancyFilters {
  q?: string;
  sector?: Sector;
  placeId?: number;
  fromPlaceId?: number;
  km?: number;
  germanMax?: CefrLevel;
  hoursMin?: number;
  hoursMax?: number;
  status?: EffectiveVacancyStatus;
  employerId?: number;
}

function scopeCondition(scope: ApiVacancyScope): SQL {
  return scope.kind === 'employer' ? eq(vacancies.employerId, scope.employerId) : ne(vacancies.status, 'draft');
}

async function filterConditions(db: Database, filters: ApiVacancyFilters): Promise<(SQL | undefined)[]> {
  const conditions: (SQL | undefined)[] = [];
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    const employerMatches = db.select({ id: employers.id }).from(employers).where(ilike(employers.name, pattern));
    conditions.push(or(ilike(vacancies.title, pattern), inArray(vacancies.employerId, employerMatches)));
  }
  if (filters.sector) conditions.push(eq(vacancies.sector, filters.sector));
  if (filters.placeId) conditions.push(eq(vacancies.placeId, filters.placeId));
  if (filters.km != null) {
    const origin = await originPlace(db, filters.fromPlaceId);
    // An unknown `from` place matches nothing rather than every place.
    if (!origin) conditions.push(sql`false`);
    else {
      const near = db
        .select({ id: places.id })
        .from(places)
        .where(lte(distanceKmSql(places.lat, places.lon, origin.lat, origin.lon), filters.km));
      conditions.push(inArray(vacancies.placeId, near));
    }
  }
  if (filters.germanMax) conditions.push(or(isNull(vacancies.germanLevel), lte(vacancies.germanLevel, filters.germanMax)));
  if (filters.hoursMin != null) conditions.push(sql`coalesce(${vacancies.hoursMax}, ${vacancies.hoursMin}) >= ${filters.hoursMin}`);
  if (filters.hoursMax != null) conditions.push(sql`coalesce(${vacancies.hoursMin}, ${vacancies.hoursMax}) <= ${filters.hoursMax}`);
  if (filters.status) conditions.push(statusCondition(filters.status));
  if (filters.employerId) conditions.push(eq(vacancies.employerId, filters.employerId));
  return conditions;
}

const columns = {
  id: vacancies.id,
  employerId: vacancies.employerId,
  employerName: employers.name,
  title: vacancies.title,
  description: vacancies.description,
  textLanguage: vacancies.textLanguage,
  sector: vacancies.sector,
  occupationCode: vacancies.occupationCode,
  placeId: vacancies.placeId,
  placeName: places.name,
  placeCountry: places.country,
  placePostcode: places.postcode,
  hoursMin: vacancies.hoursMin,
  hoursMax: vacancies.hoursMax,
  contract: vacancies.contract,
  payMin: vacancies.payMin,
  payMax: vacancies.payMax,
  germanLevel: vacancies.germanLevel,
  qualificationRequired: vacancies.qualificationRequired,
  recognitionRequired: vacancies.recognitionRequired,
  drivingLicenceRequired: vacancies.drivingLicenceRequired,
  shifts: vacancies.shifts,
  startDate: vacancies.startDate,
  positions: vacancies.positions,
  positionsFilled: vacancies.positionsFilled,
  closingDate: vacancies.closingDate,
  status: vacancies.status,
  effectiveStatus: effectiveStatusSql,
  publishedAt: vacancies.publishedAt,
  updatedAt: vacancies.updatedAt,
  version: vacancies.version,
};

type Row = Awaited<ReturnType<typeof selectVacancies>>[number];
function selectVacancies(db: Database, where: SQL | undefined, limit: number) {
  return db
    .select(columns)
    .from(vacancies)
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(places, eq(places.id, vacancies.placeId))
    .where(where)
    .orderBy(desc(vacancies.id))
    .limit(limit);
}

/** A vacancy as the API shows it: ISO 8601 dates, the employer and place as objects. */
function apiVacancyOf(r: Row) {
  return {
    id: r.id,
    employer: { id: r.employerId, name: r.employerName },
    title: r.title,
    description: r.description,
    textLanguage: r.textLanguage,
    sector: r.sector,
    occupationCode: r.occupationCode,
    place: r.placeId !== null && r.placeName !== null ? { id: r.placeId, name: r.placeName, country: r.placeCountry ?? '', postcode: r.placePostcode } : null,
    hoursMin: r.hoursMin,
    hoursMax: r.hoursMax,
    contract: r.contract,
    payMin: r.payMin,
    payMax: r.payMax,
    germanLevel: r.germanLevel,
    qualificationRequired: r.qualificationRequired,
    recognitionRequired: r.recognitionRequired,
    drivingLicenceRequired: r.drivingLicenceRequired,
    shifts: [...r.shifts],
    startDate: r.startDate,
    positions: r.positions,
    positionsFilled: r.positionsFilled,
    closingDate: r.closingDate,
    status: r.status,
    effectiveStatus: r.effectiveStatus,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}
export type ApiVacancyJson = ReturnType<typeof apiVacancyOf>;

/** One page after the vacancy `afterId` (exclusive); `hasMore` tells whether a next page exists. */
export async function listApiVacancies(
  db: Database,
  scope: ApiVacancyScope,
  filters: ApiVacancyFilters,
  page: { limit: number; afterId?: number },
): Promise<{ rows: ApiVacancyJson[]; hasMore: boolean }> {
  const conditions = [scopeCondition(scope), ...(await filterConditions(db, filters))];
  if (page.afterId) conditions.push(lt(vacancies.id, page.afterId));
  // One row more than asked tells whether there is a next page without counting them all.
  const rows = await selectVacancies(db, and(...conditions), page.limit + 1);
  return { rows: rows.slice(0, page.limit).map(apiVacancyOf), hasMore: rows.length > page.limit };
}

export async function getApiVacancy(db: Database, scope: ApiVacancyScope, id: number): Promise<ApiVacancyJson | null> {
  const [row] = await selectVacancies(db, and(scopeCondition(scope), eq(vacancies.id, id)), 1);
  return row ? apiVacancyOf(row) : null;
}

export function createApiVacancy(
  db: Database,
  input: { employerId: number; record: VacancyRecord; publish: boolean; check: PublishCheck },
  audit: AuditContext,
): Promise<VacancyChangeOutcome> {
  // No user made it: created_by stays empty, the audit row names the key.
  return createVacancy(db, { employerId: input.employerId, createdBy: null, record: input.record, publish: input.publish, check: input.check }, audit);
}

export function updateApiVacancy(
  db: Database,
  input: { employerId: number; id: number; version: number; record: VacancyRecord; intent: VacancyIntent; check: PublishCheck },
  audit: AuditContext,
): Promise<VacancyChangeOutcome> {
  return updateVacancy(
    db,
    {
      scope: { kind: 'employer', employerId: input.employerId },
      id: input.id,
      version: input.version,
      record: input.record,
      intent: input.intent,
      check: input.check,
    },
    audit,
  );
}
