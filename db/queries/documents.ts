import { and, asc, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { documents, jobSeekers, placements, proposals, users, vacancies } from '@/db/schema';
import { currentConsentScope } from '@/db/queries/proposals';
import { recordAudit } from '@/db/queries/audit';
import { kindsVisibleWith, type DocumentKind, type DocumentType } from '@/lib/domain/documents';
import type { DocumentStorage } from '@/db/document-storage';

export interface NewDocument {
  jobSeekerId: number;
  placementId: number | null;
  kind: DocumentKind;
  title: string;
  documentDate: string | null;
  fileName: string;
  contentType: DocumentType;
  bytes: Uint8Array;
  sha256: string;
  uploadedBy: number;
  personLimitBytes: number;
}

export type AddDocumentOutcome =
  | { ok: true; id: number }
  | { ok: false; code: 'notFound' | 'personLimit' }
  | { ok: false; code: 'duplicate'; existingTitle: string | null };

/**
 * Stores one document: the bytes and the row in one transaction, so a failure anywhere
 * (a dropped connection has already been caught before this runs: the body is read whole
 * first) leaves nothing behind. The person's row is locked so that two uploads at once
 * cannot both slip under the person's limit.
 */
export async function addDocument(db: Database, storage: DocumentStorage, input: NewDocument): Promise<AddDocumentOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const [person] = await tx
        .select({ id: jobSeekers.id })
        .from(jobSeekers)
        .where(and(eq(jobSeekers.id, input.jobSeekerId), isNull(jobSeekers.erasedAt)))
        .for('update');
      if (!person) return { ok: false as const, code: 'notFound' as const };
      if (input.placementId !== null) {
        const [placement] = await tx
          .select({ id: placements.id })
          .from(placements)
          .where(and(eq(placements.id, input.placementId), eq(placements.jobSeekerId, input.jobSeekerId)));
        if (!placement) return { ok: false as const, code: 'notFound' as const };
      }
      const [used] = await tx
        .select({ bytes: sql<number>`coalesce(sum(${documents.byteSize}), 0)`.mapWith(Number) })
        .from(documents)
        .where(eq(documents.jobSeekerId, input.jobSeekerId));
      if ((used?.bytes ?? 0) + input.bytes.byteLength > input.personLimitBytes) return { ok: false as const, code: 'personLimit' as const };
      const storageKey = `doc/${input.jobSeekerId}/${crypto.randomUUID()}`;
      // Bytes first, then the row: if the row is refused, the transaction takes the bytes back too.
      await storage.put(tx, storageKey, input.bytes);
      const [row] = await tx
        .insert(documents)
        .values({
          jobSeekerId: input.jobSeekerId,
          placementId: input.placementId,
          kind: input.kind,
          title: input.title,
          documentDate: input.documentDate,
          fileName: input.fileName,
          contentType: input.contentType,
          byteSize: input.bytes.byteLength,
          sha256: input.sha256,
          storageKey,
          uploadedBy: input.uploadedBy,
        })
        .returning({ id: documents.id });
      return { ok: true as const, id: row!.id };
    });
  } catch (error) {
    if (!isUniqueViolation(error, 'documents_same_file_uq')) throw error;
    // Which document it already is, so the user can find it (read after the rollback).
    const [existing] = await db
      .select({ title: documents.title })
      .from(documents)
      .where(and(eq(documents.jobSeekerId, input.jobSeekerId), eq(documents.sha256, input.sha256)));
    return { ok: false, code: 'duplicate', existingTitle: existing?.title ?? null };
  }
}

const listColumns = {
  id: documents.id,
  jobSeekerId: documents.jobSeekerId,
  placementId: documents.placementId,
  kind: documents.kind,
  title: documents.title,
  documentDate: documents.documentDate,
  fileName: documents.fileName,
  contentType: documents.contentType,
  byteSize: documents.byteSize,
  uploadedAt: documents.uploadedAt,
  uploadedByName: users.name,
};
export type DocumentListItem = Awaited<ReturnType<typeof documentsOfJobSeeker>>[number];

/** A person's documents for staff (the same rule as the profile: every staff member). */
export function documentsOfJobSeeker(db: Database, jobSeekerId: number) {
  return db
    .select(listColumns)
    .from(documents)
    .leftJoin(users, eq(users.id, documents.uploadedBy))
    .where(eq(documents.jobSeekerId, jobSeekerId))
    .orderBy(asc(documents.kind), desc(documents.uploadedAt), desc(documents.id));
}

/** A placement's documents (SIB evidence and what else belongs to it). */
export function documentsOfPlacement(db: Database, placementId: number) {
  return db
    .select(listColumns)
    .from(documents)
    .leftJoin(users, eq(users.id, documents.uploadedBy))
    .where(eq(documents.placementId, placementId))
    .orderBy(desc(documents.uploadedAt), desc(documents.id));
}

/** One document of a person who is not erased; null otherwise. */
export async function documentById(db: Database, id: number) {
  const [row] = await db
    .select({
      id: documents.id,
      jobSeekerId: documents.jobSeekerId,
      placementId: documents.placementId,
      kind: documents.kind,
      title: documents.title,
      fileName: documents.fileName,
      contentType: documents.contentType,
      byteSize: documents.byteSize,
      storageKey: documents.storageKey,
    })
    .from(documents)
    .innerJoin(jobSeekers, eq(jobSeekers.id, documents.jobSeekerId))
    .where(and(eq(documents.id, id), isNull(jobSeekers.erasedAt)));
  return row ?? null;
}

/**
 * What an employer sees of a candidate: what the person agreed to share when proposed, narrowed
 * to what they agree to share today by currentConsentScope, the one consent rule (also behind
 * sharedCandidates in db/queries/proposals.ts). An erased person shows nothing.
 */
export function employerVisibleScope(
  person: { consentGivenOn: string | null; consentUntil: string | null; consentWithdrawnAt: Date | null; consentScope: string[]; erasedAt: Date | null },
  sharedScope: readonly string[],
  today: string,
): string[] {
  if (person.erasedAt) return [];
  const current = currentConsentScope(person, today);
  return sharedScope.filter((s) => current.includes(s));
}

/**
 * The proposals through which an employer may see a person: proposals to the company's own
 * vacancies that are still standing (a withdrawn or rejected candidate is no longer the
 * company's business), with the scope that holds for each today.
 */
async function employerScopesFor(db: Database, employerId: number, jobSeekerIds: number[], today: string) {
  if (jobSeekerIds.length === 0) return new Map<number, Set<DocumentKind>>();
  const rows = await db
    .select({
      jobSeekerId: proposals.jobSeekerId,
      sharedScope: proposals.sharedScope,
      consentGivenOn: jobSeekers.consentGivenOn,
      consentUntil: jobSeekers.consentUntil,
      consentWithdrawnAt: jobSeekers.consentWithdrawnAt,
      consentScope: jobSeekers.consentScope,
      erasedAt: jobSeekers.erasedAt,
    })
    .from(proposals)
    .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
    .where(and(eq(vacancies.employerId, employerId), inArray(proposals.jobSeekerId, jobSeekerIds), notInArray(proposals.stage, ['withdrawn', 'rejected'])));
  const kinds = new Map<number, Set<DocumentKind>>();
  for (const r of rows) {
    const set = kinds.get(r.jobSeekerId) ?? new Set<DocumentKind>();
    for (const k of kindsVisibleWith(employerVisibleScope(r, r.sharedScope, today))) set.add(k);
    kinds.set(r.jobSeekerId, set);
  }
  return kinds;
}

/** The documents of one candidate that an employer may see today (none: an empty list). */
export async function documentsForEmployer(db: Database, input: { employerId: number; jobSeekerId: number; today: string }) {
  const kinds = (await employerScopesFor(db, input.employerId, [input.jobSeekerId], input.today)).get(input.jobSeekerId);
  if (!kinds || kinds.size === 0) return [];
  return db
    .select(listColumns)
    .from(documents)
    .leftJoin(users, eq(users.id, documents.uploadedBy))
    .where(and(eq(documents.jobSeekerId, input.jobSeekerId), inArray(documents.kind, [...kinds]), isNull(documents.placementId)))
    .orderBy(asc(documents.kind), desc(documents.uploadedAt));
}

/**
 * One document for an employer: only when its kind lies inside the current consent of a
 * candidate proposed to the company's own vacancies. Anything else answers null, exactly like
 * a document that does not exist.
 */
export async function documentForEmployer(db: Database, input: { documentId: number; employerId: number; today: string }) {
  const doc = await documentById(db, input.documentId);
  if (!doc || doc.placementId !== null) return null;
  const kinds = (await employerScopesFor(db, input.employerId, [doc.jobSeekerId], input.today)).get(doc.jobSeekerId);
  return kinds?.has(doc.kind as DocumentKind) ? doc : null;
}

/** Deletes one document and its bytes together. */
export async function deleteDocument(db: Database, storage: DocumentStorage, id: number): Promise<{ jobSeekerId: number } | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(documents).where(eq(documents.id, id)).returning({ jobSeekerId: documents.jobSeekerId, storageKey: documents.storageKey });
    if (!row) return null;
    await storage.remove(tx, row.storageKey);
    return { jobSeekerId: row.jobSeekerId };
  });
}

/** Erasure: every document of the person and their bytes, inside the erasing transaction. */
export async function deleteDocumentsOfJobSeeker(tx: Database, storage: DocumentStorage, jobSeekerId: number): Promise<number> {
  const rows = await tx.delete(documents).where(eq(documents.jobSeekerId, jobSeekerId)).returning({ storageKey: documents.storageKey });
  for (const r of rows) await storage.remove(tx, r.storageKey);
  return rows.length;
}

/** The files of a person for the export ZIP (staff only; the caller checks). */
export function documentFilesOfJobSeeker(db: Database, jobSeekerId: number) {
  return db
    .select({ id: documents.id, fileName: documents.fileName, contentType: documents.contentType, storageKey: documents.storageKey })
    .from(documents)
    .where(eq(documents.jobSeekerId, jobSeekerId))
    .orderBy(asc(documents.id));
}

/**
 * Retention: papers about a person that only served the placement (CV, diplomas,
 * recognition letters, language certificates) are deleted 12 months after the person left the
 * programme (status 'withdrawn', dated by the status change that made it so). The signed
 * consent stays while the person is in the register (erasure removes it). SIB evidence is kept
 * for the SIB contract's term: `evidenceKeepYears` after the placement's start (the contract
 * term is not in the data; DOCUMENT_EVIDENCE_KEEP_YEARS sets it, default 7).
 */
const RETENTION_MONTHS_AFTER_LEAVING = 12;
const personalKinds = ['cv', 'diploma', 'recognition_letter', 'language_certificate'];

export function documentsPastRetention(db: Database, input: { today: string; evidenceKeepYears: number }) {
  const leftOn = sql`coalesce((select max(n.created_at) from job_seeker_notes n where n.job_seeker_id = ${jobSeekers.id} and n.kind = 'status' and n.details->>'to' = 'withdrawn'), ${jobSeekers.updatedAt})`;
  return db
    .select({ id: documents.id, jobSeekerId: documents.jobSeekerId, kind: documents.kind })
    .from(documents)
    .innerJoin(jobSeekers, eq(jobSeekers.id, documents.jobSeekerId))
    .leftJoin(placements, eq(placements.id, documents.placementId))
    .where(
      sql`(${documents.kind} in (${sql.join(
        personalKinds.map((k) => sql`${k}`),
        sql`, `,
      )}) and ${jobSeekers.status} = 'withdrawn'
            and ${leftOn} < (${input.today}::date - make_interval(months => ${RETENTION_MONTHS_AFTER_LEAVING})))
        or (${documents.kind} = 'evidence' and ${placements.startDate} < (${input.today}::date - make_interval(years => ${input.evidenceKeepYears})))`,
    )
    .orderBy(asc(documents.id));
}

/**
 * Deletes what is past retention, one document (row, bytes and its audit row) per transaction,
 * so a run stopped halfway leaves every deletion recorded and nothing half-deleted.
 */
export async function applyDocumentRetention(db: Database, storage: DocumentStorage, input: { today: string; evidenceKeepYears: number }) {
  const due = await documentsPastRetention(db, input);
  const deleted: typeof due = [];
  for (const d of due) {
    const gone = await db.transaction(async (tx) => {
      const row = await deleteDocument(tx, storage, d.id);
      if (row) {
        await recordAudit(tx, {
          action: 'document.retention_delete',
          objectType: 'document',
          objectId: d.id,
          jobSeekerId: d.jobSeekerId,
          details: { kind: d.kind },
        });
      }
      return row !== null;
    });
    if (gone) deleted.push(d);
  }
  return deleted;
}
