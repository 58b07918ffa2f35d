import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import { auditEvents, documents, jobSeekers, storedFileChunks } from '@/db/schema';
import { proposeCandidate } from '@/db/queries/proposals';
import { docxOf, pdfOf, TINY_JPEG, TINY_PNG } from '@/lib/testing/documents';
import { makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy } from '@/lib/testing/vacancies';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { POST as uploadRoute } from '@/app/api/job-seekers/[id]/documents/route';
import { GET as exportRoute } from '@/app/api/job-seekers/[id]/export/route';
import { GET as downloadRoute } from './[id]/route';
import { GET as previewRoute } from './[id]/preview/route';
import { testAudit } from '@/lib/testing/audit';
import { grantBreakGlass } from '@/db/queries/need-to-know';
import { breakGlassExpiry } from '@/lib/auth/need-to-know';

withTestDatabase();

function upload(
  jobSeekerId: number,
  fields: Record<string, string>,
  file: { name: string; bytes: Uint8Array; type?: string } | null,
  headers: Record<string, string> = { origin: 'http://localhost', host: 'localhost' },
) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ kind: 'cv', title: 'Lebenslauf', documentDate: '', placementId: '', ...fields })) form.set(k, v);
  if (file) form.set('file', new File([file.bytes as BlobPart], file.name, { type: file.type ?? 'application/pdf' }));
  return uploadRoute(new Request(`http://localhost/api/job-seekers/${jobSeekerId}/documents`, { method: 'POST', body: form, headers }), {
    params: Promise.resolve({ id: String(jobSeekerId) }),
  });
}
const preview = (id: number | string) =>
  previewRoute(new Request(`http://localhost/api/documents/${id}/preview`), { params: Promise.resolve({ id: String(id) }) });
const download = (id: number | string) => downloadRoute(new Request(`http://localhost/api/documents/${id}`), { params: Promise.resolve({ id: String(id) }) });

async function setup() {
  const db = handle.db;
  const caseworker = await makeUser(db, 'caseworker');
  const employerId = await makeEmployer(db, 'Haus Vechteblick', 'Nordhorn');
  const employer = await makeUser(db, 'employer', { employerId });
  const otherEmployer = await makeUser(db, 'employer', { employerId: await makeEmployer(db, 'Fremde Pflege GmbH', 'Ahaus') });
  const vacancyId = await makeVacancy(db, employerId, { place: 'Nordhorn' });
  const seekerId = await makeJobSeeker(db, { caseworkerId: caseworker.id });
  await db
    .update(jobSeekers)
    .set({ consentScope: ['profile', 'cv'] })
    .where(eq(jobSeekers.id, seekerId));
  return { db, caseworker, employer, otherEmployer, vacancyId, seekerId };
}

describe('upload route', () => {
  it('stores a CV (PDF or DOCX) and a diploma, and answers each bad file with its own code, storing nothing', async () => {
    const { db, caseworker, employer, seekerId } = await setup();
    signedInAs(caseworker);
    expect((await upload(seekerId, {}, { name: 'Lebenslauf.pdf', bytes: pdfOf(3000) })).status).toBe(201);
    expect((await upload(seekerId, { title: 'CV Word' }, { name: 'cv.docx', bytes: docxOf() })).status).toBe(201);
    const cases: [Record<string, string>, { name: string; bytes: Uint8Array; type?: string } | null, string][] = [
      [{}, null, 'chooseFile'],
      [{}, { name: 'leeg.pdf', bytes: new Uint8Array() }, 'emptyFile'],
      [{}, { name: 'setup.pdf', bytes: new TextEncoder().encode('MZ\u0090\u0000binary') }, 'wrongType'],
      [{}, { name: 'plaatje.svg', bytes: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), type: 'image/svg+xml' }, 'wrongType'],
      [{ kind: 'diploma' }, { name: 'diploma.docx', bytes: docxOf('x') }, 'docxOnlyForCv'],
      [{}, { name: '../../etc/passwd.pdf', bytes: pdfOf(100, 'p') }, 'badFileName'],
      [{}, { name: `${'a'.repeat(300)}.pdf`, bytes: pdfOf(100, 'q') }, 'badFileName'],
      [{ title: 'Zelfde' }, { name: 'Lebenslauf-kopie.pdf', bytes: pdfOf(3000) }, 'duplicate'],
    ];
    for (const [fields, file, code] of cases) {
      const response = await upload(seekerId, fields, file);
      expect(await response.json(), code).toMatchObject({ ok: false, fieldErrors: { file: code } });
    }
    // The same file twice: the answer names the document it already is, nothing of it is stored.
    const chunksBefore = (await db.select({ key: storedFileChunks.storageKey }).from(storedFileChunks)).length;
    expect(await (await upload(seekerId, { title: 'Nog eens' }, { name: 'Lebenslauf.pdf', bytes: pdfOf(3000) })).json()).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { file: 'duplicate' },
      duplicateOf: 'Lebenslauf',
    });
    expect(await db.select({ key: storedFileChunks.storageKey }).from(storedFileChunks)).toHaveLength(chunksBefore);
    // A PDF named .jpg is a PDF: stored with the type from its bytes.
    expect((await upload(seekerId, { kind: 'diploma', title: 'Diploma' }, { name: 'diploma.jpg', bytes: pdfOf(2000, 'd'), type: 'image/jpeg' })).status).toBe(
      201,
    );
    const rows = await db.select({ kind: documents.kind, contentType: documents.contentType }).from(documents);
    expect(rows.map((r) => `${r.kind}:${r.contentType}`).sort()).toEqual([
      'cv:application/pdf',
      'cv:application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'diploma:application/pdf',
    ]);
    // Title missing: a field error, not a stored file.
    expect(await (await upload(seekerId, { title: '' }, { name: 'x.pdf', bytes: pdfOf(100, 'z') })).json()).toMatchObject({
      fieldErrors: { title: 'required' },
    });
    // Employers may not upload; nor may a page of another site.
    signedInAs(employer);
    expect((await upload(seekerId, {}, { name: 'a.pdf', bytes: pdfOf(100, 'e') })).status).toBe(403);
    signedInAs(caseworker);
    expect((await upload(seekerId, {}, { name: 'a.pdf', bytes: pdfOf(100, 'f') }, { origin: 'https://evil.example', host: 'localhost' })).status).toBe(403);
    expect(await db.select().from(documents)).toHaveLength(3);
  });

  it('refuses a file over DOCUMENT_MAX_MB and a person over DOCUMENT_PERSON_MAX_MB', async () => {
    const { caseworker, seekerId } = await setup();
    signedInAs(caseworker);
    vi.stubEnv('DOCUMENT_MAX_MB', '0.01');
    vi.stubEnv('DOCUMENT_PERSON_MAX_MB', '0.015');
    try {
      expect(await (await upload(seekerId, {}, { name: 'groot.pdf', bytes: pdfOf(20_000) })).json()).toMatchObject({ fieldErrors: { file: 'fileTooLarge' } });
      expect((await upload(seekerId, {}, { name: 'a.pdf', bytes: pdfOf(9000, 'a') })).status).toBe(201);
      expect(await (await upload(seekerId, {}, { name: 'b.pdf', bytes: pdfOf(9000, 'b') })).json()).toMatchObject({ fieldErrors: { file: 'personLimit' } });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a connection dropped halfway stores nothing', async () => {
    const { db, caseworker, seekerId } = await setup();
    signedInAs(caseworker);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('------x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4'));
        c.error(new Error('connection reset'));
      },
    });
    const response = await uploadRoute(
      new Request(`http://localhost/api/job-seekers/${seekerId}/documents`, {
        method: 'POST',
        body,
        headers: { origin: 'http://localhost', host: 'localhost', 'content-type': 'multipart/form-data; boundary=----x' },
        duplex: 'half',
      } as RequestInit),
      { params: Promise.resolve({ id: String(seekerId) }) },
    );
    expect(await response.json()).toMatchObject({ ok: false, code: 'uploadBroken' });
    expect(await db.select().from(documents)).toHaveLength(0);
    expect(await db.select().from(storedFileChunks)).toHaveLength(0);
  });
});

describe('download route', () => {
  it('serves staff any document; an employer only the CV inside the consent of its own candidate; audited', async () => {
    const { db, caseworker, employer, otherEmployer, vacancyId, seekerId } = await setup();
    signedInAs(caseworker);
    const cvBytes = pdfOf(600 * 1024, 'cv');
    const cv = (await (await upload(seekerId, { title: 'Lebenslauf Müller' }, { name: 'Lebenslauf Müller.pdf', bytes: cvBytes })).json()) as { id: number };
    const diploma = (await (
      await upload(seekerId, { kind: 'diploma', title: 'Diploma' }, { name: 'diploma.png', bytes: TINY_PNG, type: 'image/png' })
    ).json()) as { id: number };

    const staffResponse = await download(diploma.id);
    expect(staffResponse.status).toBe(200);
    expect(staffResponse.headers.get('content-type')).toBe('image/png');
    expect(staffResponse.headers.get('x-content-type-options')).toBe('nosniff');
    expect(staffResponse.headers.get('cache-control')).toBe('no-store');
    expect(staffResponse.headers.get('content-disposition')).toBe(`attachment; filename="diploma.png"; filename*=UTF-8''diploma.png`);
    expect(staffResponse.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    // Only the inline preview limits who may embed it; a download is never embedded.
    expect(staffResponse.headers.get('cross-origin-resource-policy')).toBeNull();

    signedInAs(employer);
    expect((await download(cv.id)).status).toBe(404); // not proposed yet
    await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit);
    const employerResponse = await download(cv.id);
    expect(employerResponse.status).toBe(200);
    expect(employerResponse.headers.get('content-disposition')).toContain(`filename*=UTF-8''Lebenslauf%20M%C3%BCller.pdf`);
    expect(Buffer.from(await employerResponse.arrayBuffer()).equals(Buffer.from(cvBytes))).toBe(true);
    expect((await download(diploma.id)).status).toBe(404);
    expect((await download(2_000_000_000)).status).toBe(404);
    expect((await download('abc')).status).toBe(404);
    signedInAs(otherEmployer);
    expect((await download(cv.id)).status).toBe(404);
    signedInAs(null);
    expect((await download(cv.id)).status).toBe(401);

    const audit = await db
      .select({ result: auditEvents.result, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'document.download')));
    expect(
      audit
        .filter((a) => a.actorId === employer.id)
        .map((a) => a.result)
        .sort(),
    ).toEqual(['denied', 'denied', 'denied', 'denied', 'ok']);

    // Withdrawn consent: the CV is gone for the employer at once.
    await db.update(jobSeekers).set({ consentWithdrawnAt: new Date() }).where(eq(jobSeekers.id, seekerId));
    signedInAs(employer);
    expect((await download(cv.id)).status).toBe(404);
  });
});

describe('preview route', () => {
  it('shows an image inline to whoever may download it, audited as a view; never a PDF; an employer only inside the consent', async () => {
    const { db, caseworker, employer, otherEmployer, vacancyId, seekerId } = await setup();
    signedInAs(caseworker);
    const diploma = (await (
      await upload(seekerId, { kind: 'diploma', title: 'Diploma' }, { name: 'diploma.png', bytes: TINY_PNG, type: 'image/png' })
    ).json()) as { id: number };
    const cvPhoto = (await (await upload(seekerId, { title: 'Lebenslauf Foto' }, { name: 'Lebenslauf.jpg', bytes: TINY_JPEG, type: 'image/jpeg' })).json()) as {
      id: number;
    };
    const cvPdf = (await (await upload(seekerId, { title: 'Lebenslauf' }, { name: 'Lebenslauf.pdf', bytes: pdfOf(2000, 'cv') })).json()) as { id: number };

    const shown = await preview(diploma.id);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/png');
    expect(shown.headers.get('content-disposition')).toBe(`inline; filename="diploma.png"; filename*=UTF-8''diploma.png`);
    expect(shown.headers.get('x-content-type-options')).toBe('nosniff');
    expect(shown.headers.get('cache-control')).toBe('no-store');
    expect(shown.headers.get('content-security-policy')).toContain('sandbox');
    expect(shown.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(Buffer.from(await shown.arrayBuffer()).equals(Buffer.from(TINY_PNG))).toBe(true);
    // A PDF has no preview (lib/domain/documents.ts previewTypes): only its download.
    expect((await preview(cvPdf.id)).status).toBe(404);
    expect((await download(cvPdf.id)).status).toBe(200);

    signedInAs(employer);
    expect((await preview(cvPhoto.id)).status).toBe(404); // not proposed yet
    await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit);
    const employerShown = await preview(cvPhoto.id);
    expect(employerShown.status).toBe(200);
    expect(employerShown.headers.get('content-type')).toBe('image/jpeg');
    // The diploma's kind is outside this consent ('profile', 'cv'), so it is refused like a missing id.
    expect((await preview(diploma.id)).status).toBe(404);
    signedInAs(otherEmployer);
    expect((await preview(cvPhoto.id)).status).toBe(404);
    signedInAs(null);
    expect((await preview(cvPhoto.id)).status).toBe(401);

    const views = await db
      .select({ result: auditEvents.result, actorId: auditEvents.actorId, objectId: auditEvents.objectId })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'document.view'));
    expect(views.filter((v) => v.actorId === caseworker.id && v.result === 'ok').map((v) => v.objectId)).toEqual([String(diploma.id)]);
    expect(
      views
        .filter((v) => v.actorId === employer.id)
        .map((v) => v.result)
        .sort(),
    ).toEqual(['denied', 'denied', 'ok']);

    await db.update(jobSeekers).set({ consentWithdrawnAt: new Date() }).where(eq(jobSeekers.id, seekerId));
    signedInAs(employer);
    expect((await preview(cvPhoto.id)).status).toBe(404);
  });
});

describe('download route: need-to-know and the export limit for staff', () => {
  it("a colleague's client needs a stated reason; a manager reads without one; every download counts as an export", async () => {
    const { db, caseworker, seekerId } = await setup();
    signedInAs(caseworker);
    const cv = (await (await upload(seekerId, { title: 'Lebenslauf' }, { name: 'cv.pdf', bytes: pdfOf(20 * 1024, 'cv') })).json()) as { id: number };
    const colleague = await makeUser(db, 'caseworker');
    const manager = await makeUser(db, 'manager');

    signedInAs(colleague);
    const refused = await download(cv.id);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'reasonRequired' });
    const rows = await db.select().from(auditEvents).where(eq(auditEvents.actorId, colleague.id));
    // One row for the refusal (the need-to-know check's own), not a second one from the route wrapper.
    expect(rows.map((r) => [r.action, r.result])).toEqual([['job_seeker.reason_required', 'denied']]);

    await grantBreakGlass(
      db,
      { jobSeekerId: seekerId, reasonCode: 'colleague_absent', reasonText: 'Collega ziek, klant belde.', expiresAt: breakGlassExpiry() },
      { actor: { id: colleague.id, role: colleague.role, email: colleague.email }, origin: null },
    );
    expect((await download(cv.id)).status).toBe(200);

    signedInAs(manager);
    expect((await download(cv.id)).status).toBe(200);

    // The owner, over the export limit: the download that goes over is refused with Retry-After.
    process.env.READ_LIMIT_EXPORTS_PER_HOUR = '2';
    try {
      signedInAs(caseworker);
      expect((await download(cv.id)).status).toBe(200);
      expect((await download(cv.id)).status).toBe(200);
      const over = await download(cv.id);
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await download(cv.id)).status).toBe(429);
    } finally {
      delete process.env.READ_LIMIT_EXPORTS_PER_HOUR;
    }
    const downloads = await db
      .select({ actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'document.download'), eq(auditEvents.result, 'ok')));
    expect(downloads.filter((d) => d.actorId === caseworker.id)).toHaveLength(2);
  });
});

describe('export ZIP', () => {
  it('holds person.json and every file, byte for byte', async () => {
    const { caseworker, seekerId } = await setup();
    signedInAs(caseworker);
    const bytes = pdfOf(300 * 1024, 'zip');
    const { id } = (await (await upload(seekerId, {}, { name: 'cv.pdf', bytes })).json()) as { id: number };
    await upload(seekerId, { kind: 'diploma', title: 'Diploma' }, { name: 'diploma.png', bytes: TINY_PNG, type: 'image/png' });
    const response = await exportRoute(new Request(`http://localhost/api/job-seekers/${seekerId}/export?format=zip`), {
      params: Promise.resolve({ id: String(seekerId) }),
    });
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([`documents/${id}-cv.pdf`, `documents/${id + 1}-diploma.png`, 'person.json']);
    expect(Buffer.from(files[`documents/${id}-cv.pdf`]!).equals(Buffer.from(bytes))).toBe(true);
    const json = JSON.parse(strFromU8(files['person.json']!)) as { documents: { fileName: string }[] };
    expect(json.documents.map((d) => d.fileName).sort()).toEqual(['cv.pdf', 'diploma.png']);
  });
});
