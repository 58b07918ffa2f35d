import 'server-only';
import { databaseFaultCodes, noteDatabaseFault, RETRY_AFTER_S } from '@/db/availability';
import { getDb, type Database } from '@/db/client';
import type { Role } from '@/db/schema/enums';
import { recordAudit, withRefusalScope } from '@/db/queries/audit';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { requestOrigin } from '@/lib/request-origin';

/**
 * The guard of a route handler, like authorizedAction for actions: no session -> 401,
 * wrong role -> 403 { error: 'forbidden' } (audited as denied), else the user and database.
 */
export async function authorizeRoute(
  name: string,
  roles: readonly Role[],
): Promise<{ ok: true; user: SessionUser; db: Database; origin: string | null } | { ok: false; response: Response }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: Response.json({ error: 'unauthenticated' }, { status: 401, headers: { 'cache-control': 'no-store' } }) };
  // A required second factor not yet enrolled: nothing but the enrolment (lib/auth/current-user.ts).
  if (user.mustEnrolSecondFactor)
    return { ok: false, response: Response.json({ error: 'second_factor_required' }, { status: 403, headers: { 'cache-control': 'no-store' } }) };
  const db = await getDb();
  const origin = await requestOrigin();
  if (!roles.includes(user.role)) {
    await recordAudit(db, { actor: { id: user.id, role: user.role, email: user.email }, action: name, result: 'denied', origin });
    return { ok: false, response: Response.json({ error: 'forbidden' }, { status: 403, headers: { 'cache-control': 'no-store' } }) };
  }
  return { ok: true, user, db, origin };
}

/** The answers that refuse the caller: no session, not allowed, no such id (or another company's). */
const REFUSAL_STATUSES = new Set([401, 403, 404]);

/**
 * Wraps a whole route handler so that every refusal it answers is in the audit trail once, under
 * the route's name with the path and status: the refusals its checks already wrote (a role
 * refused by authorizeRoute, a need-to-know refusal) are counted and not written again; the rest
 * (401, a second factor still to enrol, a 404 for a missing or foreign id) are written here.
 * Never fails the answer: the refusal goes out even when the trail cannot be written.
 */
export function auditedRoute<C extends unknown[]>(
  name: string,
  handler: (request: Request, ...rest: C) => Promise<Response>,
): (request: Request, ...rest: C) => Promise<Response> {
  return async (request, ...rest) => {
    let outcome: { value: Response; deniedRecorded: number };
    try {
      outcome = await withRefusalScope(() => handler(request, ...rest));
    } catch (error) {
      // A download or export that meets a database away, too slow or full answers 503 "try
      // again later" (in the body's code, for the page that asked), not a 500 stack.
      const fault = noteDatabaseFault(error);
      if (!fault) throw error;
      console.error(`${name}: database ${fault}`, error);
      return Response.json(
        { error: databaseFaultCodes[fault] },
        { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': String(RETRY_AFTER_S) } },
      );
    }
    const { value: response, deniedRecorded } = outcome;
    if (!REFUSAL_STATUSES.has(response.status) || deniedRecorded > 0) return response;
    try {
      const user = await getCurrentUser();
      const path = new URL(request.url).pathname.slice(0, 500);
      await recordAudit(await getDb(), {
        actor: user ? { id: user.id, role: user.role, email: user.email } : null,
        action: name,
        objectType: 'route',
        objectId: path,
        result: 'denied',
        origin: await requestOrigin(),
        details: { status: response.status, method: request.method, path },
      });
    } catch (error) {
      console.error(`could not audit the refusal of ${name}`, error);
    }
    return response;
  };
}
