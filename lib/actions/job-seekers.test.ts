import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditEvents, jobSeekers } from '@/db/schema';
import type { Role } from '@/db/schema/enums';
import { makeJobSeeker, placeId } from '@/lib/testing/job-seekers';
import { makeUser } from '@/lib/testing/users';
import type { JobSeekerFormInput } from '@/lib/validation/job-seekers';
import { GET as exportRoute } from '@/app/api/job-seekers/[id]/export/route';
import {
  addJobSeekerNoteAction,
  changeJobSeekerStatusAction,
  eraseJobSeekerAction,
  handOverJobSeekerAction,
  registerJobSeekerAction,
  setJobSeekerCheckAction,
  updateJobSeekerAction,
  withdrawConsentAction,
} from './job-seekers';

withTestDatabase();

let seq = 0;
async function formInput(): Promise<JobSeekerFormInput> {
  seq += 1;
  return {
    clientNumber: `WP-7${String(seq).padStart(3, '0')}`,
    firstName: 'Lotte',
    lastName: 'Oude Luttikhuis',
    email: '',
    phone: '',
    dateOfBirth: '1990-04-01',
    postcode: '7571 BC',
    placeId: String(await placeId(handle.db, 'Oldenzaal')),
    languages: [{ language: 'de', level: 'B1' }],
    qualifications: [],
    drivingLicence: false,
    hasCar: false,
    maxCommuteKm: '',
    wantedSectors: ['elderly_care'],
    hoursMin: '20',
    hoursMax: '30',
    availableFrom: '',
    sibCohort: false,
    consentGivenOn: '2025-01-10',
    consentScope: ['profile'],
    consentUntil: '',
  };
}

/** Every job-seeker action, with input that succeeds for staff, in an order that works. */
async function actionsOn(id: number, other: { id: number }, eraseId: number) {
  const edit = await formInput();
  const [toErase] = await handle.db.select({ clientNumber: jobSeekers.clientNumber }).from(jobSeekers).where(eq(jobSeekers.id, eraseId));
  return {
    'job_seeker.create': async () => registerJobSeekerAction(await formInput()),
    'job_seeker.update': () => updateJobSeekerAction({ ...edit, id, version: 1 }),
    'job_seeker.change_status': () => changeJobSeekerStatusAction({ id, status: 'active', reason: 'Intake afgerond' }),
    'job_seeker.add_note': () => addJobSeekerNoteAction({ id, body: 'Gesprek gehad' }),
    'job_seeker.set_check': () => setJobSeekerCheckAction({ id, item: 'tax_treaty', done: true }),
    'job_seeker.withdraw_consent': () => withdrawConsentAction({ id, reason: 'Op eigen verzoek' }),
    'job_seeker.hand_over': () => handOverJobSeekerAction({ id, caseworkerId: String(other.id), reason: 'Herverdeling' }),
    'job_seeker.erase': () => eraseJobSeekerAction({ id: eraseId, confirm: toErase!.clientNumber }),
  };
}

async function seekerOwnedBy(ownerId: number) {
  return makeJobSeeker(handle.db, { caseworkerId: ownerId, consentGivenOn: '2025-01-10', consentScope: ['profile'] });
}

async function exportAs(id: number | string) {
  const response = await exportRoute(new Request(`http://localhost/api/job-seekers/${id}/export`), { params: Promise.resolve({ id: String(id) }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('job-seeker actions and export: role x action', () => {
  const expected: Record<Role, boolean> = { caseworker: true, manager: true, admin: true, employer: false };
  for (const [role, allowed] of Object.entries(expected) as [Role, boolean][]) {
    it(`${role}: ${allowed ? 'allowed' : 'refused'} on every job-seeker action and the export`, async () => {
      const actor = await makeUser(handle.db, role);
      // A caseworker acts on their own client (erasing is for the owner); others on anyone's.
      const owner = role === 'caseworker' ? actor : await makeUser(handle.db, 'caseworker');
      const other = await makeUser(handle.db, 'caseworker');
      const id = await seekerOwnedBy(owner.id);
      const eraseId = await seekerOwnedBy(owner.id);
      signedInAs(actor);

      const exported = await exportAs(id);
      expect(exported.status).toBe(allowed ? 200 : 403);
      if (allowed) expect(exported.body).toMatchObject({ person: { id } });
      else expect(exported.body).toEqual({ error: 'forbidden' });

      for (const [name, run] of Object.entries(await actionsOn(id, other, eraseId))) {
        const result = await run();
        if (allowed) expect(result, name).toMatchObject({ ok: true });
        else expect(result, name).toEqual({ ok: false, code: 'forbidden' });
      }

      const audited = await handle.db
        .select({ action: auditEvents.action, result: auditEvents.result })
        .from(auditEvents)
        .where(eq(auditEvents.actorId, actor.id));
      if (allowed) {
        const [erased] = await handle.db.select().from(jobSeekers).where(eq(jobSeekers.id, eraseId));
        expect(erased!.erasedAt).not.toBeNull();
        const [eraseAudit] = await handle.db.select().from(auditEvents).where(eq(auditEvents.jobSeekerId, eraseId));
        expect(eraseAudit).toMatchObject({ action: 'job_seeker.erase', result: 'ok', actorId: actor.id });
        const aboutPerson = await handle.db
          .select({ action: auditEvents.action })
          .from(auditEvents)
          .where(and(eq(auditEvents.jobSeekerId, id), eq(auditEvents.result, 'ok')));
        expect(aboutPerson.map((a) => a.action).sort()).toEqual(
          [
            'job_seeker.add_note',
            'job_seeker.change_status',
            'job_seeker.export',
            'job_seeker.hand_over',
            'job_seeker.set_check',
            'job_seeker.update',
            'job_seeker.withdraw_consent',
            // The owner who hands over keeps reading the person for the rest of the day: a grant with the hand-over as reason.
            ...(role === 'caseworker' ? ['job_seeker.break_glass'] : []),
          ].sort(),
        );
        expect(audited.filter((a) => a.action === 'job_seeker.create')).toHaveLength(1);
      } else {
        for (const untouched of [id, eraseId]) {
          const [row] = await handle.db.select().from(jobSeekers).where(eq(jobSeekers.id, untouched));
          expect(row).toMatchObject({ version: 1, status: 'intake', caseworkerId: owner.id, erasedAt: null, consentWithdrawnAt: null });
        }
        const [people] = await handle.db.select({ n: count() }).from(jobSeekers);
        expect(people!.n).toBe(2);
        expect(audited.filter((a) => a.result === 'denied')).toHaveLength(9);
      }
    });
  }

  it('nobody signed in: every action says unauthenticated, the export 401', async () => {
    const owner = await makeUser(handle.db, 'caseworker');
    const id = await seekerOwnedBy(owner.id);
    const actions = await actionsOn(id, owner, id);
    signedInAs(null);
    for (const [name, run] of Object.entries(actions)) expect(await run(), name).toEqual({ ok: false, code: 'unauthenticated' });
    expect((await exportAs(id)).status).toBe(401);
  });
});

describe('job-seeker actions: rules', () => {
  it('a caseworker may edit anyone but erase only their own clients', async () => {
    const owner = await makeUser(handle.db, 'caseworker');
    const colleague = await makeUser(handle.db, 'caseworker');
    const id = await seekerOwnedBy(owner.id);
    const [row] = await handle.db.select().from(jobSeekers).where(eq(jobSeekers.id, id));
    signedInAs(colleague);
    expect(await addJobSeekerNoteAction({ id, body: 'Waargenomen tijdens verlof' })).toMatchObject({ ok: true });
    expect(await eraseJobSeekerAction({ id, confirm: row!.clientNumber })).toEqual({ ok: false, code: 'notOwner' });
    const [denied] = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.jobSeekerId, id), eq(auditEvents.result, 'denied')));
    expect(denied).toMatchObject({ action: 'job_seeker.erase', actorId: colleague.id });
    expect((await handle.db.select().from(jobSeekers).where(eq(jobSeekers.id, id)))[0]!.erasedAt).toBeNull();
  });

  // The erasure rule must not be bypassed by handing a colleague's client to oneself first.
  const handOverTable: { actor: 'owner' | 'colleague' | 'manager' | 'admin'; owned: boolean; allowed: boolean }[] = [
    { actor: 'owner', owned: true, allowed: true },
    { actor: 'colleague', owned: true, allowed: false },
    { actor: 'colleague', owned: false, allowed: false },
    { actor: 'manager', owned: true, allowed: true },
    { actor: 'manager', owned: false, allowed: true },
    { actor: 'admin', owned: true, allowed: true },
    { actor: 'admin', owned: false, allowed: true },
  ];
  for (const { actor: who, owned, allowed } of handOverTable) {
    it(`hand-over by ${who} of a person ${owned ? 'with an owner' : 'without an owner'}: ${allowed ? 'allowed' : 'refused and audited'}`, async () => {
      const owner = await makeUser(handle.db, 'caseworker');
      const colleague = await makeUser(handle.db, 'caseworker');
      const actor = who === 'owner' ? owner : who === 'colleague' ? colleague : await makeUser(handle.db, who);
      const id = await makeJobSeeker(handle.db, { caseworkerId: owned ? owner.id : null });
      const [row] = await handle.db.select().from(jobSeekers).where(eq(jobSeekers.id, id));
      const target = who === 'owner' ? colleague : who === 'colleague' ? colleague : await makeUser(handle.db, 'caseworker');
      signedInAs(actor);
      const result = await handOverJobSeekerAction({ id, caseworkerId: String(target.id), reason: 'Neem ik over' });
      const [after] = await handle.db.select().from(jobSeekers).where(eq(jobSeekers.id, id));
      const trail = await handle.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.jobSeekerId, id), eq(auditEvents.action, 'job_seeker.hand_over')));
      if (allowed) {
        expect(result).toEqual({ ok: true, data: undefined });
        expect(after!.caseworkerId).toBe(target.id);
        expect(trail).toMatchObject([{ result: 'ok', actorId: actor.id }]);
      } else {
        expect(result).toEqual({ ok: false, code: 'notOwnerHandOver' });
        expect(after).toMatchObject({ caseworkerId: row!.caseworkerId, version: row!.version });
        expect(trail).toMatchObject([{ result: 'denied', actorId: actor.id, details: { to: target.id } }]);
        // And so the erasure stays refused too.
        expect(await eraseJobSeekerAction({ id, confirm: row!.clientNumber })).toEqual({ ok: false, code: 'notOwner' });
      }
    });
  }

  it('re-validates on the server with the form schema and maps database refusals to fields', async () => {
    signedInAs(await makeUser(handle.db, 'caseworker'));
    const input = await formInput();
    expect(await registerJobSeekerAction({ ...input, postcode: '7511', hoursMin: '40', hoursMax: '20' })).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { postcode: 'dutchPostcode', hoursMax: 'hoursOrder' },
    });
    expect(await registerJobSeekerAction({ ...input, hoursMin: '40', hoursMax: '20' })).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { hoursMax: 'hoursOrder' },
    });
    expect(await registerJobSeekerAction(input)).toMatchObject({ ok: true });
    expect(await registerJobSeekerAction({ ...input, clientNumber: input.clientNumber.toLowerCase() })).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { clientNumber: 'clientNumberTaken' },
    });
  });

  it('a stale edit is refused as a conflict, and audited', async () => {
    const me = await makeUser(handle.db, 'caseworker');
    signedInAs(me);
    const created = await registerJobSeekerAction(await formInput());
    const id = (created as { data: { id: number } }).data.id;
    const [row] = await handle.db.select().from(jobSeekers).where(eq(jobSeekers.id, id));
    const input = { ...(await formInput()), clientNumber: row!.clientNumber!, id, version: 1 };
    expect(await updateJobSeekerAction({ ...input, phone: '06-12121212' })).toMatchObject({ ok: true });
    expect(await updateJobSeekerAction({ ...input, phone: '06-34343434' })).toEqual({ ok: false, code: 'conflict' });
    const [conflict] = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.jobSeekerId, id), eq(auditEvents.result, 'error')));
    expect(conflict).toMatchObject({ action: 'job_seeker.update', details: { reason: 'conflict', version: 1 } });
  });

  it('the export of a person who does not exist is 404, and the audit trail holds no personal data', async () => {
    const me = await makeUser(handle.db, 'manager');
    signedInAs(me);
    expect((await exportAs(424242)).status).toBe(404);
    expect((await exportAs('abc')).status).toBe(404);
    const id = await makeJobSeeker(handle.db, { firstName: 'Geheim', lastName: 'Persoon' });
    await exportAs(id);
    const trail = await handle.db.select().from(auditEvents);
    expect(JSON.stringify(trail)).not.toContain('Geheim');
  });
});
