import { and, asc, count, eq, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { baPostings, employers, places, proposals, users, vacancies, vacancyListings } from '@/db/schema';
import type { CefrLevel, Sector, VacancyStatus } from '@/db/schema/enums';
import type { VacancyIntent, VacancyRecord } from '@/lib/validation/vacancies';
import { nextStatus, opensVacancy, type EffectiveVacancyStatus, type VacancyAction } from '@/lib/vacancies/status';
import { todayInAppZone } from '@/lib/time/zoned';
import { recordAudit, type AuditContext, type AuditEvent } from './audit';

/**
 * Vacancies: lists, one vacancy, and every change. Plain functions (db, params) without a
 * session: the caller passes a scope, and an employer's scope is a where clause on every
 * query, so another company's vacancy is simply not found (never "forbidden": no leak).
 * The SQL pieces (effective status, distance) are exported for matching to build on.
 */
export type VacancyScope = { kind: 'staff' } | { kind: 'employer'; employerId: number };

function scopeCondition(scope: VacancyScope): SQL | undefined {
  return scope.kind === 'employer' ? eq(vacancies.employerId, scope.employerId) : undefined;
}

/**
 * The same scope on the listing view: an employer lists its own vacancies only, never a posting
 * (postings have no employer until a caseworker links one, and then they are a vacancy).
 */
function listingScopeCondition(scope: VacancyScope): SQL | undefined {
  return scope.kind === 'employer' ? and(eq(vacancyListings.kind, 'vacancy'), eq(vacancyListings.employerId, scope.employerId)) : undefined;
}

/** Today in Germany, as the database sees it; the same day as todayInAppZone() in the app. */
const todaySql = sql`((now() at time zone 'Europe/Berlin')::date)`;

/** Open and not past its closing date: what counts as open everywhere. */
type StatusColumns = {
  status: typeof vacancies.status | typeof vacancyListings.status;
  closingDate: typeof vacancies.closingDate | typeof vacancyListings.closingDate;
};

const effectivelyOpenOf = (t: StatusColumns) => sql`(${t.status} = 'open' and (${t.closingDate} is null or ${t.closingDate} >= ${todaySql}))`;
const effectiveStatusOf = (t: StatusColumns) =>
  sql<EffectiveVacancyStatus>`(case when ${t.status} = 'open' and ${t.closingDate} < ${todaySql} then 'expired' else ${t.status}::text end)`;

export const effectivelyOpenSql = effectivelyOpenOf(vacancies);

export const effectiveStatusSql = effectiveStatusOf(vacancies);

/** Straight-line distance in km between two points (haversine), in SQL. */
export function distanceKmSql(lat: SQL | number | typeof places.lat, lon: SQL | number | typeof places.lon, fromLat: number, fromLon: number): SQL<number> {
  return sql<number>`(12742 * asin(sqrt(power(sin(radians(${lat} - ${fromLat}) / 2), 2) + cos(radians(${fromLat})) * cos(radians(${lat})) * power(sin(radians(${lon} - ${fromLon}) / 2), 2))))`;
}

export function statusCondition(status: EffectiveVacancyStatus, t: StatusColumns = vacancies): SQL {
  if (status === 'open') return effectivelyOpenOf(t);
  if (status === 'expired') return sql`(${t.status} = 'open' and ${t.closingDate} < ${todaySql})`;
  return sql`${t.status} = ${status}`;
}

/** "%" and "_" typed by a user are letters, not wildcards. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface VacancyListFilters {
  q?: string;
  sector?: Sector;
  placeId?: number;
  /** Distance filter: vacancies whose place lies within `km` of this place. */
  fromPlaceId?: number;
  km?: number;
  /** German needed at most this level (no level asked counts as fitting). */
  germanMax?: CefrLevel;
  /** Hours a person can work: the vacancy's hours range must overlap it. */
  hoursMin?: number;
  hoursMax?: number;
  status?: EffectiveVacancyStatus;
  employerId?: number;
  sort?: 'newest' | 'closing' | 'distance';
  /** Own vacancies or linked BA postings; both when absent. */
  source?: 'own' | 'ba';
  page?: number;
}

interface VacancyListRow {
  /** 'vacancy': id is a vacancy; 'ba_posting': id is an imported posting whose employer is not linked yet (staff only). */
  kind: 'vacancy' | 'ba_posting';
  id: number;
  title: string;
  textLanguage: 'nl' | 'de';
  employerId: number | null;
  /** The employer, or for a posting the firma it names (none for a Chiffre ad). */
  employerName: string | null;
  /** A Chiffre ad: its employer is never known, so it can never be linked or proposed to. */
  anonymous: boolean;
  sector: Sector | null;
  occupationCode: string | null;
  placeName: string | null;
  hoursMin: number | null;
  hoursMax: number | null;
  germanLevel: CefrLevel | null;
  status: VacancyStatus;
  effectiveStatus: EffectiveVacancyStatus;
  closingDate: string | null;
  publishedAt: Date | null;
  positions: number;
  positionsFilled: number;
  proposalsTotal: number;
  proposalsActive: number;
  distanceKm: number | null;
  source: 'own' | 'ba';
  /** The posting on arbeitsagentur.de, for a BA vacancy or posting. */
  baUrl: string | null;
  /** The imported posting behind a BA row: where its employer is linked. */
  baPostingId: number | null;
}

export interface VacancyList {
  rows: VacancyListRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** Where distances are measured from. */
  origin: { id: number; name: string } | null;
}

const ENSCHEDE = 'Enschede';

export async function originPlace(db: Database, placeId: number | undefined) {
  const where = placeId ? eq(places.id, placeId) : and(eq(places.country, 'NL'), eq(places.name, ENSCHEDE));
  const [row] = await db.select({ id: places.id, name: places.name, lat: places.lat, lon: places.lon }).from(places).where(where).limit(1);
  return row ?? null;
}

/**
 * One page of the vacancy list, filtered, sorted and counted in the database. It reads the
 * vacancy_listings view: vacancies, and for staff also the imported postings whose employer is
 * not linked yet, so one query pages through both.
 */
export async function listVacancies(db: Database, scope: VacancyScope, filters: VacancyListFilters, pageSize = 25): Promise<VacancyList> {
  const l = vacancyListings;
  const origin = await originPlace(db, filters.fromPlaceId);
  const conditions: (SQL | undefined)[] = [listingScopeCondition(scope)];
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    const employerMatches = db.select({ id: employers.id }).from(employers).where(ilike(employers.name, pattern));
    conditions.push(or(ilike(l.title, pattern), inArray(l.employerId, employerMatches), ilike(l.firma, pattern)));
  }
  if (filters.sector) conditions.push(eq(l.sector, filters.sector));
  if (filters.placeId) conditions.push(eq(l.placeId, filters.placeId));
  if (filters.km != null && origin) {
    const near = db
      .select({ id: places.id })
      .from(places)
      .where(lte(distanceKmSql(places.lat, places.lon, origin.lat, origin.lon), filters.km));
    conditions.push(inArray(l.placeId, near));
  }
  if (filters.germanMax) conditions.push(or(isNull(l.germanLevel), lte(l.germanLevel, filters.germanMax)));
  if (filters.hoursMin != null) conditions.push(sql`coalesce(${l.hoursMax}, ${l.hoursMin}) >= ${filters.hoursMin}`);
  if (filters.hoursMax != null) conditions.push(sql`coalesce(${l.hoursMin}, ${l.hoursMax}) <= ${filters.hoursMax}`);
  if (filters.status) conditions.push(statusCondition(filters.status, l));
  if (filters.employerId) conditions.push(eq(l.employerId, filters.employerId));
  if (filters.source) conditions.push(eq(l.source, filters.source));
  const where = and(...conditions);

  const distance = origin ? distanceKmSql(places.lat, places.lon, origin.lat, origin.lon) : sql<number>`null::float8`;
  const order =
    filters.sort === 'closing'
      ? sql`${l.closingDate} asc nulls last, ${l.kind} desc, ${l.id} desc`
      : filters.sort === 'distance' && origin
        ? sql`${distance} asc nulls last, ${l.kind} desc, ${l.id} desc`
        : sql`${l.publishedAt} desc nulls last, ${l.kind} desc, ${l.id} desc`;

  // Step one finds the page's keys and the total in one scan (count(*) over ()); step two
  // reads the rows and computes the costly columns (candidate counts, distance) for those few.
  const byDistance = filters.sort === 'distance' && origin !== null;
  const pageQuery = (page: number) => {
    const idQuery = db
      .select({
        kind: sql<'vacancy' | 'ba_posting'>`${l.kind}`.as('page_kind'),
        id: sql<number>`${l.id}`.as('page_id'),
        position: sql<number>`row_number() over (order by ${order})`.as('position'),
        total: sql<number>`count(*) over ()`.as('total'),
      })
      .from(l)
      .$dynamic();
    // Only a sort by distance needs the place in this step; everything else is on the listing row.
    const pageIds = (byDistance ? idQuery.leftJoin(places, eq(places.id, l.placeId)) : idQuery)
      .where(where)
      .orderBy(order)
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .as('page_ids');
    const isVacancy = sql`${l.kind} = 'vacancy'`;
    return db
      .select({
        kind: l.kind,
        id: l.id,
        title: l.title,
        textLanguage: l.textLanguage,
        employerId: l.employerId,
        employerName: sql<string | null>`coalesce(${employers.name}, ${l.firma})`,
        anonymous: l.anonymous,
        sector: l.sector,
        occupationCode: l.occupationCode,
        placeName: places.name,
        hoursMin: l.hoursMin,
        hoursMax: l.hoursMax,
        germanLevel: l.germanLevel,
        status: l.status,
        effectiveStatus: effectiveStatusOf(l),
        closingDate: l.closingDate,
        publishedAt: l.publishedAt,
        positions: l.positions,
        positionsFilled: l.positionsFilled,
        proposalsTotal: sql<number>`(case when ${isVacancy} then (select count(*)::int from ${proposals} where ${proposals.vacancyId} = ${l.id}) else 0 end)`,
        proposalsActive: sql<number>`(case when ${isVacancy} then (select count(*)::int from ${proposals} where ${proposals.vacancyId} = ${l.id} and ${proposals.stage} not in ('rejected', 'withdrawn')) else 0 end)`,
        distanceKm: distance,
        source: l.source,
        baUrl: baPostings.url,
        baPostingId: baPostings.id,
        total: pageIds.total,
      })
      .from(pageIds)
      .innerJoin(l, and(eq(l.kind, pageIds.kind), eq(l.id, pageIds.id)))
      .leftJoin(employers, eq(employers.id, l.employerId))
      .leftJoin(places, eq(places.id, l.placeId))
      .leftJoin(baPostings, eq(baPostings.reference, l.baReference))
      .orderBy(asc(pageIds.position));
  };

  let page = Math.max(1, filters.page ?? 1);
  let rows = await pageQuery(page);
  let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  if (rows.length === 0 && page > 1) {
    // Past the last page (a stale link): count, then show the last page instead of nothing.
    const [counted] = await db.select({ n: count() }).from(l).where(where);
    total = Number(counted?.n ?? 0);
    page = Math.max(1, Math.ceil(total / pageSize));
    rows = total > 0 ? await pageQuery(page) : [];
  }
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  return {
    rows: rows.map(({ total: _total, ...r }) => ({
      ...r,
      kind: r.kind === 'ba_posting' ? ('ba_posting' as const) : ('vacancy' as const),
      source: r.source === 'ba' ? ('ba' as const) : ('own' as const),
      proposalsTotal: Number(r.proposalsTotal),
      proposalsActive: Number(r.proposalsActive),
      distanceKm: r.distanceKm == null ? null : Number(r.distanceKm),
    })),
    total,
    page,
    pageCount,
    pageSize,
    origin: origin ? { id: origin.id, name: origin.name } : null,
  };
}

export interface VacancyDetail extends VacancyRecord {
  id: number;
  employerId: number;
  employerName: string;
  employerWebsite: string | null;
  placeName: string | null;
  placeCountry: string | null;
  placeState: string | null;
  placePostcode: string | null;
  distanceFromEnschedeKm: number | null;
  status: VacancyStatus;
  effectiveStatus: EffectiveVacancyStatus;
  positionsFilled: number;
  publishedAt: Date | null;
  createdByName: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  proposalsTotal: number;
  proposalsActive: number;
  source: string;
  baReference: string | null;
  baUrl: string | null;
  baPostingId: number | null;
}

/** One vacancy with what a caseworker needs to judge a match; null when absent or outside the scope. */
export async function getVacancy(db: Database, scope: VacancyScope, id: number): Promise<VacancyDetail | null> {
  const enschede = await originPlace(db, undefined);
  const [row] = await db
    .select({
      id: vacancies.id,
      employerId: vacancies.employerId,
      employerName: employers.name,
      employerWebsite: employers.website,
      title: vacancies.title,
      description: vacancies.description,
      textLanguage: vacancies.textLanguage,
      sector: vacancies.sector,
      occupationCode: vacancies.occupationCode,
      placeId: vacancies.placeId,
      placeName: places.name,
      placeCountry: places.country,
      placeState: places.state,
      placePostcode: places.postcode,
      distanceFromEnschedeKm: enschede ? distanceKmSql(places.lat, places.lon, enschede.lat, enschede.lon) : sql<number>`null::float8`,
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
      createdByName: users.name,
      createdAt: vacancies.createdAt,
      updatedAt: vacancies.updatedAt,
      version: vacancies.version,
      proposalsTotal: sql<number>`(select count(*)::int from ${proposals} where ${proposals.vacancyId} = ${vacancies.id})`,
      proposalsActive: sql<number>`(select count(*)::int from ${proposals} where ${proposals.vacancyId} = ${vacancies.id} and ${proposals.stage} not in ('rejected', 'withdrawn'))`,
      source: vacancies.source,
      baReference: vacancies.baReference,
      baUrl: baPostings.url,
      baPostingId: baPostings.id,
    })
    .from(vacancies)
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(places, eq(places.id, vacancies.placeId))
    .leftJoin(users, eq(users.id, vacancies.createdBy))
    .leftJoin(baPostings, eq(baPostings.reference, vacancies.baReference))
    .where(and(eq(vacancies.id, id), scopeCondition(scope)));
  if (!row) return null;
  return {
    ...row,
    sector: row.sector,
    contract: row.contract,
    germanLevel: row.germanLevel,
    shifts: row.shifts as VacancyRecord['shifts'],
    qualificationRequired: row.qualificationRequired as VacancyRecord['qualificationRequired'],
    occupationCode: row.occupationCode as VacancyRecord['occupationCode'],
    distanceFromEnschedeKm: row.distanceFromEnschedeKm == null ? null : Number(row.distanceFromEnschedeKm),
    proposalsTotal: Number(row.proposalsTotal),
    proposalsActive: Number(row.proposalsActive),
  };
}

// ---- Changes -------------------------------------------------------------------------------------

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export type VacancyChangeOutcome =
  | { ok: true; id: number; version: number; status: VacancyStatus }
  | { ok: false; code: 'notFound' | 'conflict' | 'notEditable' | 'transitionNotAllowed' }
  | { ok: false; code: 'incomplete'; fieldErrors: Record<string, string> };

async function lockVacancy(tx: Tx, scope: VacancyScope, id: number) {
  const [row] = await tx
    .select()
    .from(vacancies)
    .where(and(eq(vacancies.id, id), scopeCondition(scope)))
    .for('update');
  return row ?? null;
}

/**
 * Fields a publish would still refuse, judged on the stored row by the form's own rules. The
 * caller passes it in (lib/vacancies/publish-check.ts): the rules are the form schema's, and the
 * data layer does not reach up into validation; the check runs here, on the locked row, inside
 * the transaction, so a concurrent edit cannot slip an incomplete vacancy past it.
 */
export type PublishCheck = (row: typeof vacancies.$inferSelect, intent: 'publish' | 'save', today: string) => Record<string, string>;

async function transitionLocked(tx: Tx, row: typeof vacancies.$inferSelect, action: VacancyAction, check: PublishCheck): Promise<VacancyChangeOutcome> {
  const to = nextStatus(row.status, action);
  if (!to) return { ok: false, code: 'transitionNotAllowed' };
  if (opensVacancy(action)) {
    const missing = check(row, action === 'publish' ? 'publish' : 'save', todayInAppZone());
    if (Object.keys(missing).length > 0) return { ok: false, code: 'incomplete', fieldErrors: missing };
  }
  // The update names the status it moves from (and, when opening, repeats the closing-date rule
  // in SQL): a concurrent change makes it touch no row instead of making an illegal move.
  const [updated] = await tx
    .update(vacancies)
    .set({
      status: to,
      // A person's move: the import no longer reopens this vacancy when its posting comes back.
      closedByBaExpiryFrom: null,
      version: sql`${vacancies.version} + 1`,
      updatedAt: new Date(),
      ...(to === 'open' ? { publishedAt: sql`coalesce(${vacancies.publishedAt}, now())` } : {}),
    })
    .where(
      and(
        eq(vacancies.id, row.id),
        eq(vacancies.version, row.version),
        eq(vacancies.status, row.status),
        to === 'open' ? sql`(${vacancies.closingDate} is null or ${vacancies.closingDate} >= ${todaySql})` : undefined,
      ),
    )
    .returning({ id: vacancies.id, version: vacancies.version, status: vacancies.status });
  if (!updated) return to === 'open' ? { ok: false, code: 'incomplete', fieldErrors: { closingDate: 'closingDateInPast' } } : { ok: false, code: 'conflict' };
  return { ok: true, ...updated };
}

/** The audit row of a change to one vacancy, written in the change's transaction. */
function auditVacancy(tx: Tx, audit: AuditContext, id: number, action: string, details: AuditEvent['details']): Promise<void> {
  return recordAudit(tx, { ...audit, action: `vacancy.${action}`, objectType: 'vacancy', objectId: id, details });
}

/** Moves a vacancy along its life (publish, pause, reopen, fill, close). */
export function changeVacancyStatus(
  db: Database,
  input: { scope: VacancyScope; id: number; version: number; action: VacancyAction; check: PublishCheck },
  audit: AuditContext,
): Promise<VacancyChangeOutcome> {
  return db.transaction(async (tx) => {
    const row = await lockVacancy(tx, input.scope, input.id);
    if (!row) return { ok: false, code: 'notFound' };
    if (row.version !== input.version) return { ok: false, code: 'conflict' };
    const outcome = await transitionLocked(tx, row, input.action, input.check);
    if (outcome.ok) await auditVacancy(tx, audit, row.id, input.action, { status: outcome.status });
    return outcome;
  });
}

/** A new vacancy (a draft, published at once when `publish`). Both in one transaction. */
export function createVacancy(
  db: Database,
  input: { employerId: number; createdBy: number | null; record: VacancyRecord; publish: boolean; check: PublishCheck },
  audit: AuditContext,
): Promise<VacancyChangeOutcome> {
  return db
    .transaction(async (tx): Promise<VacancyChangeOutcome> => {
      const [row] = await tx
        .insert(vacancies)
        .values({ ...input.record, employerId: input.employerId, createdBy: input.createdBy, status: 'draft' })
        .returning();
      const outcome: VacancyChangeOutcome = input.publish
        ? await transitionLocked(tx, row!, 'publish', input.check)
        : { ok: true, id: row!.id, version: row!.version, status: row!.status };
      if (!outcome.ok) throw new RollbackWith(outcome);
      await auditVacancy(tx, audit, outcome.id, 'create', { employerId: input.employerId, status: outcome.status });
      return outcome;
    })
    .catch(rolledBack);
}

/**
 * Saves a vacancy's content. A draft may be saved as a draft or saved and published; an open or
 * paused one is saved as it is (and must stay complete). Filled and closed ones are history.
 */
export function updateVacancy(
  db: Database,
  input: { scope: VacancyScope; id: number; version: number; record: VacancyRecord; intent: VacancyIntent; check: PublishCheck },
  audit: AuditContext,
): Promise<VacancyChangeOutcome & { changed?: string[] }> {
  return db
    .transaction(async (tx): Promise<VacancyChangeOutcome & { changed?: string[] }> => {
      const row = await lockVacancy(tx, input.scope, input.id);
      if (!row) return { ok: false as const, code: 'notFound' as const };
      if (row.version !== input.version) return { ok: false as const, code: 'conflict' as const };
      const draftIntent = input.intent === 'draft' || input.intent === 'publish';
      if (draftIntent !== (row.status === 'draft') || row.status === 'filled' || row.status === 'closed') {
        return { ok: false as const, code: 'notEditable' as const };
      }
      // A published vacancy that expired keeps its closing date on a save; another past date is refused.
      const today = todayInAppZone();
      if (input.intent === 'save' && input.record.closingDate !== null && input.record.closingDate < today && input.record.closingDate !== row.closingDate) {
        return { ok: false as const, code: 'incomplete' as const, fieldErrors: { closingDate: 'closingDateInPast' } };
      }
      const changed = (Object.keys(input.record) as (keyof VacancyRecord)[]).filter((k) => JSON.stringify(input.record[k]) !== JSON.stringify(row[k]));
      const [updated] = await tx
        .update(vacancies)
        .set({ ...input.record, version: sql`${vacancies.version} + 1`, updatedAt: new Date() })
        .where(and(eq(vacancies.id, row.id), eq(vacancies.version, row.version)))
        .returning();
      if (!updated) return { ok: false as const, code: 'conflict' as const };
      const outcome: VacancyChangeOutcome =
        input.intent === 'publish'
          ? await transitionLocked(tx, updated, 'publish', input.check)
          : { ok: true, id: updated.id, version: updated.version, status: updated.status };
      if (!outcome.ok) throw new RollbackWith(outcome);
      await auditVacancy(tx, audit, updated.id, input.intent === 'publish' ? 'update_publish' : 'update', { changed, status: outcome.status });
      return { ...outcome, changed };
    })
    .catch(rolledBack);
}

/** Copies a vacancy as a new draft of the same employer ("(Kopie)" added to the title). */
export async function duplicateVacancy(
  db: Database,
  input: { scope: VacancyScope; id: number; createdBy: number },
  audit: AuditContext,
): Promise<{ id: number } | null> {
  return db.transaction(async (tx) => {
    const [source] = await tx
      .select()
      .from(vacancies)
      .where(and(eq(vacancies.id, input.id), scopeCondition(input.scope)));
    if (!source) return null;
    const suffix = source.textLanguage === 'de' ? ' (Kopie)' : ' (kopie)';
    const {
      id: _id,
      status: _status,
      version: _version,
      publishedAt: _publishedAt,
      positionsFilled: _filled,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      createdBy: _createdBy,
      ...content
    } = source;
    const [copy] = await tx
      .insert(vacancies)
      .values({ ...content, title: `${source.title.slice(0, 200 - suffix.length)}${suffix}`, status: 'draft', createdBy: input.createdBy })
      .returning({ id: vacancies.id });
    await auditVacancy(tx, audit, copy!.id, 'duplicate', { from: input.id });
    return copy!;
  });
}

/** Thrown to undo a transaction (a refused publish after a save) while keeping the outcome to return. */
class RollbackWith extends Error {
  constructor(readonly outcome: VacancyChangeOutcome) {
    super('rollback');
  }
}
function rolledBack(error: unknown): VacancyChangeOutcome {
  if (error instanceof RollbackWith) return error.outcome;
  throw error;
}
