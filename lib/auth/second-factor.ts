import { and, count, eq, isNull, or, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { userRecoveryCodes, userSecondFactors } from '@/db/schema';
import { recordAudit, type AuditContext } from '@/db/queries/audit';
import { isTotpShaped, matchTotp, newRecoveryCodes, newTotpSecret, openSecret, recoveryCodeHash, sealSecret, secretKeyFrom, timeStep, totpUri } from './totp';

/**
 * The second factor of an account: enrolment (a secret the user's authenticator app reads from
 * a QR code, confirmed with a first code), the check at sign-in (a TOTP code of an unused time
 * step, or an unused recovery code) and the admin's reset. Secrets are sealed with the key of
 * `secretKeyFrom`; this module is the only one that opens them.
 */

export type SecondFactorState =
  | { state: 'none' }
  | { state: 'pending'; secret: string; uri: string }
  | { state: 'active'; confirmedAt: Date; recoveryCodesLeft: number };

const key = () => secretKeyFrom(process.env);

export async function secondFactorState(db: Database, user: { id: number; email: string }): Promise<SecondFactorState> {
  const [row] = await db.select().from(userSecondFactors).where(eq(userSecondFactors.userId, user.id));
  if (!row) return { state: 'none' };
  if (row.confirmedAt) {
    const [left] = await db
      .select({ n: count() })
      .from(userRecoveryCodes)
      .where(and(eq(userRecoveryCodes.userId, user.id), isNull(userRecoveryCodes.usedAt)));
    return { state: 'active', confirmedAt: row.confirmedAt, recoveryCodesLeft: left?.n ?? 0 };
  }
  const secret = openSecret(key(), user.id, row.secretCiphertext);
  // Sealed with another key (the key changed): start over with a fresh secret.
  if (!secret) return { state: 'none' };
  return { state: 'pending', secret, uri: totpUri(secret, user.email) };
}

/** Starts (or restarts) an enrolment with a fresh secret; refused while a confirmed factor exists. */
export async function startEnrolment(db: Database, userId: number, audit: AuditContext): Promise<boolean> {
  const sealed = sealSecret(key(), userId, newTotpSecret());
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(userSecondFactors)
      .values({ userId, secretCiphertext: sealed })
      .onConflictDoUpdate({
        target: userSecondFactors.userId,
        set: { secretCiphertext: sealed, createdAt: sql`now()` },
        where: isNull(userSecondFactors.confirmedAt),
      })
      .returning({ userId: userSecondFactors.userId });
    if (!row) return false;
    await recordAudit(tx, { ...audit, action: 'second_factor.start', objectType: 'user', objectId: userId });
    return true;
  });
}

/**
 * Confirms a pending enrolment with a first code from the app. Returns the recovery codes,
 * in plain text this once; the database keeps only their hashes.
 */
export async function confirmEnrolment(
  db: Database,
  userId: number,
  code: string,
  audit: AuditContext,
  now: Date = new Date(),
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; code: 'no_enrolment' | 'wrong_code' }> {
  const [row] = await db.select().from(userSecondFactors).where(eq(userSecondFactors.userId, userId));
  if (!row || row.confirmedAt) return { ok: false, code: 'no_enrolment' };
  const secret = openSecret(key(), userId, row.secretCiphertext);
  const step = secret ? matchTotp(secret, code, now) : null;
  if (step === null) {
    await recordAudit(db, {
      ...audit,
      action: 'second_factor.confirm',
      objectType: 'user',
      objectId: userId,
      result: 'denied',
      details: { reason: 'wrong_code' },
    });
    return { ok: false, code: 'wrong_code' };
  }
  const recoveryCodes = newRecoveryCodes();
  const done = await db.transaction(async (tx) => {
    const [confirmed] = await tx
      .update(userSecondFactors)
      .set({ confirmedAt: now, lastUsedStep: step })
      .where(and(eq(userSecondFactors.userId, userId), isNull(userSecondFactors.confirmedAt), eq(userSecondFactors.secretCiphertext, row.secretCiphertext)))
      .returning({ userId: userSecondFactors.userId });
    if (!confirmed) return false;
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
    await tx.insert(userRecoveryCodes).values(recoveryCodes.map((c) => ({ userId, codeHash: recoveryCodeHash(c) })));
    await recordAudit(tx, { ...audit, action: 'second_factor.confirm', objectType: 'user', objectId: userId });
    return true;
  });
  return done ? { ok: true, recoveryCodes } : { ok: false, code: 'no_enrolment' };
}

export type SecondFactorCheck = 'none' | 'totp' | 'recovery' | 'wrong' | 'replay';

/**
 * The sign-in check. 'none': the account has no confirmed factor. A TOTP code is accepted once:
 * the step is stored with a conditional update, so of two requests with the same code only one
 * wins, also across app instances. A recovery code is marked used the same way.
 */
export async function checkSecondFactor(
  db: Database,
  userId: number,
  code: string | undefined,
  now: Date = new Date(),
): Promise<SecondFactorCheck | 'missing'> {
  const [row] = await db.select().from(userSecondFactors).where(eq(userSecondFactors.userId, userId));
  if (!row?.confirmedAt) return 'none';
  const given = code?.trim() ?? '';
  if (!given) return 'missing';
  if (isTotpShaped(given)) {
    const secret = openSecret(key(), userId, row.secretCiphertext);
    const step = secret ? matchTotp(secret, given, now) : null;
    if (step === null) return 'wrong';
    const [won] = await db
      .update(userSecondFactors)
      .set({ lastUsedStep: step })
      .where(and(eq(userSecondFactors.userId, userId), or(isNull(userSecondFactors.lastUsedStep), lt(userSecondFactors.lastUsedStep, step))))
      .returning({ userId: userSecondFactors.userId });
    return won ? 'totp' : 'replay';
  }
  const [used] = await db
    .update(userRecoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(userRecoveryCodes.userId, userId), eq(userRecoveryCodes.codeHash, recoveryCodeHash(given)), isNull(userRecoveryCodes.usedAt)))
    .returning({ id: userRecoveryCodes.id });
  return used ? 'recovery' : 'wrong';
}

/** An admin's reset (lost phone): the factor and its recovery codes are gone; the user enrols again. */
export async function resetSecondFactor(db: Database, userId: number, audit: AuditContext): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await tx.delete(userSecondFactors).where(eq(userSecondFactors.userId, userId)).returning({ userId: userSecondFactors.userId });
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
    if (removed.length === 0) return false;
    await recordAudit(tx, { ...audit, action: 'second_factor.reset', objectType: 'user', objectId: userId });
    return true;
  });
}

/** For the demo data only: an account enrolled with a known secret, so testers need no app. */
export async function enrolKnownSecret(db: Database, userId: number, secretBase32: string, now: Date = new Date()): Promise<void> {
  await db
    .insert(userSecondFactors)
    .values({ userId, secretCiphertext: sealSecret(key(), userId, secretBase32), createdAt: now, confirmedAt: now, lastUsedStep: timeStep(now) - 2 })
    .onConflictDoNothing();
}
