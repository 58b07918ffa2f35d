import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, jobSeekers } from '@/db/schema';
import type { Role } from '@/db/schema/enums';
import { makeJobSeeker } from '@/lib/testing/job-seekers';
import { makeUser } from '@/lib/testing/users';
import { deleteDocumentAction } from './documents';
import { eraseJobSeekerAction, handOverJobSeekerAction } from './job-seekers';
import { duplicateVacancyAction } from './vacancies';

withTestDatabase();

const MISSING = 999999;
const deniedOf = (action: string) => handle.db.select().from(auditEvents).where(eq(auditEvents.action, action));

/** Refusals decided inside a handler: no row was written by a query, so authorizedAction writes one. */
const missing: { role: Role; action: string; run: () => Promise<unknown>; objectType: string }[] = [
  { role: 'caseworker', action: 'document.delete', run: () => deleteDocumentAction({ id: MISSING }), objectType: 'document' },
  { role: 'admin', action: 'document.delete', run: () => deleteDocumentAction({ id: MISSING }), objectType: 'document' },
  { role: 'employer', action: 'vacancy.duplicate', run: () => duplicateVacancyAction({ id: MISSING }), objectType: 'vacancy' },
  { role: 'caseworker', action: 'vacancy.duplicate', run: () => duplicateVacancyAction({ id: MISSING }), objectType: 'vacancy' },
];

describe('action refusals decided in the handler: one denied row each', () => {
  for (const c of missing) {
    it(`${c.action} as ${c.role} for a missing id: notFound, one row naming the object and the reason`, async () => {
      const actor = await makeUser(handle.db, c.role);
      signedInAs(actor);
      expect(await c.run()).toEqual({ ok: false, code: 'notFound' });
      expect(await deniedOf(c.action)).toMatchObject([
        { result: 'denied', actorId: actor.id, objectType: c.objectType, objectId: String(MISSING), details: { reason: 'notFound' } },
      ]);
    });
  }

  it('a caseworker who is not the owner: the query writes the refusal, the wrapper adds none', async () => {
    const owner = await makeUser(handle.db, 'caseworker');
    const colleague = await makeUser(handle.db, 'caseworker');
    const id = await makeJobSeeker(handle.db, { caseworkerId: owner.id, consentGivenOn: '2025-01-10', consentScope: ['profile'] });
    const [row] = await handle.db.select().from(jobSeekers).where(eq(jobSeekers.id, id));
    signedInAs(colleague);
    expect(await eraseJobSeekerAction({ id, confirm: row!.clientNumber })).toEqual({ ok: false, code: 'notOwner' });
    expect(await deniedOf('job_seeker.erase')).toMatchObject([{ result: 'denied', actorId: colleague.id }]);
    expect(await handOverJobSeekerAction({ id, caseworkerId: String(colleague.id), reason: 'Herverdeling' })).toMatchObject({ ok: false });
    expect(await deniedOf('job_seeker.hand_over')).toHaveLength(1);
  });

  it('a missing person for erasure: one row from the wrapper', async () => {
    const actor = await makeUser(handle.db, 'admin');
    signedInAs(actor);
    expect(await eraseJobSeekerAction({ id: MISSING, confirm: 'X' })).toEqual({ ok: false, code: 'notFound' });
    expect(await deniedOf('job_seeker.erase')).toMatchObject([
      { result: 'denied', actorId: actor.id, objectType: 'job_seeker', objectId: String(MISSING), details: { reason: 'notFound' } },
    ]);
  });
});
