import 'server-only';
import { NextResponse } from 'next/server';
import type { Database } from '@/db/client';
import { getDb } from '@/db/client';
import { documentById, documentForEmployer } from '@/db/queries/documents';
import { recordAudit } from '@/db/queries/audit';
import { jobSeekerOwner } from '@/db/queries/need-to-know';
import { decidePersonRead, refusedReadAnswer } from '@/lib/auth/need-to-know';
import { getCurrentUser } from '@/lib/auth/current-user';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { routeId } from '@/lib/params';
import { todayInAppZone } from '@/lib/time/zoned';
import { requestOrigin } from '@/lib/request-origin';

const noStore = { 'cache-control': 'no-store' };

type ReadableDocument = NonNullable<Awaited<ReturnType<typeof documentById>>>;

/**
 * Who may read one document's bytes, for the download and the preview alike. Staff: a
 * document of a person they may read under need-to-know (a colleague's client after a stated
 * reason), counted as an export against the hourly limit, because the file's content leaves
 * the app either way. Employer: only a document whose kind lies inside the current consent of
 * a candidate proposed to the company's own vacancies; anything else answers 404 exactly like a
 * missing document. `accepts` narrows further (the preview: images only), also as a 404.
 * The read is audited under `action` with the document's kind.
 */
export async function authorizeDocumentRead(input: {
  rawId: string;
  route: string;
  action: string;
  accepts?: (doc: ReadableDocument) => boolean;
}): Promise<{ ok: true; db: Database; doc: ReadableDocument } | { ok: false; response: Response }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: NextResponse.json({ error: 'unauthenticated' }, { status: 401, headers: noStore }) };
  // A required second factor not yet enrolled: nothing but the enrolment (lib/auth/current-user.ts).
  if (user.mustEnrolSecondFactor) return { ok: false, response: NextResponse.json({ error: 'second_factor_required' }, { status: 403, headers: noStore }) };
  const db = await getDb();
  const origin = await requestOrigin();
  const actor = { id: user.id, role: user.role, email: user.email };
  const id = routeId(input.rawId);
  const staff = user.role !== 'employer' && routeHandlerRoles(input.route).includes(user.role);
  const found =
    id === null
      ? null
      : staff
        ? await documentById(db, id)
        : user.role === 'employer' && user.employerId
          ? await documentForEmployer(db, { documentId: id, employerId: user.employerId, today: todayInAppZone() })
          : null;
  const doc = found && (input.accepts?.(found) ?? true) ? found : null;
  if (!doc) {
    // Refusals of an employer are recorded: someone tried a document outside the consent.
    if (!staff) await recordAudit(db, { actor, action: input.action, objectType: 'document', objectId: input.rawId, result: 'denied', origin });
    return { ok: false, response: NextResponse.json({ error: 'notFound' }, { status: 404, headers: noStore }) };
  }
  if (staff) {
    const person = await jobSeekerOwner(db, doc.jobSeekerId);
    if (!person) return { ok: false, response: NextResponse.json({ error: 'notFound' }, { status: 404, headers: noStore }) };
    // Each refusal is audited by decidePersonRead (job_seeker.reason_required / read_blocked).
    const refused = refusedReadAnswer(await decidePersonRead(db, { actor, origin }, person, 'export'));
    if (refused) return { ok: false, response: refused };
  }
  await recordAudit(db, {
    actor,
    action: input.action,
    objectType: 'document',
    objectId: doc.id,
    jobSeekerId: doc.jobSeekerId,
    origin,
    details: { kind: doc.kind },
  });
  return { ok: true, db, doc };
}
