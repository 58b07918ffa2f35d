import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishCheck } from '@/lib/vacancies/publish-check';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '@/db/client';
import { auditEvents, jobSeekerChecks, jobSeekerNotes, jobSeekers, proposalEvents, proposals, vacancies } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import type { AuditContext } from '@/db/queries/audit';
import { careVacancy, makeJobSeeker } from '@/lib/testing/fixtures';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { registrationValues } from '@/lib/testing/job-seekers';
import { makeVacancy } from '@/lib/testing/vacancies';
import { emptyVacancyForm, vacancyFormSchema, vacancyRecord } from '@/lib/validation/vacancies';
import {
  addJobSeekerNote,
  changeJobSeekerStatus,
  createJobSeeker,
  eraseJobSeeker,
  handOverJobSeeker,
  setJobSeekerCheck,
  updateJobSeeker,
  withdrawConsent,
} from './job-seekers';
import { moveProposal, proposeCandidate } from './proposals';
import { changeVacancyStatus, createVacancy, duplicateVacancy, updateVacancy } from './vacancies';

/*
 * A change of personal data and its audit row are one transaction: when the audit insert fails
 * the change is gone, and when the change commits its row is there. The failure is a real one,
 * raised by the database (a trigger on audit_events), not a mocked function.
 */

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db.execute(sql`create or replace function test_refuse_audit() returns trigger language plpgsql as $$
    begin raise exception 'audit insert refused by the test'; end $$`);
});
afterAll(async () => {
  await handle?.db.execute(sql`drop function if exists test_refuse_audit() cascade`);
  await handle?.close();
});
beforeEach(async () => resetDatabase(handle));
afterEach(async () => refuseAudit(false));

async function refuseAudit(on: boolean) {
  await handle.db.execute(sql`drop trigger if exists test_refuse_audit on audit_events`);
  if (on) await handle.db.execute(sql`create trigger test_refuse_audit before insert on audit_events for each row execute function test_refuse_audit()`);
}

/** The audit trail is append-only: a test reads the rows written after its mark. */
async function lastAuditId(): Promise<number> {
  const [row] = await handle.db.select({ id: sql<number>`coalesce(max(${auditEvents.id}), 0)`.mapWith(Number) }).from(auditEvents);
  return row!.id;
}

async function auditRowsSince(mark: number, action: string) {
  return handle.db
    .select({ objectId: auditEvents.objectId, jobSeekerId: auditEvents.jobSeekerId, actorId: auditEvents.actorId, result: auditEvents.result })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), gt(auditEvents.id, mark)));
}

interface Case {
  /** The audit action the change writes. */
  action: string;
  /** Sets up what the change needs; returns the change and a picture of what it changes. */
  prepare: (db: Database, audit: AuditContext) => Promise<{ change: () => Promise<unknown>; picture: () => Promise<unknown> }>;
}

async function person(db: Database, caseworkerId: number) {
  return makeJobSeeker(db, { caseworkerId, german: 'B1' });
}

async function personPicture(db: Database, id: number) {
  const [row] = await db.select().from(jobSeekers).where(eq(jobSeekers.id, id));
  const notes = await db.select({ id: jobSeekerNotes.id }).from(jobSeekerNotes).where(eq(jobSeekerNotes.jobSeekerId, id));
  const checks = await db.select({ item: jobSeekerChecks.item }).from(jobSeekerChecks).where(eq(jobSeekerChecks.jobSeekerId, id));
  const open = await db.select({ id: proposals.id, stage: proposals.stage }).from(proposals).where(eq(proposals.jobSeekerId, id));
  return { row: { ...row, updatedAt: undefined }, notes, checks, open };
}

async function vacancyPicture(db: Database) {
  return db
    .select({ id: vacancies.id, title: vacancies.title, status: vacancies.status, version: vacancies.version })
    .from(vacancies)
    .orderBy(asc(vacancies.id));
}

async function proposalPicture(db: Database) {
  const rows = await db.select({ id: proposals.id, stage: proposals.stage, version: proposals.version }).from(proposals).orderBy(asc(proposals.id));
  const events = await db.select({ id: proposalEvents.id }).from(proposalEvents);
  return { rows, events: events.length };
}

const cases: Record<string, Case> = {
  'registering a person': {
    action: 'job_seeker.create',
    prepare: async (db, audit) => {
      const owner = await makeUser(db, 'caseworker');
      const values = await registrationValues(db);
      return {
        change: () => createJobSeeker(db, values, owner.id, audit),
        picture: () => db.select({ id: jobSeekers.id }).from(jobSeekers),
      };
    },
  },
  'editing a person': {
    action: 'job_seeker.update',
    prepare: async (db, audit) => {
      const owner = await makeUser(db, 'caseworker');
      const created = await createJobSeeker(db, await registrationValues(db), owner.id, audit);
      const id = (created as { id: number }).id;
      const edit = await registrationValues(db, { lastName: 'Ter Braak' });
      return { change: () => updateJobSeeker(db, id, 1, edit, owner.id, 'renewed', audit), picture: () => personPicture(db, id) };
    },
  },
  'changing a status': {
    action: 'job_seeker.change_status',
    prepare: async (db, audit) => {
      const owner = await makeUser(db, 'caseworker');
      const id = await person(db, owner.id);
      return { change: () => changeJobSeekerStatus(db, id, 'in_training', 'Cursus Duits', owner.id, audit), picture: () => personPicture(db, id) };
    },
  },
  'handing a person over': {
    action: 'job_seeker.hand_over',
    prepare: async (db, audit) => {
      const owner = await makeUser(db, 'caseworker');
      const colleague = await makeUser(db, 'caseworker');
      const id = await person(db, owner.id);
      return { change: () => handOverJobSeeker(db, id, colleague.id, 'Verlof', owner.id, audit), picture: () => personPicture(db, id) };
    },
  },
  'withdrawing consent, which withdraws open proposals': {
    action: 'job_seeker.withdraw_consent',
    prepare: async (db, audit) => {
      const owner = await makeUser(db, 'caseworker');
      const id = await person(db, owner.id);
      const vacancyId = await makeVacancy(db, await makeEmployer(db, 'Haus Dinkelaue'), careVacancy);
      await proposeCandidate(db, { vacancyId, jobSeekerId: id, motivation: null, actorId: owner.id }, audit);
      return { change: () => withdrawConsent(db, id, 'Wil niet meer', owner.id, audit), picture: () => personPicture(db, id) };
    },
  },
  'adding a note': {
    action: 'job_seeker.add_note',
    prepare: async (db, audit) => {
      const owner = await makeUser(db, 'caseworker');
      const id = await person(db, owner.id);
      return { change: () => addJobSeekerNote(db, id, 'Gebeld', owner.id, audit), picture: () => personPicture(db, id) };
    },
  },
  'ticking a cross-border check': {
    action: 'job_seeker.set_check',
    prepare: async (db, audit) => {
      const owner = await makeUser(db, 'caseworker');
      const id = await person(db, owner.id);
      return { change: () => setJobSeekerCheck(db, id, 'health_insurance_s1', true, owner.id, audit), picture: () => personPicture(db, id) };
    },
  },
  'erasing a person': {
    action: 'job_seeker.erase',
    prepare: async (db, audit) => {
      const owner = await makeUser(db, 'caseworker');
      const id = await person(db, owner.id);
      const [row] = await db.select({ clientNumber: jobSeekers.clientNumber }).from(jobSeekers).where(eq(jobSeekers.id, id));
      return { change: () => eraseJobSeeker(db, id, row!.clientNumber!, audit), picture: () => personPicture(db, id) };
    },
  },
  'creating a vacancy': {
    action: 'vacancy.create',
    prepare: async (db, audit) => {
      const employerId = await makeEmployer(db, 'Pflegeheim Ahaus');
      const user = await makeUser(db, 'employer', { employerId });
      const record = vacancyRecord(vacancyFormSchema.parse({ ...emptyVacancyForm('de'), title: 'Nachtwache', intent: 'draft' }));
      return {
        change: () => createVacancy(db, { employerId, createdBy: user.id, record, publish: false, check: publishCheck }, audit),
        picture: () => vacancyPicture(db),
      };
    },
  },
  'editing a vacancy': {
    action: 'vacancy.update',
    prepare: async (db, audit) => {
      const employerId = await makeEmployer(db, 'Pflegeheim Ahaus');
      const id = await makeVacancy(db, employerId, { status: 'draft', publishedAt: null });
      const record = vacancyRecord(vacancyFormSchema.parse({ ...emptyVacancyForm('de'), title: 'Frühdienst', intent: 'draft' }));
      return {
        change: () => updateVacancy(db, { scope: { kind: 'staff' }, id, version: 1, record, intent: 'draft', check: publishCheck }, audit),
        picture: () => vacancyPicture(db),
      };
    },
  },
  'pausing a vacancy': {
    action: 'vacancy.pause',
    prepare: async (db, audit) => {
      const id = await makeVacancy(db, await makeEmployer(db, 'Pflegeheim Ahaus'));
      return {
        change: () => changeVacancyStatus(db, { scope: { kind: 'staff' }, id, version: 1, action: 'pause', check: publishCheck }, audit),
        picture: () => vacancyPicture(db),
      };
    },
  },
  'copying a vacancy': {
    action: 'vacancy.duplicate',
    prepare: async (db, audit) => {
      const id = await makeVacancy(db, await makeEmployer(db, 'Pflegeheim Ahaus'));
      const user = await makeUser(db, 'caseworker');
      return { change: () => duplicateVacancy(db, { scope: { kind: 'staff' }, id, createdBy: user.id }, audit), picture: () => vacancyPicture(db) };
    },
  },
  'proposing a candidate': {
    action: 'proposal.create',
    prepare: async (db, audit) => {
      const caseworker = await makeUser(db, 'caseworker');
      const vacancyId = await makeVacancy(db, await makeEmployer(db, 'Haus Dinkelaue'), careVacancy);
      const jobSeekerId = await person(db, caseworker.id);
      return {
        change: () => proposeCandidate(db, { vacancyId, jobSeekerId, motivation: null, actorId: caseworker.id }, audit),
        picture: () => proposalPicture(db),
      };
    },
  },
  'moving a candidate along': {
    action: 'proposal.move',
    prepare: async (db, audit) => {
      const caseworker = await makeUser(db, 'caseworker');
      const employerId = await makeEmployer(db, 'Haus Dinkelaue');
      const employer = await makeUser(db, 'employer', { employerId });
      const vacancyId = await makeVacancy(db, employerId, careVacancy);
      const jobSeekerId = await person(db, caseworker.id);
      const proposed = await proposeCandidate(db, { vacancyId, jobSeekerId, motivation: null, actorId: caseworker.id }, audit);
      const proposalId = (proposed as { id: number }).id;
      return {
        change: () => moveProposal(db, { proposalId, expectedVersion: 1, to: 'seen', reason: null, actorId: employer.id }, audit),
        picture: () => proposalPicture(db),
      };
    },
  },
};

const audit: AuditContext = { actor: { id: 4242, role: 'caseworker', email: 'klantmanager@example.nl' }, origin: '10.0.0.7' };

describe('a change and its audit row are one transaction', () => {
  describe.each(Object.entries(cases))('%s', (_name, { action, prepare }) => {
    it('is undone when its audit row cannot be written', async () => {
      const { change, picture } = await prepare(handle.db, audit);
      const before = await picture();
      const mark = await lastAuditId();
      await refuseAudit(true);
      await expect(change()).rejects.toThrow();
      await refuseAudit(false);
      expect(await picture()).toEqual(before);
      expect(await auditRowsSince(mark, action)).toEqual([]);
    });

    it('commits with exactly one audit row of the acting user', async () => {
      const { change, picture } = await prepare(handle.db, audit);
      const before = await picture();
      const mark = await lastAuditId();
      const outcome = await change();
      expect(outcome).toBeTruthy();
      expect(outcome).not.toMatchObject({ ok: false });
      expect(await picture()).not.toEqual(before);
      expect(await auditRowsSince(mark, action)).toEqual([expect.objectContaining({ actorId: 4242, result: 'ok' })]);
    });
  });

  it('a refused change writes only its refusal: nothing changed, one denied row', async () => {
    const owner = await makeUser(handle.db, 'caseworker');
    const colleague = await makeUser(handle.db, 'caseworker');
    const id = await person(handle.db, owner.id);
    const before = await personPicture(handle.db, id);
    const mark = await lastAuditId();
    expect(await eraseJobSeeker(handle.db, id, 'whatever', audit, (ownerId) => ownerId === colleague.id)).toEqual({ ok: false, code: 'notOwner' });
    expect(await personPicture(handle.db, id)).toEqual(before);
    expect(await auditRowsSince(mark, 'job_seeker.erase')).toEqual([{ objectId: String(id), jobSeekerId: id, actorId: 4242, result: 'denied' }]);
  });
});
