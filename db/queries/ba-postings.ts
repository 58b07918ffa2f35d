import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { baPostings, employers, occupations, places, proposals, vacancies } from '@/db/schema';
import type { Sector } from '@/db/schema/enums';
import { recordAudit, type AuditContext } from './audit';
import { containsPattern } from './vacancies';

/**
 * Imported Jobbörse postings as caseworkers see them: the list of postings to link, one posting,
 * and linking it to an employer. Linking makes the posting a vacancy of that employer (source
 * 'ba', its reference unique), so matching, proposals, the pipeline and placements treat it like
 * any other vacancy; the import keeps that vacancy up to date and closes it when the posting
 * expires. Postings are public job ads: no personal data, the changes are audited all the same.
 */

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

type BaLinkState = 'unlinked' | 'linked' | 'all';

export interface BaPostingListFilters {
  q?: string;
  link?: BaLinkState;
  /** Expired postings are left out unless asked for. */
  expired?: boolean;
  page?: number;
}

export interface BaPostingListRow {
  id: number;
  reference: string;
  title: string;
  employerName: string | null;
  anonymous: boolean;
  placeName: string | null;
  url: string;
  expiredAt: Date | null;
  employerId: number | null;
  linkedEmployerName: string | null;
  employerLinkedBy: string | null;
  vacancyId: number | null;
  duplicateOfVacancyId: number | null;
}

export async function listBaPostings(
  db: Database,
  filters: BaPostingListFilters,
  pageSize = 25,
): Promise<{ rows: BaPostingListRow[]; total: number; page: number; pageCount: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (!filters.expired) conditions.push(isNull(baPostings.expiredAt));
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    conditions.push(or(ilike(baPostings.title, pattern), ilike(baPostings.employerName, pattern), ilike(baPostings.placeName, pattern)));
  }
  // "Not linked" means: no vacancy yet (an import match waits for a caseworker to confirm it).
  const hasVacancy = sql`exists (select 1 from ${vacancies} where ${vacancies.baReference} = ${baPostings.reference})`;
  if (filters.link === 'unlinked') conditions.push(and(sql`not ${hasVacancy}`, isNull(baPostings.duplicateOfVacancyId)));
  if (filters.link === 'linked') conditions.push(or(hasVacancy, isNotNull(baPostings.duplicateOfVacancyId)));
  const where = and(...conditions);
  const [counted] = await db.select({ n: count() }).from(baPostings).where(where);
  const total = Number(counted?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount);
  const rows = await db
    .select({
      id: baPostings.id,
      reference: baPostings.reference,
      title: baPostings.title,
      employerName: baPostings.employerName,
      anonymous: baPostings.anonymous,
      placeName: sql<string | null>`coalesce(${places.name}, ${baPostings.placeName})`,
      url: baPostings.url,
      expiredAt: baPostings.expiredAt,
      employerId: baPostings.employerId,
      linkedEmployerName: employers.name,
      employerLinkedBy: baPostings.employerLinkedBy,
      vacancyId: vacancies.id,
      duplicateOfVacancyId: baPostings.duplicateOfVacancyId,
    })
    .from(baPostings)
    .leftJoin(places, eq(places.id, baPostings.placeId))
    .leftJoin(employers, eq(employers.id, baPostings.employerId))
    .leftJoin(vacancies, eq(vacancies.baReference, baPostings.reference))
    .where(where)
    .orderBy(desc(baPostings.lastSeenAt), desc(baPostings.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total, page, pageCount };
}

export interface BaPostingDetail extends BaPostingListRow {
  occupationName: string | null;
  occupationCode: string | null;
  /** The sector of the posting's occupation, where it maps: the default for a new employer. */
  sector: Sector | null;
  placeId: number | null;
  postcode: string | null;
  hoursMin: number | null;
  hoursMax: number | null;
  payMin: number | null;
  payMax: number | null;
  payUnit: string | null;
  startDate: string | null;
  proposalsOnVacancy: number;
  /** Employers whose name resembles the posting's firma, best first: the likely picks. */
  suggestions: { id: number; name: string; placeName: string | null }[];
}

export async function getBaPosting(db: Database, id: number): Promise<BaPostingDetail | null> {
  const [row] = await db
    .select({
      id: baPostings.id,
      reference: baPostings.reference,
      title: baPostings.title,
      employerName: baPostings.employerName,
      anonymous: baPostings.anonymous,
      placeName: sql<string | null>`coalesce(${places.name}, ${baPostings.placeName})`,
      url: baPostings.url,
      expiredAt: baPostings.expiredAt,
      employerId: baPostings.employerId,
      linkedEmployerName: employers.name,
      employerLinkedBy: baPostings.employerLinkedBy,
      vacancyId: vacancies.id,
      duplicateOfVacancyId: baPostings.duplicateOfVacancyId,
      occupationName: baPostings.occupationName,
      occupationCode: baPostings.occupationCode,
      sector: occupations.sector,
      placeId: baPostings.placeId,
      postcode: baPostings.postcode,
      hoursMin: baPostings.hoursMin,
      hoursMax: baPostings.hoursMax,
      payMin: baPostings.payMin,
      payMax: baPostings.payMax,
      payUnit: baPostings.payUnit,
      startDate: baPostings.startDate,
      proposalsOnVacancy: sql<number>`(select count(*)::int from ${proposals} where ${proposals.vacancyId} = ${vacancies.id})`,
    })
    .from(baPostings)
    .leftJoin(places, eq(places.id, baPostings.placeId))
    .leftJoin(employers, eq(employers.id, baPostings.employerId))
    .leftJoin(vacancies, eq(vacancies.baReference, baPostings.reference))
    .leftJoin(occupations, eq(occupations.code, baPostings.occupationCode))
    .where(eq(baPostings.id, id));
  if (!row) return null;
  const suggestions = row.employerName ? await similarEmployers(db, row.employerName) : [];
  return { ...row, proposalsOnVacancy: Number(row.proposalsOnVacancy), suggestions };
}

/** Employers sharing the firma's first word (legal forms left out), exact names first. */
async function similarEmployers(db: Database, firma: string) {
  const words = firma
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !['gmbh', 'und', 'der', 'die', 'das', 'für', 'mbh', 'e.v'].includes(w));
  if (words.length === 0) return [];
  return db
    .select({ id: employers.id, name: employers.name, placeName: places.name })
    .from(employers)
    .leftJoin(places, eq(places.id, employers.placeId))
    .where(or(...words.slice(0, 3).map((w) => ilike(employers.name, containsPattern(w)))))
    .orderBy(sql`lower(${employers.name}) = ${firma.toLowerCase()} desc`, asc(employers.name))
    .limit(8);
}

/** Pay in the vacancy's unit (gross per month): a monthly figure is taken as it is, others are left out. */
function vacancyFields(p: typeof baPostings.$inferSelect, sector: Sector | null) {
  const monthly = p.payUnit === 'month';
  const pay = (v: number | null) => (monthly && v !== null && v <= 100000 ? v : null);
  return {
    title: p.title.slice(0, 200),
    sector,
    occupationCode: p.occupationCode,
    placeId: p.placeId,
    hoursMin: p.hoursMin,
    hoursMax: p.hoursMax,
    payMin: pay(p.payMin),
    payMax: pay(p.payMin) === null ? null : pay(p.payMax),
    startDate: p.startDate && p.startDate >= '2000-01-01' && p.startDate <= '2100-12-31' ? p.startDate : null,
  };
}

async function sectorOf(tx: Tx, code: string | null): Promise<Sector | null> {
  if (!code) return null;
  const [row] = await tx.select({ sector: occupations.sector }).from(occupations).where(eq(occupations.code, code));
  return row?.sector ?? null;
}

export type BaLinkOutcome =
  | { ok: true; vacancyId: number; duplicate: boolean }
  | { ok: false; code: 'notFound' | 'anonymous' | 'expired' | 'employerNotFound' | 'hasProposals' };

/**
 * Links a posting to an employer, in one transaction under the posting's row lock: the posting
 * names the employer (linked by a caseworker, which the import keeps), and the posting becomes
 * an open vacancy of that employer, or the existing one moves to it. A posting that repeats one of
 * the employer's own vacancies is flagged as its duplicate instead (one job, shown once). A vacancy
 * that already has proposals stays with its employer: moving it would show them to another one.
 */
export async function linkBaPosting(db: Database, audit: AuditContext, input: { postingId: number; employerId: number }): Promise<BaLinkOutcome> {
  return db.transaction((tx) => linkInTransaction(tx, audit, input, 'ba_posting.link'));
}

async function linkInTransaction(
  tx: Tx,
  audit: AuditContext,
  input: { postingId: number; employerId: number },
  action: string,
  details: Record<string, unknown> = {},
): Promise<BaLinkOutcome> {
  const [posting] = await tx.select().from(baPostings).where(eq(baPostings.id, input.postingId)).for('update');
  if (!posting) return { ok: false, code: 'notFound' };
  if (posting.anonymous) return { ok: false, code: 'anonymous' };
  if (posting.expiredAt !== null) return { ok: false, code: 'expired' };
  const [employer] = await tx.select({ id: employers.id }).from(employers).where(eq(employers.id, input.employerId));
  if (!employer) return { ok: false, code: 'employerNotFound' };
  const [existing] = await tx.select().from(vacancies).where(eq(vacancies.baReference, posting.reference)).for('update');
  if (existing && existing.employerId !== input.employerId) {
    const [used] = await tx.select({ n: count() }).from(proposals).where(eq(proposals.vacancyId, existing.id));
    if (Number(used?.n ?? 0) > 0) return { ok: false, code: 'hasProposals' };
  }
  const [own] = existing
    ? []
    : await tx
        .select({ id: vacancies.id })
        .from(vacancies)
        .where(
          and(
            eq(vacancies.employerId, input.employerId),
            eq(vacancies.source, 'own'),
            ne(vacancies.status, 'draft'),
            sql`lower(btrim(${vacancies.title})) = lower(btrim(${posting.title}))`,
          ),
        )
        .orderBy(asc(vacancies.id))
        .limit(1);
  await tx
    .update(baPostings)
    .set({ employerId: input.employerId, employerLinkedBy: 'caseworker', duplicateOfVacancyId: own?.id ?? null, updatedAt: new Date() })
    .where(eq(baPostings.id, posting.id));
  let vacancyId: number;
  if (own) {
    vacancyId = own.id;
  } else if (existing) {
    await tx
      .update(vacancies)
      .set({ employerId: input.employerId, version: sql`${vacancies.version} + 1`, updatedAt: new Date() })
      .where(eq(vacancies.id, existing.id));
    vacancyId = existing.id;
  } else {
    const [created] = await tx
      .insert(vacancies)
      .values({
        ...vacancyFields(posting, await sectorOf(tx, posting.occupationCode)),
        employerId: input.employerId,
        textLanguage: 'de',
        source: 'ba',
        baReference: posting.reference,
        status: 'open',
        publishedAt: new Date(),
        createdBy: audit.actor.id,
      })
      .returning({ id: vacancies.id });
    vacancyId = created!.id;
  }
  await recordAudit(tx, {
    ...audit,
    action,
    objectType: 'ba_posting',
    objectId: posting.id,
    details: { ...details, employerId: input.employerId, previousEmployerId: posting.employerId, vacancyId, duplicate: own !== undefined },
  });
  return { ok: true, vacancyId, duplicate: own !== undefined };
}

/**
 * Creates the employer from the posting's firma and place (no accounts yet: a caseworker adds
 * contacts later) and links the posting to it, all in one transaction.
 */
export async function createEmployerFromBaPosting(
  db: Database,
  audit: AuditContext,
  input: { postingId: number; sector: Sector },
): Promise<BaLinkOutcome | { ok: false; code: 'noFirma' }> {
  return db.transaction(async (tx) => {
    const [posting] = await tx.select().from(baPostings).where(eq(baPostings.id, input.postingId)).for('update');
    if (!posting) return { ok: false as const, code: 'notFound' as const };
    if (posting.anonymous) return { ok: false as const, code: 'anonymous' as const };
    if (posting.expiredAt !== null) return { ok: false as const, code: 'expired' as const };
    const name = posting.employerName?.trim().slice(0, 200);
    if (!name) return { ok: false as const, code: 'noFirma' as const };
    const postcode = posting.postcode && /^([0-9]{5}|[1-9][0-9]{3} ?[A-Z]{2})$/.test(posting.postcode) ? posting.postcode : null;
    const [employer] = await tx.insert(employers).values({ name, postcode, placeId: posting.placeId, sector: input.sector }).returning({ id: employers.id });
    await recordAudit(tx, {
      ...audit,
      action: 'employer.create',
      objectType: 'employer',
      objectId: employer!.id,
      details: { fromBaPosting: posting.id },
    });
    const outcome = await linkInTransaction(tx, audit, { postingId: posting.id, employerId: employer!.id }, 'ba_posting.link', { createdEmployer: true });
    // Cannot fail after the checks above; a failure here would leave a lone employer, so undo.
    if (!outcome.ok) throw new Error(`link after create: ${outcome.code}`);
    return outcome;
  });
}

/**
 * Undoes a wrong link: the posting is unlinked and its vacancy removed, as long as nobody was
 * proposed for it (then the vacancy is history and stays). A later import may match the posting
 * by name and place again; that match waits for a caseworker like any other.
 */
export async function unlinkBaPosting(
  db: Database,
  audit: AuditContext,
  input: { postingId: number },
): Promise<{ ok: true } | { ok: false; code: 'notFound' | 'notLinked' | 'hasProposals' }> {
  return db.transaction(async (tx) => {
    const [posting] = await tx.select().from(baPostings).where(eq(baPostings.id, input.postingId)).for('update');
    if (!posting) return { ok: false as const, code: 'notFound' as const };
    if (posting.employerId === null) return { ok: false as const, code: 'notLinked' as const };
    const [vacancy] = await tx.select({ id: vacancies.id }).from(vacancies).where(eq(vacancies.baReference, posting.reference)).for('update');
    if (vacancy) {
      const [used] = await tx.select({ n: count() }).from(proposals).where(eq(proposals.vacancyId, vacancy.id));
      if (Number(used?.n ?? 0) > 0) return { ok: false as const, code: 'hasProposals' as const };
      await tx.delete(vacancies).where(eq(vacancies.id, vacancy.id));
    }
    await tx
      .update(baPostings)
      .set({ employerId: null, employerLinkedBy: null, duplicateOfVacancyId: null, updatedAt: new Date() })
      .where(eq(baPostings.id, posting.id));
    await recordAudit(tx, {
      ...audit,
      action: 'ba_posting.unlink',
      objectType: 'ba_posting',
      objectId: posting.id,
      details: { employerId: posting.employerId, vacancyId: vacancy?.id ?? null },
    });
    return { ok: true as const };
  });
}

/**
 * The import's part: the vacancies of postings that changed follow them (content only: status,
 * positions and proposals are ours), in the page's transaction.
 */
export async function refreshBaVacancies(tx: Tx | Database, references: readonly string[]): Promise<void> {
  if (references.length === 0) return;
  const rows = await tx
    .select({ posting: baPostings, sector: occupations.sector })
    .from(baPostings)
    .innerJoin(vacancies, eq(vacancies.baReference, baPostings.reference))
    .leftJoin(occupations, eq(occupations.code, baPostings.occupationCode))
    .where(inArray(baPostings.reference, [...references]));
  for (const { posting, sector } of rows) {
    await tx
      .update(vacancies)
      .set({ ...vacancyFields(posting, sector), version: sql`${vacancies.version} + 1`, updatedAt: new Date() })
      .where(eq(vacancies.baReference, posting.reference));
  }
}

/**
 * The import's part: vacancies of expired postings close (open and paused ones; filled ones stay
 * filled), remembering the status they had so that a posting that comes back reopens them.
 */
export async function closeExpiredBaVacancies(tx: Tx | Database): Promise<number> {
  const closed = await tx
    .update(vacancies)
    .set({ status: 'closed', closedByBaExpiryFrom: sql`${vacancies.status}`, version: sql`${vacancies.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(vacancies.source, 'ba'),
        inArray(vacancies.status, ['open', 'paused']),
        inArray(vacancies.baReference, tx.select({ r: baPostings.reference }).from(baPostings).where(isNotNull(baPostings.expiredAt))),
      ),
    )
    .returning({ id: vacancies.id });
  return closed.length;
}

/**
 * The import's part: postings that come back after they expired reopen the vacancies their expiry
 * closed, to the status they had then. A vacancy a person closed carries no such status and stays
 * closed.
 */
export async function reopenReturnedBaVacancies(tx: Tx | Database, references: readonly string[]): Promise<number> {
  if (references.length === 0) return 0;
  const reopened = await tx
    .update(vacancies)
    .set({
      status: sql`${vacancies.closedByBaExpiryFrom}`,
      closedByBaExpiryFrom: null,
      version: sql`${vacancies.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(inArray(vacancies.baReference, [...references]), eq(vacancies.status, 'closed'), isNotNull(vacancies.closedByBaExpiryFrom)))
    .returning({ id: vacancies.id });
  return reopened.length;
}
