import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { users, type User } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { hashPassword, verifyPassword } from './password';

export const SIGN_IN_POLICY = {
  /** Consecutive failures that lock the account. */
  maxFailures: 5,
  /** How long a lock lasts. */
  lockMinutes: 15,
} as const;

export type SignInResult =
  | { ok: true; user: User }
  | { ok: false; code: 'invalid' }
  | { ok: false; code: 'locked'; until: Date };

// Verifying against a real hash when the account does not exist keeps the answer time
// the same, so timing does not tell which e-mail addresses have accounts.
let dummyHash: Promise<string> | undefined;

/**
 * Checks e-mail and password, counting failures in the database so that every app instance
 * shares them. After maxFailures in a row the account is locked for lockMinutes; a locked
 * account is refused even with the right password, and told until when.
 */
export async function checkSignIn(
  db: Database,
  input: { email: string; password: string; origin?: string | null; now?: Date },
): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);

  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, input.password);
    await recordAudit(db, { action: 'sign_in.failed', result: 'denied', origin: input.origin, details: { reason: 'unknown_email' } });
    return { ok: false, code: 'invalid' };
  }

  const actor = { id: user.id, role: user.role, email: user.email };
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit(db, { actor, action: 'sign_in.failed', result: 'denied', origin: input.origin, details: { reason: 'locked' } });
    return { ok: false, code: 'locked', until: user.lockedUntil };
  }

  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk || !user.active) {
    // One atomic update: concurrent failures cannot under-count.
    const lockUntil = new Date(now.getTime() + SIGN_IN_POLICY.lockMinutes * 60_000);
    const [after] = await db
      .update(users)
      .set({
        failedSignIns: sql`case when ${users.failedSignIns} + 1 >= ${SIGN_IN_POLICY.maxFailures} then 0 else ${users.failedSignIns} + 1 end`,
        lockedUntil: sql`case when ${users.failedSignIns} + 1 >= ${SIGN_IN_POLICY.maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, user.id))
      .returning({ lockedUntil: users.lockedUntil });
    const locked = after?.lockedUntil != null && after.lockedUntil > now;
    await recordAudit(db, {
      actor,
      action: locked ? 'sign_in.locked' : 'sign_in.failed',
      result: 'denied',
      origin: input.origin,
      details: { reason: user.active ? 'wrong_password' : 'inactive' },
    });
    if (locked) return { ok: false, code: 'locked', until: after!.lockedUntil! };
    return { ok: false, code: 'invalid' };
  }

  const [signedIn] = await db
    .update(users)
    .set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: now })
    .where(and(eq(users.id, user.id), eq(users.active, true)))
    .returning();
  if (!signedIn) return { ok: false, code: 'invalid' };
  await recordAudit(db, { actor, action: 'sign_in.ok', origin: input.origin });
  return { ok: true, user: signedIn };
}
