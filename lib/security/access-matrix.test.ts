import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import { loadAction, makeActor, makeSampleIds, sampleInputFor, withUnique } from '@/lib/testing/access-fixtures';
import { ALL_ROLES, actions } from './access-matrix';

withTestDatabase();

describe('access matrix: every server action x every role, on the server', () => {
  for (const rule of actions) {
    for (const role of ALL_ROLES) {
      const allowed = rule.roles.includes(role);
      it(`${rule.export} as ${role}: ${allowed ? 'allowed' : 'forbidden'}`, async () => {
        const ids = await makeSampleIds(handle.db);
        const actor = await makeActor(handle.db, role, ids);
        signedInAs(actor);
        const input = allowed ? await sampleInputFor(handle.db, rule, actor, withUnique(ids)) : rule.sample(withUnique(ids));
        const result = await (await loadAction(rule))(input);
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
        const deniedRows = () =>
          handle.db
            .select()
            .from(auditEvents)
            .where(and(eq(auditEvents.result, 'denied'), eq(auditEvents.action, rule.name)));
        const foreign = await action(ownership.foreign(withUnique(ids)));
        // Each refusal is in the audit trail once, under the action's name, whoever wrote it.
        expect(await deniedRows(), `${rule.name}: one refusal row for the foreign id`).toHaveLength(1);
        const missing = await action(ownership.missing(withUnique(ids)));
        expect(await deniedRows(), `${rule.name}: one refusal row for the missing id`).toHaveLength(2);
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
