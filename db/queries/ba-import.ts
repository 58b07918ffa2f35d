import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { recordAudit, type AuditContext } from './audit';
import { closeExpiredBaVacancies, refreshBaVacancies, reopenReturnedBaVacancies } from './ba-postings';
import type { Database } from '@/db/client';
import { baImportRuns, baImportSlices, baPostings, employers, places, type BaImportRun, type BaImportSlice } from '@/db/schema';
import type { BaPostingRecord } from '@/lib/domain/ba/posting-record';

/** The slices a run fetches, in a stable order. */
export function listBaSlices(db: Database, onlyActive = false): Promise<BaImportSlice[]> {
  const query = db.select().from(baImportSlices);
  return (onlyActive ? query.where(eq(baImportSlices.active, true)) : query).orderBy(
    asc(baImportSlices.keyword),
    asc(baImportSlices.place),
    asc(baImportSlices.id),
  );
}

export async function createBaRun(db: Database, input: { trigger: 'manual' | 'schedule'; startedBy: number | null }): Promise<number> {
  const [row] = await db.insert(baImportRuns).values(input).returning({ id: baImportRuns.id });
  if (!row) throw new Error('no run row');
  return row.id;
}

/** A run that is queued or running: a second one is not started beside it. */
export async function activeBaRun(db: Database): Promise<BaImportRun | null> {
  const [row] = await db
    .select()
    .from(baImportRuns)
    .where(inArray(baImportRuns.status, ['queued', 'running']))
    .orderBy(desc(baImportRuns.id))
    .limit(1);
  return row ?? null;
}

export function getBaRun(db: Database, id: number): Promise<BaImportRun | undefined> {
  return db.query.baImportRuns.findFirst({ where: eq(baImportRuns.id, id) });
}

export function listBaRuns(db: Database, limit = 20): Promise<BaImportRun[]> {
  return db.select().from(baImportRuns).orderBy(desc(baImportRuns.id)).limit(limit);
}

export async function markBaRunStarted(db: Database, id: number, slicesTotal: number): Promise<void> {
  await db.update(baImportRuns).set({ status: 'running', startedAt: new Date(), slicesTotal }).where(eq(baImportRuns.id, id));
}

export interface BaRunCounts {
  pagesFetched?: number;
  slicesDone?: number;
  created?: number;
  updated?: number;
  unchanged?: number;
  expired?: number;
  failed?: number;
  truncatedSlices?: number;
}

/** Adds to the run's counts: one small update per page, which the admin page polls. */
export async function addToBaRun(db: Database, id: number, counts: BaRunCounts): Promise<void> {
  const t = baImportRuns;
  await db
    .update(t)
    .set({
      pagesFetched: sql`${t.pagesFetched} + ${counts.pagesFetched ?? 0}`,
      slicesDone: sql`${t.slicesDone} + ${counts.slicesDone ?? 0}`,
      created: sql`${t.created} + ${counts.created ?? 0}`,
      updated: sql`${t.updated} + ${counts.updated ?? 0}`,
      unchanged: sql`${t.unchanged} + ${counts.unchanged ?? 0}`,
      expired: sql`${t.expired} + ${counts.expired ?? 0}`,
      failed: sql`${t.failed} + ${counts.failed ?? 0}`,
      truncatedSlices: sql`${t.truncatedSlices} + ${counts.truncatedSlices ?? 0}`,
    })
    .where(eq(t.id, id));
}

export async function finishBaRun(db: Database, id: number, outcome: { status: 'done' | 'failed'; error?: string | null }): Promise<void> {
  await db
    .update(baImportRuns)
    .set({ status: outcome.status, error: outcome.error?.slice(0, 2000) ?? null, finishedAt: new Date() })
    .where(eq(baImportRuns.id, id));
}

/** What a run looks up once instead of per posting: our places and employers. */
export interface BaLookups {
  places: Map<string, number>;
  employers: Map<string, Array<{ id: number; placeId: number | null }>>;
}

const placeKey = (country: string, name: string) => `${country}|${name.trim().toLowerCase()}`;
const employerKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

export async function loadBaLookups(db: Database): Promise<BaLookups> {
  const lookups: BaLookups = { places: new Map(), employers: new Map() };
  for (const p of await db.select({ id: places.id, country: places.country, name: places.name, postcode: places.postcode }).from(places)) {
    lookups.places.set(placeKey(p.country, p.name), p.id);
    // "Gronau (Westf.)" is "Gronau" to the API; "Lingen (Ems)" is "Lingen".
    const bare = p.name.replace(/\s*\(.*\)\s*$/, '');
    if (bare !== p.name && !lookups.places.has(placeKey(p.country, bare))) lookups.places.set(placeKey(p.country, bare), p.id);
  }
  for (const e of await db.select({ id: employers.id, name: employers.name, placeId: employers.placeId }).from(employers)) {
    const key = employerKey(e.name);
    lookups.employers.set(key, [...(lookups.employers.get(key) ?? []), { id: e.id, placeId: e.placeId }]);
  }
  return lookups;
}

/** Our place for a posting's place; one we lack is added with the API's coordinates and flagged for review. */
async function resolvePlace(db: Database, lookups: BaLookups, place: BaPostingRecord['place']): Promise<number | null> {
  if (!place) return null;
  const key = placeKey(place.country, place.name);
  const known = lookups.places.get(key);
  if (known !== undefined) return known;
  // Without coordinates a new place would break distances: the posting keeps its place name only.
  if (place.lat === null || place.lon === null) return null;
  await db
    .insert(places)
    .values({
      country: place.country,
      state: place.state.slice(0, 20),
      name: place.name.slice(0, 100),
      postcode: place.postcode ?? '',
      district: place.district || place.state,
      lat: place.lat,
      lon: place.lon,
      needsReview: true,
    })
    .onConflictDoNothing({ target: [places.country, places.name] });
  const [row] = await db
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.country, place.country), eq(places.name, place.name.slice(0, 100))));
  if (!row) return null;
  lookups.places.set(key, row.id);
  return row.id;
}

/** An existing employer of the same name in the same place; a name alone is not enough (chains share names). */
function matchEmployer(lookups: BaLookups, name: string | null, placeId: number | null): number | null {
  if (!name || placeId === null) return null;
  const found = (lookups.employers.get(employerKey(name)) ?? []).filter((e) => e.placeId === placeId);
  return found.length === 1 ? (found[0]?.id ?? null) : null;
}

export interface BaPageOutcome {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Stores one page of mapped postings in one transaction: new ones inserted, those whose
 * aenderungsdatum moved (or that come back after expiring) rewritten, the rest only marked as
 * seen by this run. A reference already seen by this run (a duplicate across pages or slices)
 * is counted once.
 */
export async function saveBaPostingsPage(db: Database, lookups: BaLookups, runId: number, records: readonly BaPostingRecord[]): Promise<BaPageOutcome> {
  const outcome: BaPageOutcome = { created: 0, updated: 0, unchanged: 0 };
  const byReference = new Map(records.map((r) => [r.reference, r]));
  if (byReference.size === 0) return outcome;
  await db.transaction(async (tx) => {
    const existing = await tx
      .select({
        id: baPostings.id,
        reference: baPostings.reference,
        changedAt: baPostings.changedAt,
        expiredAt: baPostings.expiredAt,
        lastSeenRunId: baPostings.lastSeenRunId,
        employerLinkedBy: baPostings.employerLinkedBy,
      })
      .from(baPostings)
      .where(inArray(baPostings.reference, [...byReference.keys()]));
    const known = new Map(existing.map((e) => [e.reference, e]));
    const now = new Date();
    const seenIds: number[] = [];
    const changedReferences: string[] = [];
    const returnedReferences: string[] = [];
    const inserts: (typeof baPostings.$inferInsert)[] = [];
    for (const record of byReference.values()) {
      const row = known.get(record.reference);
      if (row?.lastSeenRunId === runId) continue;
      const changedAt = record.changedAt ? new Date(record.changedAt) : null;
      if (row && row.expiredAt === null && (row.changedAt?.getTime() ?? null) === (changedAt?.getTime() ?? null)) {
        seenIds.push(row.id);
        outcome.unchanged++;
        continue;
      }
      const placeId = await resolvePlace(tx, lookups, record.place);
      const fields = {
        title: record.title,
        employerName: record.employerName,
        anonymous: record.anonymous,
        placeId,
        placeName: record.place?.name ?? null,
        postcode: record.place?.postcode ?? null,
        lat: record.place?.lat ?? null,
        lon: record.place?.lon ?? null,
        hoursMin: record.hoursMin,
        hoursMax: record.hoursMax,
        payMin: record.payMin,
        payMax: record.payMax,
        payUnit: record.payUnit,
        startDate: record.startDate,
        occupationName: record.occupationName,
        occupationCode: record.occupationCode,
        url: record.url,
        changedAt,
        lastSeenRunId: runId,
        lastSeenAt: now,
        expiredAt: null,
        updatedAt: now,
      };
      const matched = record.anonymous ? null : matchEmployer(lookups, record.employerName, placeId);
      if (!row) {
        inserts.push({ reference: record.reference, ...fields, employerId: matched, employerLinkedBy: matched === null ? null : 'import' });
        outcome.created++;
      } else {
        // A caseworker's link stands; the import's own match follows the posting's name and place.
        const relink =
          row.employerLinkedBy === 'caseworker' && !record.anonymous ? {} : { employerId: matched, employerLinkedBy: matched === null ? null : 'import' };
        await tx
          .update(baPostings)
          .set({ ...fields, ...relink })
          .where(eq(baPostings.id, row.id));
        changedReferences.push(record.reference);
        if (row.expiredAt !== null) returnedReferences.push(record.reference);
        outcome.updated++;
      }
    }
    if (inserts.length > 0) await tx.insert(baPostings).values(inserts);
    if (seenIds.length > 0) await tx.update(baPostings).set({ lastSeenRunId: runId, lastSeenAt: now }).where(inArray(baPostings.id, seenIds));
    // Linked postings are vacancies: a changed posting rewrites its vacancy's content too.
    await refreshBaVacancies(tx, changedReferences);
    // A posting back after it expired is current again, and so is the vacancy its expiry closed.
    await reopenReturnedBaVacancies(tx, returnedReferences);
  });
  return outcome;
}

/**
 * After a complete run: postings no slice returned are expired, and the postings of linked
 * employers that repeat one of the employer's own published vacancies (same title) are
 * flagged as duplicates, so each job is shown once. Returns how many expired.
 */
export async function closeBaRun(db: Database, runId: number, options: { expire: boolean }): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = !options.expire
      ? []
      : await tx
          .update(baPostings)
          .set({ expiredAt: new Date() })
          .where(and(isNull(baPostings.expiredAt), or(isNull(baPostings.lastSeenRunId), ne(baPostings.lastSeenRunId, runId))))
          .returning({ id: baPostings.id });
    // A linked posting that expired closes its vacancy (proposals on it stay as history).
    if (options.expire) await closeExpiredBaVacancies(tx);
    await tx.execute(sql`
      update ba_postings p set duplicate_of_vacancy_id = (
        select v.id from vacancies v
        where v.employer_id = p.employer_id and v.source = 'own' and v.status <> 'draft' and lower(btrim(v.title)) = lower(btrim(p.title))
        order by v.id limit 1)
      where (p.employer_id is not null and p.last_seen_run_id = ${runId}) or p.duplicate_of_vacancy_id is not null`);
    return expired.length;
  });
}

/** Whether a PostgreSQL error is a unique violation of the named constraint or index. */
function isUniqueViolation(error: unknown, name: string): boolean {
  const e = error as { code?: string; constraint_name?: string; constraint?: string; cause?: unknown; message?: string };
  if (e?.cause && isUniqueViolation(e.cause, name)) return true;
  return e?.code === '23505' && (e.constraint_name === name || e.constraint === name || (e.message ?? '').includes(name));
}

/**
 * Queues a run started by an admin: the row and its job in one transaction. A run that has
 * been "running" for more than 6 hours is taken as interrupted (the app stopped mid-run) and
 * closed first; a live one refuses the second (a unique index allows one active run).
 */
export async function queueManualBaRun(
  db: Database,
  audit: AuditContext,
  input: { sliceId?: number },
  enqueue: (tx: Database, job: { runId: number; sliceId?: number }) => Promise<unknown>,
): Promise<{ ok: true; runId: number } | { ok: false; code: 'runActive' | 'notFound' }> {
  try {
    return await db.transaction(async (tx) => {
      await tx
        .update(baImportRuns)
        .set({ status: 'failed', error: 'interrupted', finishedAt: new Date() })
        .where(
          or(
            and(eq(baImportRuns.status, 'running'), sql`${baImportRuns.startedAt} < now() - interval '6 hours'`),
            and(eq(baImportRuns.status, 'queued'), sql`${baImportRuns.queuedAt} < now() - interval '6 hours'`),
          ),
        );
      if (input.sliceId !== undefined) {
        const [slice] = await tx.select({ id: baImportSlices.id }).from(baImportSlices).where(eq(baImportSlices.id, input.sliceId));
        if (!slice) return { ok: false as const, code: 'notFound' as const };
      }
      const [row] = await tx.insert(baImportRuns).values({ trigger: 'manual', startedBy: audit.actor.id }).returning({ id: baImportRuns.id });
      if (!row) throw new Error('no run row');
      await enqueue(tx, { runId: row.id, ...(input.sliceId === undefined ? {} : { sliceId: input.sliceId }) });
      await recordAudit(tx, {
        ...audit,
        action: 'ba_import.start',
        objectType: 'ba_import_run',
        objectId: row.id,
        details: { sliceId: input.sliceId ?? null },
      });
      return { ok: true as const, runId: row.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'ba_import_runs_one_active_uq')) return { ok: false, code: 'runActive' };
    throw error;
  }
}

export async function addBaSlice(
  db: Database,
  audit: AuditContext,
  input: { keyword: string; place: string; radiusKm: number },
): Promise<{ ok: true; id: number } | { ok: false; code: 'sliceExists' }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(baImportSlices).values(input).onConflictDoNothing().returning({ id: baImportSlices.id });
    if (!row) return { ok: false as const, code: 'sliceExists' as const };
    await recordAudit(tx, { ...audit, action: 'ba_import.add_slice', objectType: 'ba_import_slice', objectId: row.id, details: input });
    return { ok: true as const, id: row.id };
  });
}

export async function setBaSliceActive(db: Database, audit: AuditContext, input: { id: number; active: boolean }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx.update(baImportSlices).set({ active: input.active }).where(eq(baImportSlices.id, input.id)).returning({ id: baImportSlices.id });
    if (changed.length === 0) return false;
    await recordAudit(tx, {
      ...audit,
      action: 'ba_import.set_slice_active',
      objectType: 'ba_import_slice',
      objectId: input.id,
      details: { active: input.active },
    });
    return true;
  });
}

/** Counts for the admin page: how many postings are current, linked, and places to check. */
export async function baImportSummary(db: Database): Promise<{ current: number; expired: number; linked: number; unlinked: number; placesToReview: number }> {
  const [row] = await db
    .select({
      current: sql<number>`count(*) filter (where ${baPostings.expiredAt} is null)::int`,
      expired: sql<number>`count(*) filter (where ${baPostings.expiredAt} is not null)::int`,
      linked: sql<number>`count(*) filter (where ${baPostings.expiredAt} is null and ${baPostings.employerId} is not null)::int`,
      unlinked: sql<number>`count(*) filter (where ${baPostings.expiredAt} is null and ${baPostings.employerId} is null and not ${baPostings.anonymous})::int`,
    })
    .from(baPostings);
  const placesToReview = await db.$count(places, eq(places.needsReview, true));
  return { current: row?.current ?? 0, expired: row?.expired ?? 0, linked: row?.linked ?? 0, unlinked: row?.unlinked ?? 0, placesToReview };
}
