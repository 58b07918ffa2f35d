import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { loadAction, makeActor, makeSampleIds, withUnique } from '@/lib/testing/access-fixtures';
import { ALL_ROLES, actions } from './access-matrix';

vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: vi.fn() }));
vi.mock('@/lib/request-origin', () => ({ requestOrigin: async () => '127.0.0.1' }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: vi.fn() }));

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  const client = await import('@/db/client');
  vi.mocked(client.getDb).mockImplementation(async () => handle.db);
});
afterAll(async () => handle?.close());
beforeEach(async () => resetDatabase(handle));

function signedInAs(user: SessionUser | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
}

describe('access matrix: every server action x every role, on the server', () => {
  for (const rule of actions) {
    for (const role of ALL_ROLES) {
      const allowed = rule.roles.includes(role);
      it(`${rule.export} as ${role}: ${allowed ? 'allowed' : 'forbidden'}`, async () => {
        const ids = await makeSampleIds(handle.db);
        signedInAs(await makeActor(handle.db, role, ids));
        const result = await (await loadAction(rule))(rule.sample(withUnique(ids)));
        if (allowed) {
          expect(result, `${rule.export} as ${role}`).toMatchObject({ ok: true });
        } else {
          expect(result).toEqual({ ok: false, code: 'forbidden' });
          // The refusal is in the audit trail under the action's name.
          const denied = await handle.db
            .select()
            .from(auditEvents)
            .where(and(eq(auditEvents.result, 'denied'), eq(auditEvents.action, rule.name)));
          expect(denied).toHaveLength(1);
        }
      });
    }

    it(`${rule.export} for a visitor: unauthenticated, nothing recorded as done`, async () => {
      const ids = await makeSampleIds(handle.db);
      signedInAs(null);
      expect(await (await loadAction(rule))(rule.sample(withUnique(ids)))).toEqual({ ok: false, code: 'unauthenticated' });
      expect(await handle.db.select().from(auditEvents).where(eq(auditEvents.result, 'ok'))).toEqual([]);
    });

    if (rule.ownership) {
      const ownership = rule.ownership;
      it(`${rule.export}: an employer against another company's ids is answered like a nonexistent id`, async () => {
        const ids = await makeSampleIds(handle.db);
        signedInAs(await makeActor(handle.db, 'employer', ids));
        const action = await loadAction(rule);
        const foreign = await action(ownership.foreign(withUnique(ids)));
        const missing = await action(ownership.missing(withUnique(ids)));
        expect(foreign.ok).toBe(false);
        expect(foreign).toEqual(missing);
      });
    }
  }

  it('lists each action once, under a unique audit name', () => {
    const keys = actions.map((a) => `${a.module}#${a.export}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(actions.map((a) => a.name)).size).toBe(actions.length);
  });
});
