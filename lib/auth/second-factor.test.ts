import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, userRecoveryCodes, userSecondFactors, users } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { testAudit } from '@/lib/testing/audit';
import { hashPassword } from './password';
import { checkSecondFactor, confirmEnrolment, enrolKnownSecret, resetSecondFactor, secondFactorState, startEnrolment } from './second-factor';
import { checkSignIn, SIGN_IN_POLICY } from './sign-in';
import { openSecret, secretKeyFrom, sealSecret, TOTP_PERIOD_SECONDS, totpCode } from './totp';

let handle: DatabaseHandle;
let userId: number;
const email = 'henk@werkplein.nl';
const password = 'correct horse battery';
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const t0 = new Date('2026-11-23T09:00:10Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => {
  await resetDatabase(handle);
  const [row] = await handle.db
    .insert(users)
    .values({ email, name: 'Henk', passwordHash: await hashPassword(password), role: 'manager' })
    .returning();
  userId = row!.id;
});

describe('sealed TOTP secrets', () => {
  it('round-trip with the key, and fail with another key or for another user', () => {
    const key = secretKeyFrom({ NEXTAUTH_SECRET: 'one' });
    const sealed = sealSecret(key, 7, secret);
    expect(sealed).not.toContain(secret);
    expect(openSecret(key, 7, sealed)).toBe(secret);
    expect(openSecret(secretKeyFrom({ NEXTAUTH_SECRET: 'two' }), 7, sealed)).toBeNull();
    expect(openSecret(key, 8, sealed)).toBeNull();
    // MFA_ENCRYPTION_KEY wins over NEXTAUTH_SECRET.
    expect(secretKeyFrom({ NEXTAUTH_SECRET: 'one', MFA_ENCRYPTION_KEY: 'k' }).equals(key)).toBe(false);
    expect(() => secretKeyFrom({})).toThrow(/MFA_ENCRYPTION_KEY/);
  });
});

describe('enrolment', () => {
  it('starts with a sealed secret, confirms with a first code, and hands out ten single-use recovery codes once', async () => {
    expect(await secondFactorState(handle.db, { id: userId, email })).toEqual({ state: 'none' });
    expect(await startEnrolment(handle.db, userId, testAudit)).toBe(true);
    const pending = await secondFactorState(handle.db, { id: userId, email });
    if (pending.state !== 'pending') throw new Error('expected pending');
    expect(pending.uri).toMatch(/^otpauth:\/\/totp\/Grenzeloos:henk%40werkplein\.nl\?/);
    const [row] = await handle.db.select().from(userSecondFactors).where(eq(userSecondFactors.userId, userId));
    expect(row!.secretCiphertext).not.toContain(pending.secret);

    // A pending enrolment is not a factor: sign-in still needs only the password.
    expect(await checkSecondFactor(handle.db, userId, undefined, t0)).toBe('none');
    expect(await confirmEnrolment(handle.db, userId, '000000', testAudit, t0)).toEqual({ ok: false, code: 'wrong_code' });
    const confirmed = await confirmEnrolment(handle.db, userId, totpCode(pending.secret, t0), testAudit, t0);
    if (!confirmed.ok) throw new Error('expected confirmed');
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    const stored = await handle.db.select().from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
    expect(stored.map((c) => c.codeHash)).not.toContain(confirmed.recoveryCodes[0]);
    expect(await secondFactorState(handle.db, { id: userId, email })).toMatchObject({ state: 'active', recoveryCodesLeft: 10 });

    // The code that confirmed cannot sign in again (same step), and a new start is refused.
    expect(await checkSecondFactor(handle.db, userId, totpCode(pending.secret, t0), t0)).toBe('replay');
    expect(await startEnrolment(handle.db, userId, testAudit)).toBe(false);
    const actions = (await handle.db.select().from(auditEvents)).map((e) => e.action);
    expect(actions).toEqual(['second_factor.start', 'second_factor.confirm', 'second_factor.confirm']);
  });
});

describe('sign-in with a second factor', () => {
  beforeEach(async () => {
    await enrolKnownSecret(handle.db, userId, secret, new Date(t0.getTime() - 3_600_000));
  });

  it('asks for the code after the right password, and only then', async () => {
    expect(await checkSignIn(handle.db, { email, password: 'wrong', now: t0 })).toEqual({ ok: false, code: 'invalid' });
    expect(await checkSignIn(handle.db, { email, password, now: t0 })).toEqual({ ok: false, code: 'second_factor' });
    expect(await checkSignIn(handle.db, { email, password, code: '', now: t0 })).toEqual({ ok: false, code: 'second_factor' });
    const ok = await checkSignIn(handle.db, { email, password, code: totpCode(secret, t0), now: t0 });
    expect(ok.ok).toBe(true);
    const [ev] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'sign_in.ok'));
    expect(ev!.details).toEqual({ second_factor: 'totp' });
  });

  it('refuses a replayed code, also a code of an earlier step, and accepts the next step', async () => {
    expect((await checkSignIn(handle.db, { email, password, code: totpCode(secret, t0), now: t0 })).ok).toBe(true);
    expect(await checkSignIn(handle.db, { email, password, code: totpCode(secret, t0), now: later(5) })).toEqual({ ok: false, code: 'second_factor_invalid' });
    const next = later(TOTP_PERIOD_SECONDS);
    expect((await checkSignIn(handle.db, { email, password, code: totpCode(secret, next), now: next })).ok).toBe(true);
    // The step before the last accepted one is within the clock window but already past.
    expect(await checkSecondFactor(handle.db, userId, totpCode(secret, t0), next)).toBe('replay');
    const reasons = (await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'sign_in.failed'))).map(
      (e) => (e.details as { reason: string }).reason,
    );
    expect(reasons).toEqual(['replayed_second_factor']);
  });

  it('of two requests with the same code exactly one wins', async () => {
    const code = totpCode(secret, t0);
    const results = await Promise.all([checkSecondFactor(handle.db, userId, code, t0), checkSecondFactor(handle.db, userId, code, t0)]);
    expect(results.sort()).toEqual(['replay', 'totp']);
  });

  it('accepts a code of the step before or after (clock drift), not two steps away', async () => {
    expect(await checkSecondFactor(handle.db, userId, totpCode(secret, later(-TOTP_PERIOD_SECONDS)), t0)).toBe('totp');
    expect(await checkSecondFactor(handle.db, userId, totpCode(secret, later(3 * TOTP_PERIOD_SECONDS)), t0)).toBe('wrong');
  });

  it('counts wrong codes like wrong passwords: the account locks after five', async () => {
    for (let i = 1; i < SIGN_IN_POLICY.maxFailures; i++) {
      expect(await checkSignIn(handle.db, { email, password, code: '000000', now: t0 })).toEqual({ ok: false, code: 'second_factor_invalid' });
    }
    expect(await checkSignIn(handle.db, { email, password, code: '000000', now: t0 })).toMatchObject({ ok: false, code: 'locked' });
    // Even the right code is refused while locked.
    expect(await checkSignIn(handle.db, { email, password, code: totpCode(secret, t0), now: t0 })).toMatchObject({ ok: false, code: 'locked' });
  });

  it('accepts each recovery code once, whatever its case or dash', async () => {
    await resetSecondFactor(handle.db, userId, testAudit);
    await startEnrolment(handle.db, userId, testAudit);
    const pending = await secondFactorState(handle.db, { id: userId, email });
    if (pending.state !== 'pending') throw new Error('expected pending');
    const confirmed = await confirmEnrolment(handle.db, userId, totpCode(pending.secret, t0), testAudit, t0);
    if (!confirmed.ok) throw new Error('expected confirmed');
    const [first] = confirmed.recoveryCodes;
    const result = await checkSignIn(handle.db, { email, password, code: first!.toUpperCase().replace('-', ''), now: later(60) });
    expect(result.ok).toBe(true);
    expect(await checkSignIn(handle.db, { email, password, code: first!, now: later(61) })).toEqual({ ok: false, code: 'second_factor_invalid' });
    expect(await secondFactorState(handle.db, { id: userId, email })).toMatchObject({ state: 'active', recoveryCodesLeft: 9 });
  });

  it('an admin reset removes the factor and its codes, audited; the password alone then signs in', async () => {
    expect(await resetSecondFactor(handle.db, userId, testAudit)).toBe(true);
    expect(await resetSecondFactor(handle.db, userId, testAudit)).toBe(false);
    expect(await handle.db.select().from(userRecoveryCodes)).toEqual([]);
    expect((await checkSignIn(handle.db, { email, password, now: t0 })).ok).toBe(true);
    const [ev] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'second_factor.reset'));
    expect(ev).toMatchObject({ objectType: 'user', objectId: String(userId) });
  });
});
