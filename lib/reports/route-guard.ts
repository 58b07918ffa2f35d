import 'server-only';
import { getDb, type Database } from '@/db/client';
import type { Role } from '@/db/schema/enums';
import { recordAudit } from '@/db/queries/audit';
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
