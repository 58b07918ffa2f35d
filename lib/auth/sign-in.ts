import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { signInThrottle, users, type User } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/db/queries/audit';
import { normalizeIp } from '@/lib/security/ip';
import { hashPassword, verifyPassword } from './password';
import { checkSecondFactor } from './second-factor';

export const SIGN_IN_POLICY = {
  /** Consecutive failures that lock the account. */
  maxFailures: 5,
  /** How long a lock lasts. */
  lockMinutes: 15,
  /**
   * Failures from one client address per fixed window, over all accounts (password spraying,
   * guessing e-mail addresses). High enough for an office behind one NAT address.
   */
  addressMaxFailures: 30,
  addressWindowMinutes: 15,
} as const;

export type SignInResult =
  | { ok: true; user: User }
  /** second_factor: the password was right, now the code; second_factor_invalid: a wrong or replayed code. */
  | { ok: false; code: 'invalid' | 'second_factor' | 'second_factor_invalid' }
  | { ok: false; code: 'locked' | 'address_locked'; until: Date };

/** Requests without a known address share one bucket: better a shared limit than none. */
const UNKNOWN_ORIGIN = 'unknown';

function addressWindow(now: Date): { start: Date; end: Date } {
  const size = SIGN_IN_POLICY.addressWindowMinutes * 60_000;
  const start = Math.floor(now.getTime() / size) * size;
  return { start: new Date(start), end: new Date(start + size) };
}

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
  input: { email: string; password: string; code?: string; origin?: string | null; now?: Date },
): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const originKey = normalizeIp(input.origin) ?? UNKNOWN_ORIGIN;
  const window = addressWindow(now);
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  const actor: AuditActor | null = user ? { id: user.id, role: user.role, email: user.email } : null;

  // An address over its limit is refused before any password is checked, even the right one.
  const [bucket] = await db
    .select({ failures: signInThrottle.failures })
    .from(signInThrottle)
    .where(and(eq(signInThrottle.origin, originKey), eq(signInThrottle.windowStart, window.start)));
  if (bucket && bucket.failures >= SIGN_IN_POLICY.addressMaxFailures) {
    await recordAudit(db, { actor, action: 'sign_in.failed', result: 'denied', origin: input.origin, details: { reason: 'address_locked' } });
    return { ok: false, code: 'address_locked', until: window.end };
  }

  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, input.password);
    await recordAudit(db, { action: 'sign_in.failed', result: 'denied', origin: input.origin, details: { reason: 'unknown_email' } });
    const addressLock = await countAddressFailure(db, originKey, window, input.origin, null);
    if (addressLock) return { ok: false, code: 'address_locked', until: addressLock };
    return { ok: false, code: 'invalid' };
  }

  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit(db, { actor, action: 'sign_in.failed', result: 'denied', origin: input.origin, details: { reason: 'locked' } });
    return { ok: false, code: 'locked', until: user.lockedUntil };
  }

  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk || !user.active) return countFailure(db, user, now, originKey, window, input.origin, user.active ? 'wrong_password' : 'inactive', 'invalid');

  // The second factor is asked only after the right password; a wrong or replayed code counts
  // as a failed sign-in like a wrong password (same account lock, same address limit).
  const factor = await checkSecondFactor(db, user.id, input.code, now);
  if (factor === 'missing') {
    await recordAudit(db, { actor, action: 'sign_in.second_factor', result: 'denied', origin: input.origin, details: { reason: 'code_needed' } });
    return { ok: false, code: 'second_factor' };
  }
  if (factor === 'wrong' || factor === 'replay') {
    return countFailure(
      db,
      user,
      now,
      originKey,
      window,
      input.origin,
      factor === 'wrong' ? 'wrong_second_factor' : 'replayed_second_factor',
      'second_factor_invalid',
    );
  }

  const [signedIn] = await db
    .update(users)
    .set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: now })
    .where(and(eq(users.id, user.id), eq(users.active, true)))
    .returning();
  if (!signedIn) return { ok: false, code: 'invalid' };
  await recordAudit(db, { actor, action: 'sign_in.ok', origin: input.origin, details: factor === 'none' ? undefined : { second_factor: factor } });
  return { ok: true, user: signedIn };
}

/**
 * The current password asked again inside a session ("Mijn account"): a wrong one counts like a
 * wrong password at sign-in (same account lock, same address limit), so a session left open on a
 * shared computer cannot be used to guess the password without limit. A locked account is
 * refused before the password is checked.
 */
export async function checkCurrentPassword(
  db: Database,
  input: { userId: number; password: string; origin?: string | null; now?: Date },
): Promise<'ok' | 'wrong' | 'locked'> {
  const now = input.now ?? new Date();
  const [user] = await db.select().from(users).where(eq(users.id, input.userId)).limit(1);
  if (!user) return 'wrong';
  const actor: AuditActor = { id: user.id, role: user.role, email: user.email };
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit(db, { actor, action: 'sign_in.failed', result: 'denied', origin: input.origin, details: { reason: 'locked_current_password' } });
    return 'locked';
  }
  if (await verifyPassword(user.passwordHash, input.password)) {
    if (user.failedSignIns > 0) await db.update(users).set({ failedSignIns: 0 }).where(eq(users.id, user.id));
    return 'ok';
  }
  const originKey = normalizeIp(input.origin) ?? UNKNOWN_ORIGIN;
  const outcome = await countFailure(db, user, now, originKey, addressWindow(now), input.origin, 'wrong_current_password', 'invalid');
  return !outcome.ok && outcome.code === 'locked' ? 'locked' : 'wrong';
}

/** One failed attempt at an existing account: counted for the account and for the address. */
async function countFailure(
  db: Database,
  user: User,
  now: Date,
  originKey: string,
  window: { start: Date; end: Date },
  origin: string | null | undefined,
  reason: string,
  code: 'invalid' | 'second_factor_invalid',
): Promise<SignInResult> {
  const actor: AuditActor = { id: user.id, role: user.role, email: user.email };

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
    origin,
    details: { reason },
  });
  const addressLock = await countAddressFailure(db, originKey, window, origin, actor);
  if (locked) return { ok: false, code: 'locked', until: after!.lockedUntil! };
  if (addressLock) return { ok: false, code: 'address_locked', until: addressLock };
  return { ok: false, code };
}

/**
 * Counts one failure for the address in the current window (one atomic upsert, shared by all
 * app instances). Returns the end of the lock when this failure reached the limit.
 */
async function countAddressFailure(
  db: Database,
  originKey: string,
  window: { start: Date; end: Date },
  origin: string | null | undefined,
  actor: AuditActor | null,
): Promise<Date | null> {
  const [row] = await db
    .insert(signInThrottle)
    .values({ origin: originKey, windowStart: window.start, failures: 1 })
    .onConflictDoUpdate({ target: [signInThrottle.origin, signInThrottle.windowStart], set: { failures: sql`${signInThrottle.failures} + 1` } })
    .returning({ failures: signInThrottle.failures });
  // Windows older than a day are of no use any more.
  await db.delete(signInThrottle).where(lt(signInThrottle.windowStart, new Date(window.start.getTime() - 24 * 3_600_000)));
  if (row!.failures < SIGN_IN_POLICY.addressMaxFailures) return null;
  if (row!.failures === SIGN_IN_POLICY.addressMaxFailures) {
    await recordAudit(db, {
      actor,
      action: 'sign_in.address_locked',
      result: 'denied',
      origin,
      details: { failures: row!.failures, until: window.end.toISOString() },
    });
  }
  return window.end;
}
