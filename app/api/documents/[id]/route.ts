import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { documentById, documentForEmployer } from '@/db/queries/documents';
import { recordAudit } from '@/db/queries/audit';
import { jobSeekerOwner } from '@/db/queries/need-to-know';
import { decidePersonRead, refusedReadAnswer } from '@/lib/auth/need-to-know';
import { getCurrentUser } from '@/lib/auth/current-user';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { routeId } from '@/lib/params';
import { todayInAppZone } from '@/lib/time/zoned';
import { contentDisposition } from '@/lib/documents/file-check';
import { extensionOfType, type DocumentType } from '@/lib/domain/documents';
import { documentStorage } from '@/db/document-storage';
import { requestOrigin } from '@/lib/request-origin';
import { auditedRoute } from '@/lib/reports/route-guard';

const noStore = { 'cache-control': 'no-store' };

/**
 * Download of one document. Staff: a document of a person they may read under need-to-know
 * (a caseworker's own caseload, or a colleague's client after a stated reason), counted as an
 * export against the hourly limit, because a file leaving the app is the bulk read the limit is
 * there to brake. Employer: only a
 * document whose kind lies inside the current consent of a candidate proposed to the
 * company's own vacancies; anything else answers 404 exactly like a missing document.
 * Always an attachment with the type read from the bytes at upload, nosniff and no-store, so
 * a browser never renders it inline; the bytes are streamed chunk by chunk.
 */
export const GET = auditedRoute('document.download', async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: 'unauthenticated' }, { status: 401, headers: noStore });
  // A required second factor not yet enrolled: nothing but the enrolment (lib/auth/current-user.ts).
  if (user.mustEnrolSecondFactor) return NextResponse.json({ error: 'second_factor_required' }, { status: 403, headers: noStore });
  const db = await getDb();
  const origin = await requestOrigin();
  const actor = { id: user.id, role: user.role, email: user.email };
  const { id: rawId } = await params;
  const id = routeId(rawId);
  const staff = user.role !== 'employer' && routeHandlerRoles('/api/documents/[id]').includes(user.role);
  const doc =
    id === null
      ? null
      : staff
        ? await documentById(db, id)
        : user.role === 'employer' && user.employerId
          ? await documentForEmployer(db, { documentId: id, employerId: user.employerId, today: todayInAppZone() })
          : null;
  if (!doc) {
    // Refusals of an employer are recorded: someone tried a document outside the consent.
    if (!staff) await recordAudit(db, { actor, action: 'document.download', objectType: 'document', objectId: rawId, result: 'denied', origin });
    return NextResponse.json({ error: 'notFound' }, { status: 404, headers: noStore });
  }
  if (staff) {
    const person = await jobSeekerOwner(db, doc.jobSeekerId);
    if (!person) return NextResponse.json({ error: 'notFound' }, { status: 404, headers: noStore });
    // Each refusal is audited by decidePersonRead (job_seeker.reason_required / read_blocked).
    const refused = refusedReadAnswer(await decidePersonRead(db, { actor, origin }, person, 'export'));
    if (refused) return refused;
  }
  await recordAudit(db, {
    actor,
    action: 'document.download',
    objectType: 'document',
    objectId: doc.id,
    jobSeekerId: doc.jobSeekerId,
    origin,
    details: { kind: doc.kind },
  });
  return new Response(documentStorage().open(db, doc.storageKey), {
    status: 200,
    headers: {
      ...noStore,
      'content-type': doc.contentType,
      'content-length': String(doc.byteSize),
      'content-disposition': contentDisposition(doc.fileName, extensionOfType[doc.contentType as DocumentType] ?? 'bin'),
      'x-content-type-options': 'nosniff',
      // A document never runs anything, even if a browser were to open it.
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
});
