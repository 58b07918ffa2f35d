import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, userSessions, users } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { makeUser } from '@/lib/testing/users';
import { checkAccountToken, createAccountToken, setPasswordWithToken } from './account-tokens';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
}, 60_000);
afterAll(async () => handle.close());
beforeEach(async () => resetDatabase(handle));

describe('single-use account links', () => {
  it('sets the password once, ends open sessions, voids other links, audits', async () => {
    const user = await makeUser(handle.db, 'caseworker');
    await handle.db.insert(userSessions).values({ userId: user.id });
    const { token } = await createAccountToken(handle.db, { userId: user.id, purpose: 'reset' });
    const other = await createAccountToken(handle.db, { userId: user.id, purpose: 'reset' });
    const [before] = await handle.db.select().from(users).where(eq(users.id, user.id));
    expect(await checkAccountToken(handle.db, token)).toMatchObject({ ok: true, purpose: 'reset', user: { id: user.id } });

    expect(await setPasswordWithToken(handle.db, { token, passwordHash: 'new-hash' })).toMatchObject({ ok: true });
    const [after] = await handle.db.select().from(users).where(eq(users.id, user.id));
    expect(after!.passwordHash).toBe('new-hash');
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    expect(await checkAccountToken(handle.db, token)).toEqual({ ok: false, reason: 'used' });
    expect(await setPasswordWithToken(handle.db, { token, passwordHash: 'again' })).toEqual({ ok: false, reason: 'used' });
    expect(await checkAccountToken(handle.db, other.token)).toEqual({ ok: false, reason: 'used' });
    const audit = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'account.password_reset'));
    expect(audit).toHaveLength(1);
  });

  it('refuses an expired link and a forged one, and changes nothing', async () => {
    const user = await makeUser(handle.db, 'employer');
    const { token } = await createAccountToken(handle.db, { userId: user.id, purpose: 'reset', now: new Date(Date.now() - 31 * 60_000) });
    expect(await setPasswordWithToken(handle.db, { token, passwordHash: 'x' })).toEqual({ ok: false, reason: 'expired' });
    expect(await checkAccountToken(handle.db, 'A'.repeat(43))).toEqual({ ok: false, reason: 'unknown' });
    expect(await checkAccountToken(handle.db, "' or 1=1 --")).toEqual({ ok: false, reason: 'unknown' });
    const [row] = await handle.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).not.toBe('x');
  });

  it('an invitation lasts 48 hours', async () => {
    const user = await makeUser(handle.db, 'manager');
    const { token } = await createAccountToken(handle.db, { userId: user.id, purpose: 'invite', now: new Date(Date.now() - 47 * 3_600_000) });
    expect(await checkAccountToken(handle.db, token)).toMatchObject({ ok: true, purpose: 'invite' });
    expect(await checkAccountToken(handle.db, token, new Date(Date.now() + 2 * 3_600_000))).toEqual({ ok: false, reason: 'expired' });
  });
});
