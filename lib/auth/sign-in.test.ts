import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
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
});
