import { enqueueBaImport } from '@/db/job-queue';
import { queueManualBaRun } from '@/db/queries/ba-import';
import { fieldErrorsOf } from '@/lib/actions/authorized-action';
import { noStore, readJsonBody } from '@/lib/auth/json-request';
import { baClientOptionsFromEnv } from '@/lib/ba/client';
import { auditedRoute, authorizeRoute } from '@/lib/reports/route-guard';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { startBaImportSchema } from '@/lib/validation/ba-import';

export const dynamic = 'force-dynamic';

/**
 * POST /api/ba-import/runs {sliceId?}: an admin starts an import run now (every active slice,
 * or one). Answers 202 with the run's id, which the page then polls; 409 while another run
 * is queued or running; 503 when no API is configured (nothing would be fetched).
 */
export const POST = auditedRoute('ba_import.start', async (request: Request): Promise<Response> => {
  const auth = await authorizeRoute('ba_import.start', routeHandlerRoles('/api/ba-import/runs'));
  if (!auth.ok) return auth.response;
  const body = await readJsonBody(request);
  if (body === null) return Response.json({ ok: false, code: 'invalid' }, { status: 415, headers: noStore });
  const parsed = startBaImportSchema.safeParse(body);
  if (!parsed.success) return Response.json({ ok: false, code: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) }, { status: 400, headers: noStore });
  if (!baClientOptionsFromEnv()) return Response.json({ ok: false, code: 'baImport.notConfigured' }, { status: 503, headers: noStore });
  const { user, db, origin } = auth;
  const outcome = await queueManualBaRun(db, { actor: { id: user.id, role: user.role, email: user.email }, origin }, parsed.data, enqueueBaImport);
  if (!outcome.ok) {
    return outcome.code === 'runActive'
      ? Response.json({ ok: false, code: 'baImport.runActive' }, { status: 409, headers: noStore })
      : Response.json({ ok: false, code: 'notFound' }, { status: 404, headers: noStore });
  }
  return Response.json({ ok: true, runId: outcome.runId }, { status: 202, headers: noStore });
});
