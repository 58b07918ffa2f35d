import { getBaRun } from '@/db/queries/ba-import';
import { noStore } from '@/lib/auth/json-request';
import { auditedRoute, authorizeRoute } from '@/lib/reports/route-guard';
import { routeHandlerRoles } from '@/lib/security/access-matrix';

export const dynamic = 'force-dynamic';

/** GET /api/ba-import/runs/:id: a run's progress and log, polled by the admin page while it runs. */
export const GET = auditedRoute('ba_import.run_view', async (_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
  const auth = await authorizeRoute('ba_import.run_view', routeHandlerRoles('/api/ba-import/runs/[id]'));
  if (!auth.ok) return auth.response;
  const { id } = await params;
  const runId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  const run = runId === null ? undefined : await getBaRun(auth.db, runId);
  if (!run) return Response.json({ error: 'notFound' }, { status: 404, headers: noStore });
  return Response.json(run, { headers: noStore });
});
