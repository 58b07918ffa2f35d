import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { recordAudit } from '@/db/queries/audit';
import { makeUser } from '@/lib/testing/users';
import { auditList } from '@/lib/validation/audit';
import { searchAuditEvents } from './audit';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => resetDatabase(handle));

async function event(at: string, values: Partial<typeof auditEvents.$inferInsert> & { action: string }) {
  await handle.db.insert(auditEvents).values({ at: new Date(at), ...values });
}

const page1 = { page: 1, pageSize: 50 };

describe('searchAuditEvents', () => {
  it('filters by person, actor (id or e-mail), action family, object, result and local dates; newest first', async () => {
    const sanne = await makeUser(handle.db, 'caseworker');
    await event('2026-03-01T10:00:00Z', { action: 'sign_in.ok', actorId: sanne.id, actorEmail: sanne.email, actorRole: 'caseworker' });
    await event('2026-03-02T10:00:00Z', {
      action: 'job_seeker.view',
      actorId: sanne.id,
      actorEmail: sanne.email,
      jobSeekerId: 7,
      objectType: 'job_seeker',
      objectId: '7',
    });
    await event('2026-03-03T10:00:00Z', { action: 'sign_in.failed', result: 'denied', actorEmail: 'Gone@Example.org' });
    // 23:30 UTC on 3 March is already 4 March in Enschede and Gronau.
    await event('2026-03-03T23:30:00Z', { action: 'sign_in_other', actorId: 99 });

    const actions = async (filter: Parameters<typeof searchAuditEvents>[1]) => (await searchAuditEvents(handle.db, filter, page1)).rows.map((r) => r.action);
    expect(await actions({})).toEqual(['sign_in_other', 'sign_in.failed', 'job_seeker.view', 'sign_in.ok']);
    expect(await actions({ jobSeekerId: 7 })).toEqual(['job_seeker.view']);
    expect(await actions({ actor: String(sanne.id) })).toEqual(['job_seeker.view', 'sign_in.ok']);
    expect(await actions({ actor: sanne.email.toUpperCase() })).toEqual(['job_seeker.view', 'sign_in.ok']);
    expect(await actions({ actor: 'gone@example.org' })).toEqual(['sign_in.failed']);
    expect(await actions({ action: 'sign_in' })).toEqual(['sign_in.failed', 'sign_in.ok']);
    expect(await actions({ action: 'sign_in.ok' })).toEqual(['sign_in.ok']);
    expect(await actions({ objectType: 'job_seeker', objectId: '7' })).toEqual(['job_seeker.view']);
    expect(await actions({ result: 'denied' })).toEqual(['sign_in.failed']);
    expect(await actions({ from: '2026-03-02', to: '2026-03-03' })).toEqual(['sign_in.failed', 'job_seeker.view']);
    expect(await actions({ from: '2026-03-04', to: '2026-03-04' })).toEqual(['sign_in_other']);
    expect(await actions({ from: '2026-03-05' })).toEqual([]);
  });

  it('pages in SQL and knows whether there is a next page without counting', async () => {
    await handle.db.execute(
      sql`insert into audit_events (at, action) select timestamptz '2026-01-01' + (n || ' minutes')::interval, 'test.bulk' from generate_series(1, 120) n`,
    );
    const first = await searchAuditEvents(handle.db, {}, page1);
    const third = await searchAuditEvents(handle.db, {}, { page: 3, pageSize: 50 });
    expect(first.rows).toHaveLength(50);
    expect(first.hasNext).toBe(true);
    expect(third.rows).toHaveLength(20);
    expect(third.hasNext).toBe(false);
    expect(first.rows[0]!.at > first.rows[49]!.at).toBe(true);
  });
});

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    const messages: string[] = [];
    for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) messages.push(String((e as Error).message));
    return messages.join(' <- ');
  }
}

describe('the audit trail is append-only in the database', () => {
  it('refuses UPDATE and DELETE, whoever asks; the test reset (TRUNCATE) still works', async () => {
    await recordAudit(handle.db, { action: 'account.create', objectType: 'user', objectId: 1 });
    expect(await failureOf(handle.db.update(auditEvents).set({ action: 'nothing.happened' }))).toMatch(/append-only: UPDATE refused/);
    expect(await failureOf(handle.db.delete(auditEvents).where(eq(auditEvents.action, 'account.create')))).toMatch(/append-only: DELETE refused/);
    const rows = await handle.db.select().from(auditEvents);
    expect(rows.map((r) => r.action)).toEqual(['account.create']);
    await resetDatabase(handle);
    expect(await handle.db.select().from(auditEvents)).toEqual([]);
  });
});

describe('auditList (URL search parameters)', () => {
  it('keeps valid filters and drops invalid ones instead of failing', () => {
    expect(auditList.parse({ person: '12', actor: ' a@b.nl ', action: 'sign_in', from: '2026-02-28', result: 'denied', page: '3' })).toEqual({
      person: 12,
      actor: 'a@b.nl',
      action: 'sign_in',
      from: '2026-02-28',
      result: 'denied',
      page: 3,
    });
    expect(
      auditList.parse({
        person: '-1',
        action: "x'; drop table",
        from: '2026-02-30',
        to: ['2026-01-01', '2026-01-02'],
        result: 'maybe',
        objectType: 'secret',
        page: '0',
      }),
    ).toEqual({ page: 1 });
    expect(auditList.parse({ person: '99999999999', page: '1e9' })).toEqual({ page: 1 });
  });

  it('writes short links: filters set, page only past the first', () => {
    expect(auditList.href('/nl/audit', { action: 'sign_in', result: undefined, page: 1 })).toBe('/nl/audit?action=sign_in');
    expect(auditList.href('/nl/audit', { person: 12, page: 3 })).toBe('/nl/audit?person=12&page=3');
  });
});
