import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { documentFilesOfJobSeeker } from '@/db/queries/documents';
import { exportJobSeeker } from '@/db/queries/job-seeker-export';
import { personExportZip } from '@/lib/documents/export-zip';
import { documentStorage } from '@/db/document-storage';
import { recordAudit } from '@/db/queries/audit';
import { jobSeekerOwner } from '@/db/queries/need-to-know';
import { decidePersonRead, refusedReadAnswer } from '@/lib/auth/need-to-know';
import { getCurrentUser } from '@/lib/auth/current-user';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { routeId } from '@/lib/params';
import { requestOrigin } from '@/lib/request-origin';
import { auditedRoute } from '@/lib/reports/route-guard';

const noStore = { 'cache-control': 'no-store' };

/**
 * "Export everything about this person" as JSON (or with ?format=zip as one ZIP of the JSON and the documents), for staff only. Employers get 403 and the
 * refusal is audited; a person who does not exist (or was erased) is 404 for everyone.
 */
export const GET = auditedRoute('job_seeker.export', async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: 'unauthenticated' }, { status: 401, headers: noStore });
  // A required second factor not yet enrolled: nothing but the enrolment (lib/auth/current-user.ts).
  if (user.mustEnrolSecondFactor) return NextResponse.json({ error: 'second_factor_required' }, { status: 403, headers: noStore });
  const db = await getDb();
  const origin = await requestOrigin();
  const actor = { id: user.id, role: user.role, email: user.email };
  const { id: rawId } = await params;
  const id = routeId(rawId);
  if (!routeHandlerRoles('/api/job-seekers/[id]/export').includes(user.role)) {
    await recordAudit(db, { actor, action: 'job_seeker.export', objectType: 'job_seeker', objectId: rawId, result: 'denied', origin });
    return NextResponse.json({ error: 'forbidden' }, { status: 403, headers: noStore });
  }
  const person = id === null ? null : await jobSeekerOwner(db, id);
  if (!person || id === null) return NextResponse.json({ error: 'notFound' }, { status: 404, headers: noStore });
  // Need-to-know and the export limit, each refusal audited (lib/auth/need-to-know.ts).
  const refused = refusedReadAnswer(await decidePersonRead(db, { actor, origin }, person, 'export'));
  if (refused) return refused;
  const data = await exportJobSeeker(db, id);
  if (!data) return NextResponse.json({ error: 'notFound' }, { status: 404, headers: noStore });
  const json = JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2);
  // ?format=zip: the complete export, the JSON and every document file in one ZIP.
  if (new URL(request.url).searchParams.get('format') === 'zip') {
    const files = await documentFilesOfJobSeeker(db, id);
    await recordAudit(db, {
      actor,
      action: 'job_seeker.export',
      objectType: 'job_seeker',
      objectId: id,
      jobSeekerId: id,
      origin,
      details: { format: 'zip', documents: files.length },
    });
    return new Response(personExportZip(db, documentStorage(), json, files), {
      status: 200,
      headers: {
        ...noStore,
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="job-seeker-${id}.zip"`,
        'x-content-type-options': 'nosniff',
      },
    });
  }
  await recordAudit(db, { actor, action: 'job_seeker.export', objectType: 'job_seeker', objectId: id, jobSeekerId: id, origin, details: { format: 'json' } });
  return new NextResponse(json, {
    status: 200,
    headers: {
      ...noStore,
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="job-seeker-${id}.json"`,
    },
  });
});
