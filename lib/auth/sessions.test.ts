import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { changeAccountRole, setAccountActive } from '@/db/queries/users';
import { auditEvents, userSessions, users } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { makeUser } from '@/lib/testing/users';
import { DEFAULT_SESSION_POLICY, sessionPolicyFromEnv } from './session-policy';
import { endSession, resolveSession, startSession } from './sessions';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => resetDatabase(handle));

const t0 = new Date('2026-11-23T08:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const policy = { idleMinutes: 30, maxHours: 12 };

async function signedIn(role: 'caseworker' | 'admin' = 'caseworker') {
  const user = await makeUser(handle.db, role);
  const [row] = await handle.db.select().from(users).where(eq(users.id, user.id));
  const sid = await startSession(handle.db, { userId: user.id, origin: '127.0.0.1', now: t0 });
  return { user, token: { sid, uid: user.id, sv: row!.sessionVersion } };
}

const check = (token: { sid: string; uid: number; sv: number }, at: Date) => resolveSession(handle.db, token, { now: at, policy });

describe('server-side sessions with an injected clock', () => {
  it('an active session stays alive: each request within 30 minutes moves the idle limit on', async () => {
    const { token } = await signedIn();
    for (const at of [10, 35, 60, 89, 118]) {
      expect((await check(token, minutes(at))).ok, `at ${at} min`).toBe(true);
    }
    const [row] = await handle.db.select().from(userSessions);
    expect(row!.lastSeenAt).toEqual(minutes(118));
  });

  it('writes the activity time at most once a minute', async () => {
    const { token } = await signedIn();
    await check(token, new Date(t0.getTime() + 30_000));
    expect((await handle.db.select().from(userSessions))[0]!.lastSeenAt).toEqual(t0);
    await check(token, new Date(t0.getTime() + 61_000));
    expect((await handle.db.select().from(userSessions))[0]!.lastSeenAt).toEqual(new Date(t0.getTime() + 61_000));
  });

  it('ends a session after 30 idle minutes, for good, and records it once', async () => {
    const { token } = await signedIn();
    expect(await check(token, minutes(29))).toMatchObject({ ok: true });
    expect(await check(token, minutes(59))).toEqual({ ok: false, reason: 'idle' });
    // Activity afterwards does not revive it.
    expect(await check(token, minutes(60))).toEqual({ ok: false, reason: 'ended' });
    const [row] = await handle.db.select().from(userSessions);
    expect(row).toMatchObject({ endedReason: 'idle', endedAt: minutes(59) });
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'session.ended'));
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toEqual({ reason: 'idle' });
  });

  it('ends a session 12 hours after sign-in however busy it is', async () => {
    const { token } = await signedIn();
    for (let at = 20; at < 12 * 60; at += 20) expect((await check(token, minutes(at))).ok).toBe(true);
    expect(await check(token, minutes(12 * 60))).toEqual({ ok: false, reason: 'expired' });
  });

  it('sign-out ends exactly that session on the server; the same person elsewhere stays signed in', async () => {
    const { user, token } = await signedIn();
    const other = await startSession(handle.db, { userId: user.id, now: t0 });
    expect(await endSession(handle.db, token.sid, 'signed_out', { now: minutes(5) })).toBe(true);
    expect(await endSession(handle.db, token.sid, 'signed_out', { now: minutes(6) })).toBe(false);
    expect(await check(token, minutes(6))).toEqual({ ok: false, reason: 'ended' });
    expect((await check({ ...token, sid: other }, minutes(6))).ok).toBe(true);
    expect((await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'sign_out'))).length).toBe(1);
  });

  it('deactivation and a role change take effect at the next request', async () => {
    const a = await signedIn();
    await setAccountActive(handle.db, a.user.id, false);
    expect(await check(a.token, minutes(1))).toEqual({ ok: false, reason: 'revoked' });

    const b = await signedIn();
    expect((await check(b.token, minutes(1))).ok).toBe(true);
    await changeAccountRole(handle.db, b.user.id, 'manager');
    expect(await check(b.token, minutes(2))).toEqual({ ok: false, reason: 'revoked' });
  });

  it('refuses tokens that do not match a session row: forged, of another user, malformed', async () => {
    const { token } = await signedIn();
    const other = await makeUser(handle.db, 'admin');
    expect(await check({ ...token, uid: other.id }, minutes(1))).toEqual({ ok: false, reason: 'missing' });
    expect(await check({ ...token, sid: '00000000-0000-4000-8000-000000000000' }, minutes(1))).toEqual({ ok: false, reason: 'missing' });
    expect(await resolveSession(handle.db, { sid: "x' or 1=1 --", uid: token.uid, sv: token.sv }, { now: minutes(1), policy })).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(await resolveSession(handle.db, { uid: token.uid, sv: token.sv }, { now: minutes(1), policy })).toEqual({ ok: false, reason: 'missing' });
  });

  it('reads its limits from SESSION_IDLE_MINUTES and SESSION_MAX_HOURS, and refuses nonsense', () => {
    expect(sessionPolicyFromEnv({})).toEqual(DEFAULT_SESSION_POLICY);
    expect(sessionPolicyFromEnv({ SESSION_IDLE_MINUTES: '15', SESSION_MAX_HOURS: '8' })).toEqual({ idleMinutes: 15, maxHours: 8 });
    expect(() => sessionPolicyFromEnv({ SESSION_IDLE_MINUTES: 'dertig' })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => sessionPolicyFromEnv({ SESSION_MAX_HOURS: '0' })).toThrow();
  });

  it('a shorter configured idle time is honoured', async () => {
    const { token } = await signedIn();
    const short = { idleMinutes: 5, maxHours: 12 };
    expect(await resolveSession(handle.db, token, { now: minutes(6), policy: short })).toEqual({ ok: false, reason: 'idle' });
  });
});
