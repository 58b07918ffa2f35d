import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, cohortParticipants, cohorts, jobSeekers } from '@/db/schema';
import { makeJobSeeker } from '@/lib/testing/fixtures';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { addDays } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';
import { addParticipantAction, createCohortAction, recordRecognitionAction, saveAttendanceAction, updateParticipantAction } from './cohorts';

withTestDatabase();

const form = { name: 'Zorg 2027-1', provider: 'ROC van Twente', startDate: '2027-02-01', endDate: '2027-06-30', capacity: '1', employerIds: [] as string[] };

async function numbered(): Promise<string> {
  const id = await makeJobSeeker(handle.db);
  const [row] = await handle.db.select({ clientNumber: jobSeekers.clientNumber }).from(jobSeekers).where(eq(jobSeekers.id, id));
  return row!.clientNumber!;
}

describe('cohort actions', () => {
  it('refuses an end before the start and a capacity outside 1..500 with field messages, creating nothing', async () => {
    signedInAs(await makeUser(handle.db, 'caseworker'));
    expect(await createCohortAction({ ...form, endDate: '2027-01-31' })).toMatchObject({ ok: false, fieldErrors: { endDate: 'cohorts.endBeforeStart' } });
    expect(await createCohortAction({ ...form, capacity: '0' })).toMatchObject({
      ok: false,
      fieldErrors: { capacity: expect.stringMatching(/^cohorts\.capacityRange/) },
    });
    expect(await createCohortAction({ ...form, capacity: '501' })).toMatchObject({
      ok: false,
      fieldErrors: { capacity: expect.stringMatching(/^cohorts\.capacityRange/) },
    });
    expect(await handle.db.select().from(cohorts)).toHaveLength(0);
  });

  it('runs a cohort as a manager: create, add until full, drop with a reason, a step in the future refused', async () => {
    signedInAs(await makeUser(handle.db, 'manager'));
    const employerId = await makeEmployer(handle.db, 'Sonnenhof Gronau');
    const created = await createCohortAction({ ...form, employerIds: [String(employerId)] });
    if (!created.ok) throw new Error(created.code);
    const cohortId = created.data.id;
    const first = await addParticipantAction({ cohortId, clientNumber: await numbered() });
    expect(first.ok).toBe(true);
    expect(await addParticipantAction({ cohortId, clientNumber: await numbered() })).toEqual({ ok: false, code: 'cohortFull' });
    if (!first.ok) return;
    const participantId = first.data.id;
    const drop = { cohortId, participantId, version: 1, state: 'dropped', dropReason: '', germanLevelStart: 'A2', germanLevelEnd: '' };
    expect(await updateParticipantAction(drop)).toMatchObject({ ok: false, fieldErrors: { dropReason: 'cohorts.dropReasonRequired' } });
    expect(await updateParticipantAction({ ...drop, dropReason: 'language' })).toEqual({ ok: true, data: { version: 2 } });
    const [row] = await handle.db.select().from(cohortParticipants).where(eq(cohortParticipants.id, participantId));
    expect(row).toMatchObject({ state: 'dropped', dropReason: 'language', germanLevelStart: 'A2', germanLevelEnd: null });
    const future = addDays(todayInAppZone(), 10);
    expect(await recordRecognitionAction({ cohortId, participantId: String(participantId), step: 'applied', stepDate: future })).toMatchObject({
      ok: false,
      fieldErrors: { stepDate: 'cohorts.stepInFuture' },
    });
    expect((await recordRecognitionAction({ cohortId, participantId: String(participantId), step: 'applied', stepDate: todayInAppZone() })).ok).toBe(true);
  });

  it('refuses every cohort action to an employer user, even for a cohort its company is linked to, and records the refusal', async () => {
    const employerId = await makeEmployer(handle.db, 'Sonnenhof Gronau');
    const [cohort] = await handle.db
      .insert(cohorts)
      .values({ name: 'Zorg', provider: 'ROC', startDate: '2027-02-01', endDate: '2027-06-30', capacity: 10 })
      .returning({ id: cohorts.id });
    signedInAs(await makeUser(handle.db, 'employer', { employerId }));
    expect(await createCohortAction(form)).toEqual({ ok: false, code: 'forbidden' });
    expect(await addParticipantAction({ cohortId: cohort!.id, clientNumber: await numbered() })).toEqual({ ok: false, code: 'forbidden' });
    expect(await saveAttendanceAction({ cohortId: cohort!.id, sessionId: '1', present: [] })).toEqual({ ok: false, code: 'forbidden' });
    const denied = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.result, 'denied'), eq(auditEvents.action, 'cohort.add_participant')));
    expect(denied).toHaveLength(1);
    expect(await handle.db.select().from(cohortParticipants)).toHaveLength(0);
  });
});
