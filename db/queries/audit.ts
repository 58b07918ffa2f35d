import { AsyncLocalStorage } from 'node:async_hooks';
import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import type { Role } from '@/db/schema/enums';
import { normalizeIp } from '@/lib/security/ip';

export interface AuditActor {
  /** A user's id; for role 'api_key' the id of the API key (lib/api/route.ts). */
  id: number;
  role: Role | 'api_key';
  email: string;
}

export interface AuditEvent {
  actor?: AuditActor | null;
  /** Dotted verb, e.g. "account.create", "job_seeker.view", "sign_in.failed". */
  action: string;
  objectType?: string;
  objectId?: string | number;
  jobSeekerId?: number;
  result?: 'ok' | 'denied' | 'error';
  origin?: string | null;
  /** Never passwords, hashes or tokens. */
  details?: Record<string, unknown>;
}

/**
 * Who acts, handed to every query that changes personal data: the query writes its audit row
 * with `recordAudit(tx, { ...audit, ... })` inside the transaction of the change, so the change
 * and its row commit or roll back together. A refusal changes nothing and is recorded on its own.
 */
export interface AuditContext {
  actor: AuditActor;
  origin: string | null;
}

/**
 * Counts the refusals recorded while one server action or route runs (authorizedAction,
 * authorizeRoute): a refusal the handler or its query already wrote is not written a second time
 * by the wrapper, and one nobody wrote is written by the wrapper once.
 */
const refusalScope = new AsyncLocalStorage<{ denied: number }>();

export async function withRefusalScope<T>(run: () => Promise<T>): Promise<{ value: T; deniedRecorded: number }> {
  const scope = { denied: 0 };
  const value = await refusalScope.run(scope, run);
  return { value, deniedRecorded: scope.denied };
}

/** Appends one event to the audit trail (pass the transaction when it records a change). */
export async function recordAudit(db: Database, event: AuditEvent): Promise<void> {
  const scope = refusalScope.getStore();
  if (scope && event.result === 'denied') scope.denied += 1;
  await db.insert(auditEvents).values({
    actorId: event.actor?.id ?? null,
    actorRole: event.actor?.role ?? null,
    actorEmail: event.actor?.email ?? null,
    action: event.action,
    objectType: event.objectType ?? null,
    objectId: event.objectId == null ? null : String(event.objectId),
    jobSeekerId: event.jobSeekerId ?? null,
    result: event.result ?? 'ok',
    origin: normalizeIp(event.origin),
    details: event.details ?? null,
  });
}

export interface AuditFilter {
  /** Job seeker whose data was read or changed. */
  jobSeekerId?: number;
  /** Who acted: an account id, or an e-mail address (case-insensitive). */
  actor?: string;
  /** An action ("sign_in.failed") or a family of actions ("sign_in"). */
  action?: string;
  objectType?: string;
  objectId?: string;
  /** Calendar dates (YYYY-MM-DD), inclusive, in Dutch/German local time. */
  from?: string;
  to?: string;
  result?: 'ok' | 'denied' | 'error';
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: number | null;
  actorRole: string | null;
  actorEmail: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  jobSeekerId: number | null;
  result: 'ok' | 'denied' | 'error';
  origin: string | null;
  details: unknown;
}

const ZONE = 'Europe/Amsterdam';

/**
 * One page of the audit trail, newest first, filtered and paged in SQL. Fetches one row more
 * than the page to know whether a next page exists, instead of counting the whole trail.
 */
export async function searchAuditEvents(
  db: Database,
  filter: AuditFilter,
  paging: { page: number; pageSize: number },
): Promise<{ rows: AuditRow[]; hasNext: boolean }> {
  const where: SQL[] = [];
  if (filter.jobSeekerId !== undefined) where.push(eq(auditEvents.jobSeekerId, filter.jobSeekerId));
  if (filter.actor) where.push(await actorCondition(db, filter.actor));
  if (filter.action) {
    // Exact action, or the family: "sign_in" finds sign_in.ok, sign_in.failed, sign_in.locked...
    where.push(or(eq(auditEvents.action, filter.action), sql`starts_with(${auditEvents.action}, ${`${filter.action}.`})`)!);
  }
  if (filter.objectType) where.push(eq(auditEvents.objectType, filter.objectType));
  if (filter.objectId) where.push(eq(auditEvents.objectId, filter.objectId));
  if (filter.from) where.push(sql`${auditEvents.at} >= (${filter.from}::date)::timestamp at time zone ${ZONE}`);
  if (filter.to) where.push(sql`${auditEvents.at} < (${filter.to}::date + 1)::timestamp at time zone ${ZONE}`);
  if (filter.result) where.push(eq(auditEvents.result, filter.result));

  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorId: auditEvents.actorId,
      actorRole: auditEvents.actorRole,
      actorEmail: auditEvents.actorEmail,
      action: auditEvents.action,
      objectType: auditEvents.objectType,
      objectId: auditEvents.objectId,
      jobSeekerId: auditEvents.jobSeekerId,
      result: auditEvents.result,
      origin: auditEvents.origin,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(paging.pageSize + 1)
    .offset((paging.page - 1) * paging.pageSize);
  return { rows: rows.slice(0, paging.pageSize), hasNext: rows.length > paging.pageSize };
}

/**
 * An account id, or an e-mail: resolved to the account (indexed) when one has that address;
 * otherwise matched against the e-mail recorded with the event (accounts renamed or gone).
 */
async function actorCondition(db: Database, actor: string): Promise<SQL> {
  if (/^[0-9]{1,10}$/.test(actor) && Number(actor) <= 2_147_483_647) return eq(auditEvents.actorId, Number(actor));
  const email = actor.trim().toLowerCase();
  const [user] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  if (user) return eq(auditEvents.actorId, user.id);
  return sql`lower(${auditEvents.actorEmail}) = ${email}`;
}
