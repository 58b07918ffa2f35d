import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { addDocument } from '@/db/queries/documents';
import { fieldErrorsOf } from '@/lib/actions/authorized-action';
import { recordAudit } from '@/db/queries/audit';
import { getCurrentUser } from '@/lib/auth/current-user';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { routeId } from '@/lib/params';
import { documentLimits } from '@/lib/documents/limits';
import { documentStorage } from '@/db/document-storage';
import { checkUploadedFile, readBodyLimited } from '@/lib/documents/upload';
import { requestOrigin } from '@/lib/request-origin';
import { documentMetaSchema } from '@/lib/validation/documents';
import { auditedRoute } from '@/lib/reports/route-guard';

const noStore = { 'cache-control': 'no-store' };
// Room for the form's other fields and the multipart boundaries around the file.
const FORM_OVERHEAD_BYTES = 64 * 1024;

function answer(status: number, body: Record<string, unknown>) {
  return NextResponse.json(body, { status, headers: noStore });
}

/**
 * Upload of one document for a person (multipart: file, kind, title, documentDate,
 * placementId). A route handler, not a server action: the action body limit is 1 MB and a
 * file may have 10. The body is read up to the limit and checked whole before one
 * transaction stores row and bytes together, so a dropped connection stores nothing.
 * Answers JSON: { ok: true, id } or { ok: false, code, fieldErrors } (i18n keys; for the same
 * file twice also duplicateOf, the title it already has).
 */
export const POST = auditedRoute('document.upload', async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getCurrentUser();
  if (!user) return answer(401, { ok: false, code: 'unauthenticated' });
  // A required second factor not yet enrolled: nothing but the enrolment (lib/auth/current-user.ts).
  if (user.mustEnrolSecondFactor) return answer(403, { ok: false, code: 'secondFactorRequired' });
  const db = await getDb();
  const origin = await requestOrigin();
  const actor = { id: user.id, role: user.role, email: user.email };
  const { id: rawId } = await params;
  if (!routeHandlerRoles('/api/job-seekers/[id]/documents').includes(user.role)) {
    await recordAudit(db, { actor, action: 'document.upload', objectType: 'job_seeker', objectId: rawId, result: 'denied', origin });
    return answer(403, { ok: false, code: 'forbidden' });
  }
  // The session cookie rides along on any form post; only our own pages may upload.
  if (!sameOrigin(request)) return answer(403, { ok: false, code: 'forbidden' });
  const jobSeekerId = routeId(rawId);
  if (jobSeekerId === null) return answer(404, { ok: false, code: 'notFound' });

  const limits = documentLimits();
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limits.fileBytes + FORM_OVERHEAD_BYTES) return answer(413, { ok: false, code: 'invalid', fieldErrors: { file: 'fileTooLarge' } });
  const body = await readBodyLimited(request.body, limits.fileBytes + FORM_OVERHEAD_BYTES);
  if (!body.ok) {
    return body.code === 'tooLarge'
      ? answer(413, { ok: false, code: 'invalid', fieldErrors: { file: 'fileTooLarge' } })
      : answer(400, { ok: false, code: 'uploadBroken' });
  }
  let form: FormData;
  try {
    form = await new Request(request.url, {
      method: 'POST',
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
      body: body.bytes as BodyInit,
    }).formData();
  } catch {
    return answer(400, { ok: false, code: 'uploadBroken' });
  }
  const meta = documentMetaSchema.safeParse({
    kind: form.get('kind') ?? '',
    title: form.get('title') ?? '',
    documentDate: form.get('documentDate') ?? '',
    placementId: form.get('placementId') ?? '',
  });
  const file = form.get('file');
  const fieldErrors: Record<string, string> = meta.success ? {} : fieldErrorsOf(meta.error);
  if (!(file instanceof File)) fieldErrors.file = 'chooseFile';
  if (!meta.success || !(file instanceof File)) return answer(400, { ok: false, code: 'invalid', fieldErrors });

  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = await checkUploadedFile({ name: file.name, bytes, kind: meta.data.kind, maxBytes: limits.fileBytes });
  if (!checked.ok) {
    await recordAudit(db, {
      actor,
      action: 'document.upload',
      objectType: 'job_seeker',
      objectId: jobSeekerId,
      jobSeekerId,
      result: 'denied',
      origin,
      details: { reason: checked.code },
    });
    return answer(400, { ok: false, code: 'invalid', fieldErrors: { file: checked.code } });
  }
  const stored = await addDocument(db, documentStorage(), {
    jobSeekerId,
    placementId: meta.data.placementId,
    kind: meta.data.kind,
    title: meta.data.title,
    documentDate: meta.data.documentDate,
    fileName: checked.fileName,
    contentType: checked.contentType,
    bytes,
    sha256: checked.sha256,
    uploadedBy: user.id,
    personLimitBytes: limits.personBytes,
  });
  if (!stored.ok) {
    if (stored.code === 'notFound') return answer(404, { ok: false, code: 'notFound' });
    // The same file twice: the answer names the document it already is.
    if (stored.code === 'duplicate') return answer(409, { ok: false, code: 'invalid', fieldErrors: { file: 'duplicate' }, duplicateOf: stored.existingTitle });
    return answer(409, { ok: false, code: 'invalid', fieldErrors: { file: stored.code } });
  }
  await recordAudit(db, {
    actor,
    action: 'document.upload',
    objectType: 'document',
    objectId: stored.id,
    jobSeekerId,
    origin,
    details: { kind: meta.data.kind, type: checked.contentType, bytes: bytes.byteLength, placementId: meta.data.placementId },
  });
  return answer(201, { ok: true, id: stored.id });
});

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
