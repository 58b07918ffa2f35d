import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, documents, jobSeekers, proposals, storedFileChunks } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { databaseStorage, readAll } from '@/db/document-storage';
import { pdfOf, TINY_PNG } from '@/lib/testing/documents';
import { makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy } from '@/lib/testing/vacancies';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import {
  addDocument,
  applyDocumentRetention,
  deleteDocument,
  documentForEmployer,
  documentsForEmployer,
  documentsOfJobSeeker,
  documentsPastRetention,
  employerVisibleScope,
  type NewDocument,
} from './documents';
import { eraseJobSeeker } from './job-seekers';
import { proposeCandidate } from './proposals';
import { testAudit } from '@/lib/testing/audit';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => resetDatabase(handle));

const TODAY = '2026-06-01';
const MB = 1024 * 1024;

async function setup() {
  const db = handle.db;
  const caseworker = await makeUser(db, 'caseworker');
  const employerId = await makeEmployer(db, 'Haus Vechteblick', 'Nordhorn');
  const otherEmployerId = await makeEmployer(db, 'Fremde Pflege GmbH', 'Ahaus');
  const vacancyId = await makeVacancy(db, employerId, { place: 'Nordhorn' });
  const otherVacancyId = await makeVacancy(db, otherEmployerId, { place: 'Ahaus' });
  const seekerId = await makeJobSeeker(db, { caseworkerId: caseworker.id });
  await db
    .update(jobSeekers)
    .set({ consentScope: ['profile', 'cv'] })
    .where(eq(jobSeekers.id, seekerId));
  const doc = (over: Partial<NewDocument>): NewDocument => ({
    jobSeekerId: seekerId,
    placementId: null,
    kind: 'cv',
    title: 'Lebenslauf',
    documentDate: null,
    fileName: 'cv.pdf',
    contentType: 'application/pdf',
    bytes: pdfOf(1000),
    sha256: 'a'.repeat(64),
    uploadedBy: caseworker.id,
    personLimitBytes: 50 * MB,
    ...over,
  });
  return { db, caseworker, employerId, otherEmployerId, vacancyId, otherVacancyId, seekerId, doc };
}

describe('storing documents', () => {
  it('keeps a file in 256 kB chunks and gives the same bytes back', async () => {
    const { db, doc } = await setup();
    const bytes = pdfOf(700 * 1024, 'big');
    const stored = await addDocument(db, databaseStorage, doc({ bytes }));
    expect(stored.ok).toBe(true);
    const [row] = await db.select().from(documents);
    const chunks = await db.select({ seq: storedFileChunks.seq }).from(storedFileChunks).where(eq(storedFileChunks.storageKey, row!.storageKey));
    expect(chunks.map((c) => c.seq)).toEqual([0, 1, 2]);
    expect(Buffer.from(await readAll(databaseStorage, db, row!.storageKey)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses the same file twice, and a file over the person limit, leaving nothing behind', async () => {
    const { db, doc } = await setup();
    expect((await addDocument(db, databaseStorage, doc({}))).ok).toBe(true);
    // The second one names the document it already is (the first one's title).
    expect(await addDocument(db, databaseStorage, doc({ title: 'Nochmal' }))).toEqual({ ok: false, code: 'duplicate', existingTitle: doc({}).title });
    expect(await addDocument(db, databaseStorage, doc({ sha256: 'b'.repeat(64), bytes: pdfOf(2000), personLimitBytes: 2500 }))).toEqual({
      ok: false,
      code: 'personLimit',
    });
    expect(await db.select().from(documents)).toHaveLength(1);
    expect(await db.select().from(storedFileChunks)).toHaveLength(1);
  });

  it('rolls the bytes back when the row cannot be stored (the database refuses a bad kind)', async () => {
    const { db, doc } = await setup();
    await expect(addDocument(db, databaseStorage, doc({ kind: 'evidence' }))).rejects.toThrow();
    expect(await db.select().from(storedFileChunks)).toHaveLength(0);
  });

  it('deletes a document with its bytes', async () => {
    const { db, doc } = await setup();
    const stored = await addDocument(db, databaseStorage, doc({}));
    if (!stored.ok) throw new Error('not stored');
    expect(await deleteDocument(db, databaseStorage, stored.id)).toEqual({ jobSeekerId: expect.any(Number) });
    expect(await db.select().from(storedFileChunks)).toHaveLength(0);
    expect(await deleteDocument(db, databaseStorage, stored.id)).toBeNull();
  });
});

describe('what an employer sees', () => {
  it('the current consent narrowed to what was shared at the proposal', () => {
    const person = { consentGivenOn: '2026-01-01', consentUntil: null, consentWithdrawnAt: null, consentScope: ['profile', 'cv'], erasedAt: null };
    expect(employerVisibleScope(person, ['profile', 'cv', 'qualifications'], TODAY)).toEqual(['profile', 'cv']);
    expect(employerVisibleScope({ ...person, consentScope: ['profile'] }, ['profile', 'cv'], TODAY)).toEqual(['profile']);
    expect(employerVisibleScope({ ...person, consentWithdrawnAt: new Date() }, ['cv'], TODAY)).toEqual([]);
    expect(employerVisibleScope({ ...person, consentUntil: '2026-05-31' }, ['cv'], TODAY)).toEqual([]);
    expect(employerVisibleScope({ ...person, erasedAt: new Date() }, ['cv'], TODAY)).toEqual([]);
  });

  it('only documents inside the consent, only for candidates of its own vacancies; withdrawal hides them at once', async () => {
    const { db, caseworker, employerId, otherEmployerId, vacancyId, seekerId, doc } = await setup();
    const cv = await addDocument(db, databaseStorage, doc({}));
    const diploma = await addDocument(
      db,
      databaseStorage,
      doc({ kind: 'diploma', title: 'Diploma', sha256: 'c'.repeat(64), bytes: TINY_PNG, contentType: 'image/png' }),
    );
    if (!cv.ok || !diploma.ok) throw new Error('not stored');
    // Not proposed yet: nothing.
    expect(await documentForEmployer(db, { documentId: cv.id, employerId, today: TODAY })).toBeNull();
    const proposed = await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit);
    expect(proposed.ok).toBe(true);
    expect((await documentsForEmployer(db, { employerId, jobSeekerId: seekerId, today: TODAY })).map((d) => d.kind)).toEqual(['cv']);
    expect(await documentForEmployer(db, { documentId: cv.id, employerId, today: TODAY })).toMatchObject({ id: cv.id });
    expect(await documentForEmployer(db, { documentId: diploma.id, employerId, today: TODAY })).toBeNull();
    // Another company never, not even the CV.
    expect(await documentForEmployer(db, { documentId: cv.id, employerId: otherEmployerId, today: TODAY })).toBeNull();
    // Widening the consent later does not widen what was shared at the proposal.
    await db
      .update(jobSeekers)
      .set({ consentScope: ['profile', 'cv', 'qualifications'] })
      .where(eq(jobSeekers.id, seekerId));
    expect(await documentForEmployer(db, { documentId: diploma.id, employerId, today: TODAY })).toBeNull();
    // Withdrawn: nothing, at once.
    await db.update(jobSeekers).set({ consentWithdrawnAt: new Date() }).where(eq(jobSeekers.id, seekerId));
    expect(await documentForEmployer(db, { documentId: cv.id, employerId, today: TODAY })).toBeNull();
    expect(await documentsForEmployer(db, { employerId, jobSeekerId: seekerId, today: TODAY })).toEqual([]);
  });

  it('not through a withdrawn proposal', async () => {
    const { db, caseworker, employerId, vacancyId, seekerId, doc } = await setup();
    const cv = await addDocument(db, databaseStorage, doc({}));
    if (!cv.ok) throw new Error('not stored');
    await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit);
    await db.update(proposals).set({ stage: 'withdrawn' }).where(eq(proposals.jobSeekerId, seekerId));
    expect(await documentForEmployer(db, { documentId: cv.id, employerId, today: TODAY })).toBeNull();
  });
});

describe('erasure', () => {
  it('erasing a person deletes their documents and bytes', async () => {
    const { db, seekerId, doc } = await setup();
    await addDocument(db, databaseStorage, doc({}));
    const [person] = await db.select({ clientNumber: jobSeekers.clientNumber }).from(jobSeekers).where(eq(jobSeekers.id, seekerId));
    expect((await eraseJobSeeker(db, seekerId, person!.clientNumber!, testAudit)).ok).toBe(true);
    expect(await documentsOfJobSeeker(db, seekerId)).toEqual([]);
    expect(await db.select().from(storedFileChunks)).toHaveLength(0);
  });
});

describe('retention', () => {
  it('deletes CVs and diplomas 12 months after the person left, evidence after the SIB term, never too early', async () => {
    const { db, caseworker, seekerId, doc } = await setup();
    const { jobSeekerNotes, placements: placementsTable } = await import('@/db/schema');
    await addDocument(db, databaseStorage, doc({}));
    await addDocument(db, databaseStorage, doc({ kind: 'signed_consent', title: 'Toestemming', sha256: 'd'.repeat(64) }));
    await db.update(jobSeekers).set({ sibCohort: true }).where(eq(jobSeekers.id, seekerId));
    const employerId = await makeEmployer(db, 'Evidence GmbH', 'Gronau (Westf.)');
    const [placement] = await db
      .insert(placementsTable)
      .values({
        jobSeekerId: seekerId,
        employerId,
        startDate: '2018-03-01',
        funding: 'sib',
        jobTitle: 'Pflegehelfer',
        hoursPerWeek: 30,
        contract: 'permanent',
      } as typeof placementsTable.$inferInsert)
      .returning({ id: placementsTable.id });
    await addDocument(db, databaseStorage, doc({ kind: 'evidence', title: 'Arbeitsvertrag', placementId: placement!.id, sha256: 'e'.repeat(64) }));
    const options = { today: TODAY, evidenceKeepYears: 7 };
    // Still active: only the 2018 evidence is past its term (2025-03-01).
    expect((await documentsPastRetention(db, options)).map((d) => d.kind)).toEqual(['evidence']);
    // Left 11 months ago: the CV stays.
    await db.update(jobSeekers).set({ status: 'withdrawn' }).where(eq(jobSeekers.id, seekerId));
    await db.insert(jobSeekerNotes).values({
      jobSeekerId: seekerId,
      authorId: caseworker.id,
      kind: 'status',
      body: 'Verhuisd',
      details: { from: 'active', to: 'withdrawn' },
      createdAt: new Date('2025-07-01T10:00:00Z'),
    });
    expect((await documentsPastRetention(db, options)).map((d) => d.kind)).toEqual(['evidence']);
    // 13 months later: the CV goes, the signed consent stays.
    const later = { today: '2026-08-02', evidenceKeepYears: 7 };
    expect((await applyDocumentRetention(db, databaseStorage, later)).map((d) => d.kind).sort()).toEqual(['cv', 'evidence']);
    // Each deletion is recorded, with its kind and person, in the deletion's own transaction.
    const recorded = await db.select().from(auditEvents).where(eq(auditEvents.action, 'document.retention_delete'));
    expect(recorded.map((r) => [(r.details as { kind: string }).kind, r.jobSeekerId]).sort()).toEqual([
      ['cv', seekerId],
      ['evidence', seekerId],
    ]);
    // A second run finds nothing more and records nothing more.
    expect(await applyDocumentRetention(db, databaseStorage, later)).toEqual([]);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'document.retention_delete'))).toHaveLength(2);
    expect((await documentsOfJobSeeker(db, seekerId)).map((d) => d.kind)).toEqual(['signed_consent']);
    expect(await db.select().from(storedFileChunks)).toHaveLength(1);
  });
});
