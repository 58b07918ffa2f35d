import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { QUEUE, startJobQueue } from '@/db/job-queue';
import type { AuditContext } from '@/db/queries/audit';
import { activeReadBlock, grantBreakGlass, listBreakGlassGrants, listReadBlocks } from '@/db/queries/need-to-know';
import { listNotifications } from '@/db/queries/notifications';
import { eraseJobSeeker } from '@/db/queries/job-seekers';
import { auditEvents, breakGlassGrants, jobSeekers, readCounters } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { makeJobSeeker } from '@/lib/testing/fixtures';
import { makeUser } from '@/lib/testing/users';
import { addDays } from '@/lib/time/days';
import { todayInAppZone, zonedLocalToUtc } from '@/lib/time/zoned';
import type { SessionUser } from './current-user';
import { breakGlassExpiry, decidePersonRead } from './need-to-know';

vi.mock('server-only', () => ({}));

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => {
  await resetDatabase(handle);
  delete process.env.READ_LIMIT_PROFILE_VIEWS_PER_HOUR;
  delete process.env.READ_LIMIT_EXPORTS_PER_HOUR;
});

const ctx = (u: SessionUser): AuditContext & { actor: { role: SessionUser['role'] } } => ({
  actor: { id: u.id, role: u.role, email: u.email },
  origin: '192.0.2.7',
});
const personOf = async (id: number) => {
  const [p] = await handle.db.select({ id: jobSeekers.id, caseworkerId: jobSeekers.caseworkerId }).from(jobSeekers).where(eq(jobSeekers.id, id));
  return p!;
};
const eventsOf = (actorId: number) => handle.db.select().from(auditEvents).where(eq(auditEvents.actorId, actorId));

describe('need-to-know', () => {
  it('a caseworker reads their own clients and unowned people without a reason', async () => {
    const me = await makeUser(handle.db, 'caseworker');
    const own = await personOf(await makeJobSeeker(handle.db, { caseworkerId: me.id }));
    const unowned = await personOf(await makeJobSeeker(handle.db, { caseworkerId: null }));
    expect(await decidePersonRead(handle.db, ctx(me), own, 'profile')).toEqual({ state: 'ok', breakGlass: false });
    expect(await decidePersonRead(handle.db, ctx(me), unowned, 'export')).toEqual({ state: 'ok', breakGlass: false });
    expect(await eventsOf(me.id)).toEqual([]);
  });

  it("someone else's client needs a reason: refused and audited once, then open for the rest of the day after a reason", async () => {
    const me = await makeUser(handle.db, 'caseworker');
    const colleague = await makeUser(handle.db, 'caseworker');
    const theirs = await personOf(await makeJobSeeker(handle.db, { caseworkerId: colleague.id }));
    expect(await decidePersonRead(handle.db, ctx(me), theirs, 'profile')).toEqual({ state: 'reasonRequired' });
    const refused = await eventsOf(me.id);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ action: 'job_seeker.reason_required', result: 'denied', jobSeekerId: theirs.id, origin: '192.0.2.7' });
    // Nothing was counted for a refused read.
    expect(await handle.db.select().from(readCounters)).toEqual([]);

    // The real clock: the database stamps granted_at with now(), and a grant must end after it.
    const now = new Date();
    const today = todayInAppZone(now);
    const grant = await grantBreakGlass(
      handle.db,
      { jobSeekerId: theirs.id, reasonCode: 'colleague_absent', reasonText: '  Collega ziek, klant belde.  ', expiresAt: breakGlassExpiry(now) },
      ctx(me),
    );
    // Until midnight in the app's zone (Amsterdam/Berlin), whatever the server's zone.
    expect(grant).toEqual({ ok: true, expiresAt: zonedLocalToUtc(`${addDays(today, 1)}T00:00`) });
    expect(await decidePersonRead(handle.db, ctx(me), theirs, 'profile', now)).toEqual({ state: 'ok', breakGlass: true });
    // The next morning the grant has run out.
    expect(await decidePersonRead(handle.db, ctx(me), theirs, 'profile', zonedLocalToUtc(`${addDays(today, 1)}T08:00`))).toEqual({ state: 'reasonRequired' });
    const [audit] = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, me.id), eq(auditEvents.action, 'job_seeker.break_glass')));
    expect(audit!.details).toMatchObject({ reasonCode: 'colleague_absent', reasonText: 'Collega ziek, klant belde.', owner: colleague.id });
    // Managers see it, with who owns the person.
    const [row] = await listBreakGlassGrants(handle.db);
    expect(row).toMatchObject({ userId: me.id, jobSeekerId: theirs.id, ownerName: colleague.name, reasonCode: 'colleague_absent' });
    // A grant is for that one person and that one user.
    const other = await personOf(await makeJobSeeker(handle.db, { caseworkerId: colleague.id }));
    expect(await decidePersonRead(handle.db, ctx(me), other, 'profile', now)).toEqual({ state: 'reasonRequired' });
    const third = await makeUser(handle.db, 'caseworker');
    expect(await decidePersonRead(handle.db, ctx(third), theirs, 'profile', now)).toEqual({ state: 'reasonRequired' });
  });

  it('managers and admins read without a reason', async () => {
    const colleague = await makeUser(handle.db, 'caseworker');
    const theirs = await personOf(await makeJobSeeker(handle.db, { caseworkerId: colleague.id }));
    for (const role of ['manager', 'admin'] as const) {
      const u = await makeUser(handle.db, role);
      expect(await decidePersonRead(handle.db, ctx(u), theirs, 'profile')).toEqual({ state: 'ok', breakGlass: false });
    }
  });

  it('the database refuses a reason that is too short or not a known code, and a grant that has already ended', async () => {
    const me = await makeUser(handle.db, 'caseworker');
    const pid = await makeJobSeeker(handle.db, {});
    const insert = (v: Partial<typeof breakGlassGrants.$inferInsert>) =>
      handle.db
        .insert(breakGlassGrants)
        .values({ userId: me.id, jobSeekerId: pid, reasonCode: 'other', reasonText: 'Een goede reden hier', expiresAt: new Date(Date.now() + 60_000), ...v });
    await expect(insert({ reasonText: 'kort' })).rejects.toThrow();
    await expect(insert({ reasonCode: 'nieuwsgierig' as 'other' })).rejects.toThrow();
    await expect(insert({ grantedAt: new Date(), expiresAt: new Date(Date.now() - 60_000) })).rejects.toThrow();
    await expect(insert({})).resolves.toBeDefined();
  });

  it('an erased person grants nothing, and erasure removes the grants', async () => {
    const me = await makeUser(handle.db, 'caseworker');
    const pid = await makeJobSeeker(handle.db, {});
    await grantBreakGlass(
      handle.db,
      { jobSeekerId: pid, reasonCode: 'handover', reasonText: 'Overdracht voorbereiden', expiresAt: breakGlassExpiry() },
      ctx(me),
    );
    const [row] = await handle.db.select({ clientNumber: jobSeekers.clientNumber }).from(jobSeekers).where(eq(jobSeekers.id, pid));
    expect(await eraseJobSeeker(handle.db, pid, row!.clientNumber!, ctx(me))).toEqual({ ok: true });
    expect(await handle.db.select().from(breakGlassGrants)).toEqual([]);
    expect(
      await grantBreakGlass(
        handle.db,
        { jobSeekerId: pid, reasonCode: 'handover', reasonText: 'Overdracht voorbereiden', expiresAt: breakGlassExpiry() },
        ctx(me),
      ),
    ).toEqual({ ok: false, code: 'notFound' });
  });
});

describe('the brake on bulk reading', () => {
  it('blocks after the hourly limit, audits the refusal once, and alerts managers and admins in-app and by mail', async () => {
    process.env.READ_LIMIT_PROFILE_VIEWS_PER_HOUR = '3';
    const me = await makeUser(handle.db, 'caseworker', { name: 'Snelle Lezer' });
    const manager = await makeUser(handle.db, 'manager');
    const admin = await makeUser(handle.db, 'admin');
    const otherCaseworker = await makeUser(handle.db, 'caseworker');
    const people = await Promise.all([1, 2, 3, 4, 5].map(async () => personOf(await makeJobSeeker(handle.db, { caseworkerId: me.id }))));
    const now = new Date('2026-12-02T10:15:00Z');
    for (const p of people.slice(0, 3)) expect((await decidePersonRead(handle.db, ctx(me), p, 'profile', now)).state).toBe('ok');
    const fourth = await decidePersonRead(handle.db, ctx(me), people[3]!, 'profile', now);
    expect(fourth).toEqual({ state: 'blocked', until: new Date('2026-12-02T11:15:00Z') });
    // Blocked for everything, exports too, until the block ends, even in the next clock hour.
    expect((await decidePersonRead(handle.db, ctx(me), people[4]!, 'export', new Date('2026-12-02T11:05:00Z'))).state).toBe('blocked');
    expect(await activeReadBlock(handle.db, me.id, new Date('2026-12-02T11:16:00Z'))).toBeNull();
    expect((await decidePersonRead(handle.db, ctx(me), people[4]!, 'profile', new Date('2026-12-02T11:16:00Z'))).state).toBe('ok');

    const refusals = (await eventsOf(me.id)).filter((e) => e.result === 'denied');
    // One row per refused read: the read over the limit (with the alert), then the blocked export.
    expect(refusals.map((e) => [e.action, e.jobSeekerId])).toEqual([
      ['job_seeker.read_limit', people[3]!.id],
      ['job_seeker.read_blocked', people[4]!.id],
    ]);
    expect(refusals[0]!.details).toMatchObject({ kind: 'profile', limit: 3, reads: 4 });
    const [block] = await listReadBlocks(handle.db);
    expect(block).toMatchObject({ userId: me.id, kind: 'profile', userName: 'Snelle Lezer' });

    for (const u of [manager, admin]) {
      const [n] = await listNotifications(handle.db, u.id);
      expect(n).toMatchObject({ kind: 'readLimit', actorName: 'Snelle Lezer', readKind: 'profile', until: '2026-12-02T11:15:00.000Z' });
    }
    expect(await listNotifications(handle.db, otherCaseworker.id)).toEqual([]);
    const queue = await startJobQueue(handle);
    const mails = (await queue.boss.findJobs(QUEUE.mail)).map((j) => j.data as { kind: string; userId: number });
    expect(
      mails
        .filter((m) => m.kind === 'readLimit')
        .map((m) => m.userId)
        .sort(),
    ).toEqual([manager.id, admin.id].sort());
  });

  it('counts concurrent reads exactly once each, and alerts once', async () => {
    process.env.READ_LIMIT_EXPORTS_PER_HOUR = '5';
    const me = await makeUser(handle.db, 'caseworker');
    await makeUser(handle.db, 'manager');
    const p = await personOf(await makeJobSeeker(handle.db, { caseworkerId: me.id }));
    const now = new Date('2026-12-02T10:15:00Z');
    const results = await Promise.all(Array.from({ length: 8 }, () => decidePersonRead(handle.db, ctx(me), p, 'export', now)));
    expect(results.filter((r) => r.state === 'ok')).toHaveLength(5);
    const limitRows = (await eventsOf(me.id)).filter((e) => e.action === 'job_seeker.read_limit');
    expect(limitRows).toHaveLength(1);
    expect((await eventsOf(me.id)).filter((e) => e.result === 'denied')).toHaveLength(3);
  });
});
