import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, signInThrottle, users } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { hashPassword } from './password';
import { checkSignIn, SIGN_IN_POLICY } from './sign-in';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => {
  await resetDatabase(handle);
  await handle.db.insert(users).values({
    email: 'Sanne@Werkplein.nl',
    name: 'Sanne',
    passwordHash: await hashPassword('correct horse battery'),
    role: 'caseworker',
  });
});

const t0 = new Date('2026-11-23T09:00:00Z');

describe('checkSignIn', () => {
  it('accepts the right password, whatever the case of the e-mail, and never stores it', async () => {
    const result = await checkSignIn(handle.db, { email: ' sanne@werkplein.NL ', password: 'correct horse battery', now: t0 });
    expect(result.ok).toBe(true);
    const events = await handle.db.select().from(auditEvents);
    expect(events.map((e) => e.action)).toEqual(['sign_in.ok']);
    expect(JSON.stringify(events)).not.toContain('correct horse');
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    expect(await checkSignIn(handle.db, { email: 'sanne@werkplein.nl', password: 'nope', now: t0 })).toEqual({ ok: false, code: 'invalid' });
    expect(await checkSignIn(handle.db, { email: 'nobody@werkplein.nl', password: 'nope', now: t0 })).toEqual({ ok: false, code: 'invalid' });
  });

  it('locks the account after repeated failures, even for the right password, until the lock ends', async () => {
    for (let i = 1; i < SIGN_IN_POLICY.maxFailures; i++) {
      expect((await checkSignIn(handle.db, { email: 'sanne@werkplein.nl', password: `wrong ${i}`, now: t0 })).ok).toBe(false);
    }
    const locked = await checkSignIn(handle.db, { email: 'sanne@werkplein.nl', password: 'wrong again', now: t0 });
    expect(locked).toMatchObject({ ok: false, code: 'locked' });
    const until = (locked as { until: Date }).until;
    expect(until.getTime() - t0.getTime()).toBe(SIGN_IN_POLICY.lockMinutes * 60_000);

    const during = await checkSignIn(handle.db, { email: 'sanne@werkplein.nl', password: 'correct horse battery', now: new Date(t0.getTime() + 60_000) });
    expect(during).toMatchObject({ ok: false, code: 'locked' });

    const after = await checkSignIn(handle.db, { email: 'sanne@werkplein.nl', password: 'correct horse battery', now: new Date(until.getTime() + 1000) });
    expect(after.ok).toBe(true);
    const [user] = await handle.db.select().from(users);
    expect(user!.failedSignIns).toBe(0);
    expect(user!.lockedUntil).toBeNull();
    const actions = (await handle.db.select().from(auditEvents)).map((e) => e.action);
    expect(actions).toContain('sign_in.locked');
  });

  it('refuses a deactivated account with the same answer as a wrong password', async () => {
    await handle.db.update(users).set({ active: false }).where(eq(users.email, 'Sanne@Werkplein.nl'));
    expect(await checkSignIn(handle.db, { email: 'sanne@werkplein.nl', password: 'correct horse battery', now: t0 })).toEqual({
      ok: false,
      code: 'invalid',
    });
  });

  it('limits failures per address across accounts, shares the count in the database, and says until when', async () => {
    const origin = '203.0.113.50';
    const window = SIGN_IN_POLICY.addressWindowMinutes * 60_000;
    const start = new Date(Math.ceil(t0.getTime() / window) * window + 1000);
    // Spraying: a different unknown e-mail each time, so no account lock can help.
    for (let i = 1; i < SIGN_IN_POLICY.addressMaxFailures; i++) {
      expect(await checkSignIn(handle.db, { email: `guess${i}@werkplein.nl`, password: 'x', origin, now: start })).toEqual({ ok: false, code: 'invalid' });
    }
    const tripped = await checkSignIn(handle.db, { email: 'guess-last@werkplein.nl', password: 'x', origin, now: start });
    expect(tripped).toEqual({ ok: false, code: 'address_locked', until: new Date(start.getTime() - 1000 + window) });

    // Even the right password is refused from that address while the lock lasts...
    const right = await checkSignIn(handle.db, {
      email: 'sanne@werkplein.nl',
      password: 'correct horse battery',
      origin,
      now: new Date(start.getTime() + 60_000),
    });
    expect(right).toMatchObject({ ok: false, code: 'address_locked' });
    // ...but another address is not affected,
    expect((await checkSignIn(handle.db, { email: 'sanne@werkplein.nl', password: 'correct horse battery', origin: '198.51.100.1', now: start })).ok).toBe(
      true,
    );
    // and in the next window the address may try again.
    expect(
      (await checkSignIn(handle.db, { email: 'sanne@werkplein.nl', password: 'correct horse battery', origin, now: new Date(start.getTime() + window) })).ok,
    ).toBe(true);

    const [bucket] = await handle.db.select().from(signInThrottle);
    expect(bucket).toMatchObject({ origin, failures: SIGN_IN_POLICY.addressMaxFailures });
    const events = await handle.db.select().from(auditEvents);
    expect(events.filter((e) => e.action === 'sign_in.address_locked')).toHaveLength(1);
    expect(events.filter((e) => e.action === 'sign_in.failed' && (e.details as { reason?: string })?.reason === 'address_locked')).toHaveLength(1);
    expect(events.filter((e) => e.action === 'sign_in.ok')).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain('correct horse');
  });

  it('counts wrong passwords of known accounts per address too, and forgets windows older than a day', async () => {
    await handle.db.insert(signInThrottle).values({ origin: '192.0.2.1', windowStart: new Date(t0.getTime() - 2 * 24 * 3_600_000), failures: 3 });
    await checkSignIn(handle.db, { email: 'sanne@werkplein.nl', password: 'wrong', origin: '192.0.2.1', now: t0 });
    const rows = await handle.db.select().from(signInThrottle);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ origin: '192.0.2.1', failures: 1 });
  });

  it('a malformed address header neither breaks sign-in nor escapes the limit: it is counted as unknown', async () => {
    const result = await checkSignIn(handle.db, { email: 'sanne@werkplein.nl', password: 'wrong', origin: "1.2.3'; drop table users; --", now: t0 });
    expect(result).toEqual({ ok: false, code: 'invalid' });
    expect((await handle.db.select().from(signInThrottle))[0]).toMatchObject({ origin: 'unknown', failures: 1 });
  });
});
