import { and, asc, eq, like } from 'drizzle-orm';
import { documents, jobSeekers, proposals, storedFileChunks, users, vacancies } from '@/db/schema';
import { addDocument, deleteDocument } from '@/db/queries/documents';
import { databaseStorage } from '@/db/document-storage';
import { pdfOf } from '@/lib/testing/documents';
import { makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy } from '@/lib/testing/vacancies';
import { benchAccounts, type BenchCase, type BenchContext } from '../types';

const FIVE_MB = 5 * 1024 * 1024;
const UPLOAD_TITLE = 'bench-upload';

/**
 * Two people of the bench caseworker: one receives the uploads (emptied by each fill, so the
 * 50 MB person limit is never in the way), one has a 5 MB CV and is proposed to a vacancy
 * of the bench employer with 'cv' shared, for the employer's download.
 */
async function fillDocuments(ctx: BenchContext): Promise<void> {
  const { db } = ctx;
  const [caseworker] = await db.select({ id: users.id }).from(users).where(eq(users.email, benchAccounts.caseworker.email));
  const employerId = ctx.ids.benchEmployerId!;
  const named = async (lastName: string) => {
    const [found] = await db
      .select({ id: jobSeekers.id })
      .from(jobSeekers)
      .where(and(eq(jobSeekers.lastName, lastName), like(jobSeekers.clientNumber, 'T-%')));
    return found?.id ?? (await makeJobSeeker(db, { caseworkerId: caseworker!.id, lastName }));
  };
  const uploader = await named('Bench Documenten Upload');
  const candidate = await named('Bench Documenten Download');
  await db
    .update(jobSeekers)
    .set({ consentScope: ['profile', 'cv'], consentGivenOn: '2026-01-15', consentUntil: null, consentWithdrawnAt: null })
    .where(eq(jobSeekers.id, candidate));
  for (const old of await db.select({ id: documents.id }).from(documents).where(eq(documents.jobSeekerId, uploader)))
    await deleteDocument(db, databaseStorage, old.id);

  let [cv] = await db.select({ id: documents.id, storageKey: documents.storageKey }).from(documents).where(eq(documents.jobSeekerId, candidate));
  if (!cv) {
    const stored = await addDocument(db, databaseStorage, {
      jobSeekerId: candidate,
      placementId: null,
      kind: 'cv',
      title: 'Lebenslauf (Bench)',
      documentDate: null,
      fileName: 'Lebenslauf.pdf',
      contentType: 'application/pdf',
      bytes: pdfOf(FIVE_MB, 'bench-download'),
      sha256: 'b'.repeat(64),
      uploadedBy: caseworker!.id,
      personLimitBytes: 50 * 1024 * 1024,
    });
    if (!stored.ok) throw new Error(`bench documents: ${stored.code}`);
    [cv] = await db.select({ id: documents.id, storageKey: documents.storageKey }).from(documents).where(eq(documents.id, stored.id));
  }
  const [proposal] = await db
    .select({ id: proposals.id })
    .from(proposals)
    .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
    .where(and(eq(proposals.jobSeekerId, candidate), eq(vacancies.employerId, employerId)));
  if (!proposal) {
    const vacancyId = await makeVacancy(db, employerId, { title: 'Pflegehilfskraft (Bench Unterlagen)' });
    await db.insert(proposals).values({ vacancyId, jobSeekerId: candidate, proposedBy: caseworker!.id, sharedScope: ['profile', 'cv'] });
  }
  ctx.ids.documentUploadSeekerId = uploader;
  ctx.ids.documentDownloadId = cv!.id;
  ctx.ids.documentDownloadSeekerId = candidate;
}

let uploads = 0;

/** A caseworker uploads a 5 MB PDF (a different one each time: the same file twice is refused). */
export const documentUploadCase: BenchCase = {
  name: 'document-upload',
  role: 'caseworker',
  fill: fillDocuments,
  // The floor: the same 5 MB written as chunk rows in one transaction (rolled back).
  async sql({ db }) {
    const bytes = pdfOf(FIVE_MB, 'bench-sql');
    await db
      .transaction(async (tx) => {
        await databaseStorage.put(tx, 'bench/sql-floor', bytes);
        tx.rollback();
      })
      .catch(() => {});
    return 1;
  },
  async app(ctx, fetchAs) {
    uploads += 1;
    const form = new FormData();
    form.set('kind', 'cv');
    form.set('title', UPLOAD_TITLE);
    form.set('documentDate', '');
    form.set('placementId', '');
    form.set('file', new File([pdfOf(FIVE_MB, `bench-upload-${Date.now()}-${uploads}`) as BlobPart], 'Lebenslauf.pdf', { type: 'application/pdf' }));
    const port = process.env.BENCH_PORT ?? '3200';
    const response = await fetchAs(`/api/job-seekers/${ctx.ids.documentUploadSeekerId}/documents`, {
      method: 'POST',
      body: form,
      headers: { origin: `http://localhost:${port}` },
    });
    if (response.status !== 201) throw new Error(`document-upload: HTTP ${response.status} ${await response.text()}`);
    return 1;
  },
};

async function downloadCv(ctx: BenchContext, fetchAs: (path: string, init?: RequestInit) => Promise<Response>): Promise<void> {
  const response = await fetchAs(`/api/documents/${ctx.ids.documentDownloadId}`);
  if (response.status !== 200) throw new Error(`document-download: HTTP ${response.status}`);
  const bytes = (await response.arrayBuffer()).byteLength;
  if (bytes < FIVE_MB) throw new Error(`document-download: only ${bytes} bytes`);
}

async function cvChunks({ db, ids }: BenchContext): Promise<number> {
  const [doc] = await db.select({ storageKey: documents.storageKey }).from(documents).where(eq(documents.id, ids.documentDownloadId!));
  const rows = await db
    .select({ data: storedFileChunks.data })
    .from(storedFileChunks)
    .where(eq(storedFileChunks.storageKey, doc!.storageKey))
    .orderBy(asc(storedFileChunks.seq));
  return rows.length;
}

/** The employer downloads the candidate's 5 MB CV (streamed from the chunk rows). */
export const documentDownloadCase: BenchCase = {
  name: 'document-download',
  role: 'employer',
  fill: fillDocuments,
  sampleServerMemory: true,
  sql: cvChunks,
  async app(ctx, fetchAs) {
    await downloadCv(ctx, fetchAs);
    return 1;
  },
};

// BENCH_PARALLEL_DOWNLOADS to see how the growth scales with the number of downloads.
const PARALLEL_DOWNLOADS = Number(process.env.BENCH_PARALLEL_DOWNLOADS ?? 10);

/** Reads a download the way a slow line does: a pause after every piece, so the server must wait. */
async function downloadCvSlowly(ctx: BenchContext, fetchAs: (path: string, init?: RequestInit) => Promise<Response>): Promise<void> {
  const response = await fetchAs(`/api/documents/${ctx.ids.documentDownloadId}`);
  if (response.status !== 200 || !response.body) throw new Error(`document-download-parallel: HTTP ${response.status}`);
  const reader = response.body.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    await new Promise((r) => setTimeout(r, 5));
  }
  if (bytes < FIVE_MB) throw new Error(`document-download-parallel: only ${bytes} bytes`);
}

/**
 * Ten employer downloads of the 5 MB CV at once (BENCH_PARALLEL_DOWNLOADS), each read slowly. rss_mb is the server's
 * growth at its peak: a server that held each file whole would grow by about 50 MB (file size
 * x downloads) for as long as the downloads last; streamed from the chunk rows it holds a
 * chunk or two a download.
 */
export const documentDownloadParallelCase: BenchCase = {
  name: 'document-download-parallel',
  role: 'employer',
  fill: fillDocuments,
  sampleServerMemory: true,
  sql: cvChunks,
  async app(ctx, fetchAs) {
    await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, () => downloadCvSlowly(ctx, fetchAs)));
    return PARALLEL_DOWNLOADS;
  },
};
