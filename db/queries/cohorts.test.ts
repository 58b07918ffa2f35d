import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, cohortAttendance, cohortParticipants, cohortRecognitionSteps, cohorts, cohortSessions, jobSeekers, placements } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { makeJobSeeker } from '@/lib/testing/fixtures';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import type { AuditContext } from './audit';
import {
  addParticipant,
  addSession,
  attendanceOf,
  cohortDashboard,
  cohortDataOfJobSeeker,
  createCohort,
  listCohorts,
  participantsOf,
  recordRecognitionStep,
  removeParticipant,
  removeRecognitionStep,
  removeSession,
  saveAttendance,
  updateCohort,
  updateParticipant,
} from './cohorts';
import { exportJobSeeker } from './job-seeker-export';
import { eraseJobSeeker } from './job-seekers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

let audit: AuditContext;
let actorId: number;
let sonnenhof: number;
let ahaus: number;
let cohortId: number;

async function seeker(lastName = 'Jansen'): Promise<{ id: number; clientNumber: string }> {
  const id = await makeJobSeeker(handle.db, { lastName, caseworkerId: actorId });
  const [row] = await handle.db.select({ clientNumber: jobSeekers.clientNumber }).from(jobSeekers).where(eq(jobSeekers.id, id));
  return { id, clientNumber: row!.clientNumber! };
}

async function cohort(values: Partial<{ capacity: number; startDate: string; endDate: string }> = {}): Promise<number> {
  const result = await createCohort(
    handle.db,
    {
      name: 'Zorg 2027-1',
      provider: 'ROC van Twente',
      startDate: '2027-02-01',
      endDate: '2027-06-30',
      capacity: 12,
      employerIds: [sonnenhof, ahaus],
      ...values,
    },
    audit,
  );
  if (!result.ok) throw new Error(`cohort: ${result.code}`);
  return result.data.id;
}

async function participant(lastName = 'Jansen'): Promise<{ participantId: number; jobSeekerId: number; clientNumber: string }> {
  const person = await seeker(lastName);
  const added = await addParticipant(handle.db, { cohortId, clientNumber: person.clientNumber, actorId }, audit);
  if (!added.ok) throw new Error(`participant: ${added.code}`);
  return { participantId: added.data.id, jobSeekerId: person.id, clientNumber: person.clientNumber };
}

async function setState(participantId: number, state: 'enrolled' | 'active' | 'completed' | 'dropped' | 'invited', dropReason: 'health' | null = null) {
  const [row] = await handle.db.select({ version: cohortParticipants.version }).from(cohortParticipants).where(eq(cohortParticipants.id, participantId));
  return updateParticipant(
    handle.db,
    { cohortId, participantId, version: row!.version, state, dropReason, germanLevelStart: 'A2', germanLevelEnd: null },
    audit,
  );
}

beforeEach(async () => {
  await resetDatabase(handle);
  const caseworker = await makeUser(handle.db, 'caseworker');
  actorId = caseworker.id;
  audit = { actor: { id: caseworker.id, role: 'caseworker', email: caseworker.email }, origin: null };
  sonnenhof = await makeEmployer(handle.db, 'Sonnenhof Gronau');
  ahaus = await makeEmployer(handle.db, 'Haus Ahaus', 'Ahaus');
  cohortId = await cohort();
});

describe('cohorts', () => {
  it('creates a cohort with its employers and lists it', async () => {
    const [row] = await listCohorts(handle.db);
    expect(row).toMatchObject({ name: 'Zorg 2027-1', capacity: 12, participants: 0, employerNames: ['Haus Ahaus', 'Sonnenhof Gronau'] });
    expect(await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'cohort.create'))).toHaveLength(1);
  });

  it('refuses an end before the start and a capacity below 1, in the database', async () => {
    expect(
      await createCohort(handle.db, { name: 'X', provider: 'Y', startDate: '2027-03-01', endDate: '2027-02-01', capacity: 5, employerIds: [] }, audit),
    ).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { endDate: 'cohorts.endBeforeStart' },
    });
    await expect(handle.db.insert(cohorts).values({ name: 'X', provider: 'Y', startDate: '2027-03-01', endDate: '2027-03-01', capacity: 0 })).rejects.toThrow();
    // One day is a valid course.
    expect(
      (await createCohort(handle.db, { name: 'Dag', provider: 'Y', startDate: '2027-03-01', endDate: '2027-03-01', capacity: 1, employerIds: [] }, audit)).ok,
    ).toBe(true);
  });
});

describe('participants', () => {
  it('adds a job seeker once; an unknown client number and a full cohort are refused', async () => {
    const person = await seeker();
    expect((await addParticipant(handle.db, { cohortId, clientNumber: person.clientNumber.toLowerCase(), actorId }, audit)).ok).toBe(true);
    expect(await addParticipant(handle.db, { cohortId, clientNumber: person.clientNumber, actorId }, audit)).toEqual({ ok: false, code: 'alreadyInCohort' });
    expect(await addParticipant(handle.db, { cohortId, clientNumber: 'NOPE-1', actorId }, audit)).toMatchObject({
      fieldErrors: { clientNumber: 'cohorts.clientNumberUnknown' },
    });
    cohortId = await cohort({ capacity: 1 });
    await participant('Smit');
    const third = await seeker('Visser');
    expect(await addParticipant(handle.db, { cohortId, clientNumber: third.clientNumber, actorId }, audit)).toEqual({ ok: false, code: 'cohortFull' });
    const denied = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'cohort.add_participant'), eq(auditEvents.result, 'denied')));
    expect(denied.length).toBe(2);
  });

  it('holds capacity when two add the last place at once, and a drop-out frees it', async () => {
    cohortId = await cohort({ capacity: 1 });
    const [a, b] = [await seeker('Bos'), await seeker('Mulder')];
    const results = await Promise.all([
      addParticipant(handle.db, { cohortId, clientNumber: a.clientNumber, actorId }, audit),
      addParticipant(handle.db, { cohortId, clientNumber: b.clientNumber, actorId }, audit),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const [inside] = await participantsOf(handle.db, cohortId);
    expect((await setState(inside!.id, 'dropped', 'health')).ok).toBe(true);
    const loser = results[0]!.ok ? b : a;
    const added = await addParticipant(handle.db, { cohortId, clientNumber: loser.clientNumber, actorId }, audit);
    expect(added.ok).toBe(true);
    // Bringing the drop-out back would pass the capacity again.
    expect(await setState(inside!.id, 'enrolled')).toEqual({ ok: false, code: 'cohortFull' });
  });

  it('requires a drop reason exactly when dropped (database check) and keeps the stages reached', async () => {
    const { participantId } = await participant();
    expect((await setState(participantId, 'active')).ok).toBe(true);
    expect(await setState(participantId, 'dropped', null)).toMatchObject({ ok: false, fieldErrors: { dropReason: 'cohorts.dropReasonRequired' } });
    await expect(handle.db.update(cohortParticipants).set({ dropReason: 'health' }).where(eq(cohortParticipants.id, participantId))).rejects.toThrow();
    expect((await setState(participantId, 'dropped', 'health')).ok).toBe(true);
    const [row] = await handle.db.select().from(cohortParticipants).where(eq(cohortParticipants.id, participantId));
    expect(row).toMatchObject({ state: 'dropped', dropReason: 'health', germanLevelStart: 'A2' });
    expect(row!.enrolledAt).not.toBeNull();
    expect(row!.activeAt).not.toBeNull();
    expect(row!.completedAt).toBeNull();
  });

  it('refuses a stale version', async () => {
    const { participantId } = await participant();
    const result = await updateParticipant(
      handle.db,
      { cohortId, participantId, version: 99, state: 'enrolled', dropReason: null, germanLevelStart: null, germanLevelEnd: null },
      audit,
    );
    expect(result).toEqual({ ok: false, code: 'conflict' });
  });
});

describe('sessions and attendance', () => {
  it('refuses a session outside the period, saves a session in one go and refuses another cohort’s participant', async () => {
    expect(await addSession(handle.db, { cohortId, sessionDate: '2027-07-01', topic: 'Duits' }, audit)).toMatchObject({
      fieldErrors: { sessionDate: 'cohorts.sessionOutsidePeriod' },
    });
    const session = await addSession(handle.db, { cohortId, sessionDate: '2027-02-03', topic: 'Duits: Pflegealltag' }, audit);
    if (!session.ok) throw new Error('session');
    const one = await participant('Bakker');
    const two = await participant('Dekker');
    const save = (present: number[]) => saveAttendance(handle.db, { cohortId, sessionId: session.data.id, present, actorId }, audit);
    expect(await save([one.participantId, two.participantId])).toEqual({ ok: true, data: { present: 2 } });
    expect((await save([two.participantId])).ok).toBe(true);
    expect(await attendanceOf(handle.db, cohortId)).toEqual([{ sessionId: session.data.id, participantId: two.participantId }]);
    const first = cohortId;
    cohortId = await cohort();
    const stranger = await participant('Vreemd');
    cohortId = first;
    expect(await save([stranger.participantId])).toMatchObject({ ok: false, fieldErrors: { present: 'cohorts.notParticipant' } });
    // The database: one row per session and participant, and never across cohorts.
    await expect(handle.db.insert(cohortAttendance).values({ cohortId, sessionId: session.data.id, participantId: two.participantId })).rejects.toThrow();
    await expect(
      handle.db.insert(cohortAttendance).values({ cohortId: first, sessionId: session.data.id, participantId: stranger.participantId }),
    ).rejects.toThrow();
    expect((await participantsOf(handle.db, cohortId)).find((p) => p.id === two.participantId)?.attended).toBe(1);
  });
});

describe('recognition and the dashboard', () => {
  it('records steps with dates (a step once, its date corrected) and computes the funnel, completion, median and placements per employer', async () => {
    const a = await participant('Aalders');
    const b = await participant('Bos');
    const c = await participant('Claes');
    const d0 = await participant('Dijk'); // stays invited: never took part
    const e = await participant('Eshuis'); // enrolled, left before the first lesson day
    await setState(a.participantId, 'completed');
    await setState(b.participantId, 'completed');
    await setState(c.participantId, 'active');
    await setState(c.participantId, 'dropped', 'health');
    await setState(e.participantId, 'enrolled');
    await setState(e.participantId, 'dropped', 'health');
    // Claes left during the course (Amsterdam date 10 March), Eshuis on the day before it began (31 January, 23:30 Dutch time).
    await handle.db
      .update(cohortParticipants)
      .set({ droppedAt: new Date('2027-03-10T09:00:00Z') })
      .where(eq(cohortParticipants.id, c.participantId));
    await handle.db
      .update(cohortParticipants)
      .set({ droppedAt: new Date('2027-01-31T22:30:00Z') })
      .where(eq(cohortParticipants.id, e.participantId));
    const step = (participantId: number, s: 'applied' | 'recognised', stepDate: string) =>
      recordRecognitionStep(handle.db, { cohortId, participantId, step: s, stepDate, actorId }, audit);
    await step(a.participantId, 'applied', '2027-01-01');
    await step(a.participantId, 'recognised', '2027-01-31'); // 30 days
    await step(b.participantId, 'applied', '2027-01-01');
    await step(b.participantId, 'recognised', '2027-03-02'); // 60 days, corrected below to 50
    await step(b.participantId, 'recognised', '2027-02-20');
    expect(await handle.db.select().from(cohortRecognitionSteps).where(eq(cohortRecognitionSteps.participantId, b.participantId))).toHaveLength(2);
    expect(await step(999_999, 'applied', '2027-01-01')).toEqual({ ok: false, code: 'notFound' });
    const place = (jobSeekerId: number, employerId: number, startDate: string) =>
      handle.db
        .insert(placements)
        .values({ jobSeekerId, employerId, startDate, funding: 'regular', jobTitle: 'Pflegefachkraft', hoursPerWeek: 32, contract: 'permanent' });
    await place(a.jobSeekerId, sonnenhof, '2027-07-01');
    await place(b.jobSeekerId, sonnenhof, '2027-01-15'); // before the cohort: not counted
    await place(b.jobSeekerId, ahaus, '2027-08-01');
    const other = await makeEmployer(handle.db, 'Elsewhere', 'Ahaus');
    await place(c.jobSeekerId, other, '2027-09-01');
    await place(d0.jobSeekerId, sonnenhof, '2027-07-01'); // only invited: not via the cohort
    await place(e.jobSeekerId, ahaus, '2027-07-01'); // dropped before the start: not via the cohort
    const d = await cohortDashboard(handle.db, cohortId);
    expect(d.funnel).toEqual({ invited: 5, enrolled: 4, active: 3, completed: 2, placed: 3 });
    expect(d.dropped).toBe(2);
    expect(d.completionRate).toBeCloseTo(2 / 4);
    expect(d.medianDaysToRecognition).toBe(40);
    expect(d.recognised).toBe(2);
    expect(d.perEmployer).toEqual([
      { employerId: ahaus, name: 'Haus Ahaus', placements: 1 },
      { employerId: sonnenhof, name: 'Sonnenhof Gronau', placements: 1 },
    ]);
    expect(d.otherPlacements).toBe(1);
  });

  it('gives empty figures for a cohort without participants', async () => {
    const d = await cohortDashboard(handle.db, cohortId);
    expect(d).toMatchObject({ funnel: { invited: 0, placed: 0 }, completionRate: null, medianDaysToRecognition: null });
    expect(d.perEmployer.map((e) => e.placements)).toEqual([0, 0]);
  });
});

describe('adding a person found by name', () => {
  it('adds by id as by client number, refuses a second time and an erased or unknown person (audited)', async () => {
    const person = await seeker('Zoekmans');
    expect(await addParticipant(handle.db, { cohortId, jobSeekerId: person.id, actorId }, audit)).toMatchObject({ ok: true });
    expect(await addParticipant(handle.db, { cohortId, jobSeekerId: person.id, actorId }, audit)).toEqual({ ok: false, code: 'alreadyInCohort' });
    expect(await addParticipant(handle.db, { cohortId, jobSeekerId: 999_999, actorId }, audit)).toEqual({ ok: false, code: 'notFound' });
    const erased = await seeker('Gewist');
    await handle.db.update(jobSeekers).set({ erasedAt: new Date() }).where(eq(jobSeekers.id, erased.id));
    expect(await addParticipant(handle.db, { cohortId, jobSeekerId: erased.id, actorId }, audit)).toEqual({ ok: false, code: 'notFound' });
    const rows = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'cohort.add_participant'));
    expect(rows.map((r) => r.result)).toEqual(['ok', 'denied', 'denied', 'denied']);
    expect((await participantsOf(handle.db, cohortId)).map((p) => p.jobSeekerId)).toEqual([person.id]);
  });
});

describe('changing a cohort', () => {
  const values = { name: 'Zorg 2027-1b', provider: 'Saxion', startDate: '2027-02-01', endDate: '2027-06-30', capacity: 12, employerIds: [] as number[] };
  const auditOf = (action: string) => handle.db.select().from(auditEvents).where(eq(auditEvents.action, action));

  it('changes facts and linked employers, audited, and holds capacity and lesson days in the database', async () => {
    expect(await updateCohort(handle.db, { cohortId, ...values, capacity: 2, employerIds: [ahaus] }, audit)).toEqual({ ok: true, data: undefined });
    expect(await listCohorts(handle.db)).toMatchObject([{ name: 'Zorg 2027-1b', provider: 'Saxion', capacity: 2, employerNames: ['Haus Ahaus'] }]);
    expect((await auditOf('cohort.update'))[0]?.details).toEqual({ changed: ['name', 'provider', 'capacity'], employers: 1 });

    const a = await participant('Aalders');
    await participant('Bos');
    await setState(a.participantId, 'dropped', 'health'); // frees a place
    await participant('Claes');
    expect(await updateCohort(handle.db, { cohortId, ...values, capacity: 1 }, audit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { capacity: 'cohorts.capacityBelowParticipants' },
    });
    expect(await updateCohort(handle.db, { cohortId, ...values, capacity: 2 }, audit)).toMatchObject({ ok: true });

    await addSession(handle.db, { cohortId, sessionDate: '2027-02-03', topic: 'Deutsch' }, audit);
    expect(await updateCohort(handle.db, { cohortId, ...values, startDate: '2027-02-04' }, audit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { startDate: 'cohorts.periodLeavesOutSessions' },
    });
    expect(await updateCohort(handle.db, { cohortId, ...values, startDate: '2027-07-01' }, audit)).toMatchObject({
      ok: false,
      fieldErrors: { endDate: 'cohorts.endBeforeStart' },
    });
    expect(await updateCohort(handle.db, { cohortId: 999_999, ...values }, audit)).toEqual({ ok: false, code: 'notFound' });
    // The database itself, past the query's checks.
    await expect(handle.db.update(cohorts).set({ capacity: 1 }).where(eq(cohorts.id, cohortId))).rejects.toThrow();
    await expect(handle.db.update(cohorts).set({ endDate: '2027-02-02' }).where(eq(cohorts.id, cohortId))).rejects.toThrow();
  });

  it('removes a participant added by mistake (audited), but not one with attendance or recognition on record', async () => {
    const mistake = await participant('Vergissing');
    const attended = await participant('Aanwezig');
    const recognised = await participant('Erkend');
    const session = await addSession(handle.db, { cohortId, sessionDate: '2027-02-03', topic: 'Deutsch' }, audit);
    if (!session.ok) throw new Error('session');
    await saveAttendance(handle.db, { cohortId, sessionId: session.data.id, present: [attended.participantId], actorId }, audit);
    await recordRecognitionStep(handle.db, { cohortId, participantId: recognised.participantId, step: 'applied', stepDate: '2027-01-10', actorId }, audit);

    expect(await removeParticipant(handle.db, { cohortId, participantId: mistake.participantId }, audit)).toEqual({ ok: true, data: undefined });
    for (const kept of [attended, recognised])
      expect(await removeParticipant(handle.db, { cohortId, participantId: kept.participantId }, audit)).toEqual({ ok: false, code: 'participantHasHistory' });
    expect(await removeParticipant(handle.db, { cohortId: cohortId + 1, participantId: attended.participantId }, audit)).toEqual({
      ok: false,
      code: 'notFound',
    });
    expect((await participantsOf(handle.db, cohortId)).map((p) => p.id).sort()).toEqual([attended.participantId, recognised.participantId].sort());
    const rows = await auditOf('cohort.remove_participant');
    expect(rows.map((r) => [r.result, r.jobSeekerId])).toEqual([
      ['ok', mistake.jobSeekerId],
      ['denied', attended.jobSeekerId],
      ['denied', recognised.jobSeekerId],
    ]);

    // A recognition step and a lesson day go (the day with its attendance); then the participants can go too.
    expect(await removeRecognitionStep(handle.db, { cohortId, participantId: recognised.participantId, step: 'applied' }, audit)).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await removeRecognitionStep(handle.db, { cohortId, participantId: recognised.participantId, step: 'applied' }, audit)).toEqual({
      ok: false,
      code: 'notFound',
    });
    expect(await removeSession(handle.db, { cohortId: cohortId + 1, sessionId: session.data.id }, audit)).toEqual({ ok: false, code: 'notFound' });
    expect(await removeSession(handle.db, { cohortId, sessionId: session.data.id }, audit)).toEqual({ ok: true, data: undefined });
    expect(await attendanceOf(handle.db, cohortId)).toEqual([]);
    expect((await auditOf('cohort.remove_recognition'))[0]).toMatchObject({
      jobSeekerId: recognised.jobSeekerId,
      details: { step: 'applied', date: '2027-01-10' },
    });
    expect((await auditOf('cohort.remove_session'))[0]).toMatchObject({ objectId: String(cohortId), details: { date: '2027-02-03', topic: 'Deutsch' } });
    for (const p of [attended, recognised])
      expect(await removeParticipant(handle.db, { cohortId, participantId: p.participantId }, audit)).toMatchObject({ ok: true });
    expect(await participantsOf(handle.db, cohortId)).toEqual([]);
  });
});

describe('personal data', () => {
  it('exports a participant’s cohort data and erases levels and recognition steps with the person', async () => {
    const p = await participant('Peters');
    await setState(p.participantId, 'active');
    const session = await addSession(handle.db, { cohortId, sessionDate: '2027-02-03', topic: 'Duits' }, audit);
    if (!session.ok) throw new Error('session');
    await saveAttendance(handle.db, { cohortId, sessionId: session.data.id, present: [p.participantId], actorId }, audit);
    await recordRecognitionStep(handle.db, { cohortId, participantId: p.participantId, step: 'applied', stepDate: '2027-02-10', actorId }, audit);
    const exported = await exportJobSeeker(handle.db, p.jobSeekerId);
    expect(exported?.cohorts).toEqual([
      expect.objectContaining({
        cohort: 'Zorg 2027-1',
        state: 'active',
        germanLevelStart: 'A2',
        sessionsAttended: [{ date: '2027-02-03', topic: 'Duits' }],
        recognitionSteps: [{ step: 'applied', date: '2027-02-10' }],
      }),
    ]);
    expect((await eraseJobSeeker(handle.db, p.jobSeekerId, p.clientNumber, audit)).ok).toBe(true);
    const [after] = await cohortDataOfJobSeeker(handle.db, p.jobSeekerId);
    expect(after).toMatchObject({ state: 'active', germanLevelStart: null, recognitionSteps: [] });
    expect((await cohortDashboard(handle.db, cohortId)).funnel.invited).toBe(1);
    expect(await handle.db.select().from(cohortSessions)).toHaveLength(1);
  });
});
