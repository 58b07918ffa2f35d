import 'server-only';
import type { z } from 'zod';
import { databaseFault, databaseFaultCodes, noteDatabaseFault } from '@/db/availability';
import { getDb, type Database } from '@/db/client';
import type { Role } from '@/db/schema/enums';
import { recordAudit, withRefusalScope, type AuditContext } from '@/db/queries/audit';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { requestOrigin } from '@/lib/request-origin';
import { fail, isRefusal, refusalTargetOf, type ActionResult } from '@/lib/domain/result';
import { actionRoles } from '@/lib/security/access-matrix';

/** What a user who must first enrol a second factor may still do. */
const ENROLMENT_ACTIONS = new Set(['account.second_factor_start', 'account.second_factor_confirm', 'account.change_language']);

export interface ActionContext {
  user: SessionUser;
  db: Database;
  origin: string | null;
  /** The acting user and origin, for the audit row a query writes in the change's transaction. */
  audit: AuditContext;
}

/**
 * Every server action goes through here: session -> role -> schema -> handler. The role
 * check is on the server because a client can call any action with any input; the schema
 * is the one the form uses, parsed again because the client's check proves nothing.
 * The roles come from the action's entry in the access matrix, found by `name`; a name the
 * matrix does not know is refused (and logged), never let through.
 */
export async function authorizedAction<S extends z.ZodType, T>(
  options: { name: string; schema: S; input: unknown },
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  try {
    return await runAction(options, handler);
  } catch (error) {
    // The session lookup, the role check's audit row or the handler met a database that is away,
    // too slow or out of space: the form says so in the user's language and keeps what was typed.
    const fault = noteDatabaseFault(error);
    if (!fault) throw error;
    console.error(`action ${options.name}: database ${fault}`, error);
    return fail(databaseFaultCodes[fault]);
  }
}

async function runAction<S extends z.ZodType, T>(
  options: { name: string; schema: S; input: unknown },
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated');
  const db = await getDb();
  const origin = await requestOrigin();
  const roles = rolesFor(options.name);
  const audit: AuditContext = { actor: { id: user.id, role: user.role, email: user.email }, origin };
  // Until a required second factor is enrolled, only the enrolment itself may be done.
  const blockedForEnrolment = user.mustEnrolSecondFactor && !ENROLMENT_ACTIONS.has(options.name);
  if (!roles.includes(user.role) || blockedForEnrolment) {
    await recordAudit(db, {
      actor: audit.actor,
      action: options.name,
      result: 'denied',
      origin,
      details: blockedForEnrolment ? { reason: 'second_factor_required' } : undefined,
    });
    return fail(blockedForEnrolment ? 'secondFactorRequired' : 'forbidden');
  }
  const parsed = options.schema.safeParse(options.input);
  if (!parsed.success) return fail('invalid', fieldErrorsOf(parsed.error));
  let outcome: { value: ActionResult<T>; deniedRecorded: number };
  try {
    outcome = await withRefusalScope(() => handler(parsed.data, { user, db, origin, audit }));
  } catch (error) {
    if (databaseFault(error)) throw error;
    console.error(`action ${options.name} failed`, error);
    return fail('serverError');
  }
  const result = outcome.value;
  // A refusal decided inside the handler (no such id, another company's id, not the owner) is
  // recorded once, after the handler: outside any transaction it rolled back, and not again
  // when its query already wrote the denied row.
  if (isRefusal(result) && outcome.deniedRecorded === 0) {
    const target = refusalTargetOf(result) ?? targetOf(options.name, parsed.data);
    try {
      await recordAudit(db, { actor: audit.actor, action: options.name, ...target, result: 'denied', origin, details: { reason: result.code } });
    } catch (error) {
      console.error(`could not audit the refusal of ${options.name}`, error);
    }
  }
  return result;
}

/**
 * What the input aims at, when a handler refuses without naming it (refuse() names it): its `id`,
 * else its one `…Id`, typed by the action's family ("vacancy.update" -> vacancy).
 */
function targetOf(name: string, input: unknown): { objectType?: string; objectId?: string | number } {
  if (!input || typeof input !== 'object') return {};
  const record = input as Record<string, unknown>;
  const idOf = (v: unknown) => (typeof v === 'number' || (typeof v === 'string' && v.length > 0) ? v : undefined);
  const family = name.split('.')[0];
  if (idOf(record.id) !== undefined) return { objectType: family, objectId: idOf(record.id) };
  const [only, ...more] = Object.keys(record).filter((k) => k.endsWith('Id') && idOf(record[k]) !== undefined);
  return only && more.length === 0 ? { objectType: only.slice(0, -2), objectId: idOf(record[only]) } : {};
}

function rolesFor(name: string): readonly Role[] {
  try {
    return actionRoles(name);
  } catch (error) {
    console.error(error);
    return [];
  }
}

/** zod issues as { "path.to.field": "messageKey" }, first issue per field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    out[key] ??= issue.message;
  }
  return out;
}
