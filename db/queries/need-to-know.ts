import { and, asc, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/client';
import { enqueueMail } from '@/db/job-queue';
import { breakGlassGrants, jobSeekers, notifications, readBlocks, readCounters, users } from '@/db/schema';
import type { BreakGlassReason } from '@/db/schema/enums';
import type { ReadLimits } from '@/lib/domain/read-limits';
import { readWindowStart } from '@/lib/domain/read-limits';
import { type AuditContext, recordAudit } from './audit';

/** The grant that lets this user open this person now, if any. */
export async function activeBreakGlassGrant(db: Database, userId: number, jobSeekerId: number, now = new Date()) {
  const [row] = await db
    .select({ id: breakGlassGrants.id, reasonCode: breakGlassGrants.reasonCode, expiresAt: breakGlassGrants.expiresAt })
    .from(breakGlassGrants)
    .where(and(eq(breakGlassGrants.userId, userId), eq(breakGlassGrants.jobSeekerId, jobSeekerId), gt(breakGlassGrants.expiresAt, now)))
    .orderBy(desc(breakGlassGrants.expiresAt))
    .limit(1);
  return row ?? null;
}

/**
 * Records a caseworker's reason to open someone else's client and grants that one person until
 * `expiresAt`; the reason goes into the audit trail in the same transaction. An erased or
 * missing person grants nothing.
 */
export async function grantBreakGlass(
  db: Database,
  input: { jobSeekerId: number; reasonCode: BreakGlassReason; reasonText: string; expiresAt: Date },
  audit: AuditContext,
): Promise<{ ok: true; expiresAt: Date } | { ok: false; code: 'notFound' }> {
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: jobSeekers.id, caseworkerId: jobSeekers.caseworkerId })
      .from(jobSeekers)
      .where(and(eq(jobSeekers.id, input.jobSeekerId), isNull(jobSeekers.erasedAt)));
    if (!person) return { ok: false as const, code: 'notFound' as const };
    const reasonText = input.reasonText.trim();
    const [grant] = await tx
      .insert(breakGlassGrants)
      .values({ userId: audit.actor.id, jobSeekerId: person.id, reasonCode: input.reasonCode, reasonText, expiresAt: input.expiresAt })
      .returning({ id: breakGlassGrants.id });
    await recordAudit(tx, {
      ...audit,
      action: 'job_seeker.break_glass',
      objectType: 'job_seeker',
      objectId: person.id,
      jobSeekerId: person.id,
      details: { grantId: grant!.id, reasonCode: input.reasonCode, reasonText, owner: person.caseworkerId, until: input.expiresAt.toISOString() },
    });
    return { ok: true as const, expiresAt: input.expiresAt };
  });
}

/** Until when this user's reads are blocked, or null. */
export async function activeReadBlock(db: Database, userId: number, now = new Date()): Promise<Date | null> {
  const [row] = await db
    .select({ until: readBlocks.blockedUntil })
    .from(readBlocks)
    .where(and(eq(readBlocks.userId, userId), gt(readBlocks.blockedUntil, now)))
    .orderBy(desc(readBlocks.blockedUntil))
    .limit(1);
  return row?.until ?? null;
}

export type ReadKind = 'profile' | 'export';

/**
 * Counts one read of a full profile or an export against the user's hourly limit, in one
 * statement (an upsert), so concurrent requests on several app instances count each read once.
 * The read that goes over the limit blocks the user for `blockMinutes`, writes the refusal of
 * that read to the audit trail (job_seeker.read_limit, the one row of that refusal) and alerts every active manager and admin (in-app and by mail), all in one
 * transaction; only that one read sees the count just over the limit, so the alert goes once.
 */
export async function countRead(
  db: Database,
  kind: ReadKind,
  jobSeekerId: number,
  limits: ReadLimits,
  audit: AuditContext,
  now = new Date(),
): Promise<{ ok: true; reads: number } | { ok: false; until: Date; reads: number; limit: number; alerted: boolean }> {
  const windowStart = readWindowStart(now);
  const column = kind === 'profile' ? readCounters.profileViews : readCounters.exports;
  const limit = kind === 'profile' ? limits.profileViewsPerHour : limits.exportsPerHour;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(readCounters)
      .values({ userId: audit.actor.id, windowStart, profileViews: kind === 'profile' ? 1 : 0, exports: kind === 'export' ? 1 : 0 })
      .onConflictDoUpdate({
        target: [readCounters.userId, readCounters.windowStart],
        set: kind === 'profile' ? { profileViews: sql`${readCounters.profileViews} + 1` } : { exports: sql`${readCounters.exports} + 1` },
      })
      .returning({ reads: column });
    const reads = row!.reads;
    // Old windows go as new reads come in; an hour is all that is ever counted.
    if (reads === 1) await tx.delete(readCounters).where(lt(readCounters.windowStart, new Date(windowStart.getTime() - 24 * 3_600_000)));
    if (reads <= limit) return { ok: true as const, reads };
    const until = new Date(now.getTime() + limits.blockMinutes * 60_000);
    if (reads === limit + 1) {
      await tx.insert(readBlocks).values({ userId: audit.actor.id, kind, blockedAt: now, blockedUntil: until });
      await recordAudit(tx, {
        ...audit,
        action: 'job_seeker.read_limit',
        objectType: 'job_seeker',
        objectId: jobSeekerId,
        jobSeekerId,
        result: 'denied',
        details: { kind, limit, reads, windowStart: windowStart.toISOString(), until: until.toISOString() },
      });
      await alertSupervisors(tx, { actorId: audit.actor.id, kind, until });
      return { ok: false as const, until, reads, limit, alerted: true };
    }
    return { ok: false as const, until, reads, limit, alerted: false };
  });
}

/** Every active manager and admin learns that a user reached a read limit: in-app, and by mail through the queue. */
async function alertSupervisors(tx: Database, alert: { actorId: number; kind: ReadKind; until: Date }): Promise<void> {
  const supervisors = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, ['manager', 'admin']), eq(users.active, true)))
    .orderBy(asc(users.id));
  for (const s of supervisors) {
    await tx.insert(notifications).values({
      userId: s.id,
      kind: 'readLimit',
      data: { actorId: alert.actorId, readKind: alert.kind, until: alert.until.toISOString() },
    });
    await enqueueMail(tx, { kind: 'readLimit', userId: s.id, actorId: alert.actorId, readKind: alert.kind, until: alert.until.toISOString() });
  }
}

export interface BreakGlassRow {
  id: number;
  grantedAt: Date;
  expiresAt: Date;
  reasonCode: BreakGlassReason;
  reasonText: string;
  userId: number;
  userName: string;
  userEmail: string;
  jobSeekerId: number;
  ownerName: string | null;
}

/** The latest break-the-glass grants, newest first, for the audit page. */
export async function listBreakGlassGrants(db: Database, options: { limit?: number } = {}): Promise<BreakGlassRow[]> {
  const owner = alias(users, 'owner');
  return db
    .select({
      id: breakGlassGrants.id,
      grantedAt: breakGlassGrants.grantedAt,
      expiresAt: breakGlassGrants.expiresAt,
      reasonCode: breakGlassGrants.reasonCode,
      reasonText: breakGlassGrants.reasonText,
      userId: breakGlassGrants.userId,
      userName: users.name,
      userEmail: users.email,
      jobSeekerId: breakGlassGrants.jobSeekerId,
      ownerName: owner.name,
    })
    .from(breakGlassGrants)
    .innerJoin(users, eq(users.id, breakGlassGrants.userId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, breakGlassGrants.jobSeekerId))
    .leftJoin(owner, eq(owner.id, jobSeekers.caseworkerId))
    .orderBy(desc(breakGlassGrants.grantedAt), desc(breakGlassGrants.id))
    .limit(options.limit ?? 50);
}

export interface ReadBlockRow {
  id: number;
  kind: ReadKind;
  blockedAt: Date;
  blockedUntil: Date;
  userId: number;
  userName: string;
  userEmail: string;
}

/** The latest read-limit blocks, newest first, for the audit page. */
export async function listReadBlocks(db: Database, options: { limit?: number } = {}): Promise<ReadBlockRow[]> {
  return db
    .select({
      id: readBlocks.id,
      kind: readBlocks.kind,
      blockedAt: readBlocks.blockedAt,
      blockedUntil: readBlocks.blockedUntil,
      userId: readBlocks.userId,
      userName: users.name,
      userEmail: users.email,
    })
    .from(readBlocks)
    .innerJoin(users, eq(users.id, readBlocks.userId))
    .orderBy(desc(readBlocks.blockedAt), desc(readBlocks.id))
    .limit(options.limit ?? 20);
}

/** Who owns this person (and their name, as the register list shows it), before anything more is read. */
export async function jobSeekerOwner(db: Database, id: number) {
  const [row] = await db
    .select({
      id: jobSeekers.id,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      caseworkerId: jobSeekers.caseworkerId,
      caseworkerName: users.name,
    })
    .from(jobSeekers)
    .leftJoin(users, eq(users.id, jobSeekers.caseworkerId))
    .where(and(eq(jobSeekers.id, id), isNull(jobSeekers.erasedAt)));
  return row ?? null;
}
