import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { userSecondFactors, userSessions, users, type User } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import { normalizeIp } from '@/lib/security/ip';
import { SESSION_TOUCH_SECONDS, type SessionPolicy } from './session-policy';

/**
 * Server-side sessions. The session cookie (next-auth's signed JWT) names a row in
 * user_sessions; that row, not the cookie, decides whether the session is still alive.
 * Why a table rather than timestamps inside the JWT: server components cannot rewrite the
 * cookie, so a JWT's "last activity" could only move when the browser polls next-auth; and
 * a row can be ended by sign-out for certain, whatever copies of the cookie exist.
 */

export type SessionEnd = 'signed_out' | 'idle' | 'expired' | 'revoked';

export type SessionCheck = { ok: true; user: User; hasSecondFactor: boolean } | { ok: false; reason: 'missing' | 'ended' | 'idle' | 'expired' | 'revoked' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opens a session for a user who just proved who they are; returns its id for the token. */
export async function startSession(db: Database, input: { userId: number; origin?: string | null; now?: Date }): Promise<string> {
  const now = input.now ?? new Date();
  const [row] = await db
    .insert(userSessions)
    .values({ userId: input.userId, createdAt: now, lastSeenAt: now, origin: normalizeIp(input.origin) })
    .returning({ id: userSessions.id });
  return row!.id;
}

/**
 * The user behind a session token, or why there is none. Ends idle and expired sessions (and
 * records that in the audit trail once); refreshes the last-activity time at most once a
 * minute. Deactivation and role changes bump the user's session version: older tokens stop.
 */
export async function resolveSession(
  db: Database,
  token: { sid?: string | null; uid?: number | null; sv?: number | null },
  options: { now: Date; policy: SessionPolicy },
): Promise<SessionCheck> {
  const { now, policy } = options;
  if (!token.sid || !UUID.test(token.sid) || !token.uid) return { ok: false, reason: 'missing' };
  const [row] = await db
    .select({ session: userSessions, user: users, factorConfirmedAt: userSecondFactors.confirmedAt })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    // Read with the session, in the same query: whether a required second factor is missing.
    .leftJoin(userSecondFactors, eq(userSecondFactors.userId, userSessions.userId))
    .where(eq(userSessions.id, token.sid))
    .limit(1);
  if (!row || row.user.id !== token.uid) return { ok: false, reason: 'missing' };
  const { session, user } = row;
  if (session.endedAt) return { ok: false, reason: 'ended' };

  let end: Exclude<SessionEnd, 'signed_out'> | null = null;
  if (now.getTime() >= session.createdAt.getTime() + policy.maxHours * 3_600_000) end = 'expired';
  else if (now.getTime() >= session.lastSeenAt.getTime() + policy.idleMinutes * 60_000) end = 'idle';
  else if (!user.active || user.sessionVersion !== token.sv) end = 'revoked';
  if (end) {
    await endSession(db, session.id, end, { now, actor: user });
    return { ok: false, reason: end };
  }

  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_SECONDS * 1000) {
    // Conditional: of concurrent requests only one writes.
    await db
      .update(userSessions)
      .set({ lastSeenAt: now })
      .where(and(eq(userSessions.id, session.id), lt(userSessions.lastSeenAt, new Date(now.getTime() - SESSION_TOUCH_SECONDS * 1000))));
  }
  return { ok: true, user, hasSecondFactor: row.factorConfirmedAt != null };
}

/** Ends a session for the server; the audit trail gets one event, however often this is called. */
export async function endSession(
  db: Database,
  sid: string | null | undefined,
  reason: SessionEnd,
  options: { now?: Date; actor?: Pick<User, 'id' | 'role' | 'email'> | null; origin?: string | null } = {},
): Promise<boolean> {
  if (!sid || !UUID.test(sid)) return false;
  const [ended] = await db
    .update(userSessions)
    .set({ endedAt: options.now ?? new Date(), endedReason: reason })
    .where(and(eq(userSessions.id, sid), isNull(userSessions.endedAt)))
    .returning({ userId: userSessions.userId });
  if (!ended) return false;
  let actor = options.actor ?? null;
  if (!actor) {
    const [user] = await db.select({ id: users.id, role: users.role, email: users.email }).from(users).where(eq(users.id, ended.userId));
    actor = user ?? null;
  }
  await recordAudit(db, {
    actor,
    action: reason === 'signed_out' ? 'sign_out' : 'session.ended',
    objectType: 'session',
    objectId: sid,
    origin: options.origin,
    details: reason === 'signed_out' ? undefined : { reason },
  });
  return true;
}
