import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { enqueueMail } from '@/db/job-queue';
import { signInThrottle, userSessions, users } from '@/db/schema';
import { type AuditActor, recordAudit } from './audit';

/**
 * Reset requests per client address per 15 minutes, counted in the sign-in throttle table
 * (key "reset:<address>"), so every app instance shares the count. One mail per account a
 * minute at most (pg-boss throttling by singleton key), however often the form is sent.
 */
export const RESET_POLICY = { addressMaxRequests: 10, windowMinutes: 15, perAccountSeconds: 60 } as const;

export type ResetRequestOutcome = { ok: true } | { ok: false; code: 'throttled'; until: Date };

export async function requestPasswordReset(db: Database, input: { email: string; origin: string | null; now?: Date }): Promise<ResetRequestOutcome> {
  const now = input.now ?? new Date();
  const size = RESET_POLICY.windowMinutes * 60_000;
  const windowStart = new Date(Math.floor(now.getTime() / size) * size);
  const key = `reset:${input.origin ?? 'unknown'}`;
  return db.transaction(async (tx) => {
    const [bucket] = await tx
      .insert(signInThrottle)
      .values({ origin: key, windowStart, failures: 1 })
      .onConflictDoUpdate({ target: [signInThrottle.origin, signInThrottle.windowStart], set: { failures: sql`${signInThrottle.failures} + 1` } })
      .returning({ count: signInThrottle.failures });
    if (bucket && bucket.count > RESET_POLICY.addressMaxRequests) {
      await recordAudit(tx, { action: 'account.reset_requested', result: 'denied', origin: input.origin, details: { reason: 'address_throttled' } });
      return { ok: false as const, code: 'throttled' as const, until: new Date(windowStart.getTime() + size) };
    }
    const [user] = await tx
      .select({ id: users.id, role: users.role, email: users.email, active: users.active })
      .from(users)
      .where(sql`lower(${users.email}) = ${input.email.trim().toLowerCase()}`);
    if (!user?.active) {
      await recordAudit(tx, {
        action: 'account.reset_requested',
        result: 'denied',
        origin: input.origin,
        details: { reason: user ? 'inactive' : 'unknown_email' },
      });
      return { ok: true as const };
    }
    await enqueueMail(tx, { kind: 'passwordReset', userId: user.id }, { key: `reset:${user.id}`, seconds: RESET_POLICY.perAccountSeconds });
    await recordAudit(tx, { actor: user, action: 'account.reset_requested', objectType: 'user', objectId: user.id, origin: input.origin });
    return { ok: true as const };
  });
}

/**
 * A new password from "My account": every other session of the account ends (a stolen
 * session stops), the one in use stays. Audited in the same transaction.
 */
export async function changeOwnPassword(
  db: Database,
  input: { actor: AuditActor; passwordHash: string; keepSessionId: string | null; origin: string | null; now?: Date },
): Promise<{ endedSessions: number }> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: input.passwordHash, updatedAt: now }).where(eq(users.id, input.actor.id));
    const others = and(
      eq(userSessions.userId, input.actor.id),
      isNull(userSessions.endedAt),
      input.keepSessionId ? ne(userSessions.id, input.keepSessionId) : undefined,
    );
    const ended = await tx.update(userSessions).set({ endedAt: now, endedReason: 'revoked' }).where(others).returning({ id: userSessions.id });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'account.password_change',
      objectType: 'user',
      objectId: input.actor.id,
      origin: input.origin,
      details: { endedSessions: ended.length },
    });
    return { endedSessions: ended.length };
  });
}

export async function changeOwnLanguage(db: Database, input: { actor: AuditActor; locale: 'nl' | 'de'; origin: string | null }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ locale: input.locale, updatedAt: new Date() }).where(eq(users.id, input.actor.id));
    await recordAudit(tx, {
      actor: input.actor,
      action: 'account.language_change',
      objectType: 'user',
      objectId: input.actor.id,
      origin: input.origin,
      details: { locale: input.locale },
    });
  });
}
