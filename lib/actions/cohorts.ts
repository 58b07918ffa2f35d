'use server';

import { revalidatePath } from 'next/cache';
import {
  addParticipant,
  addSession,
  cohortById,
  createCohort,
  recordRecognitionStep,
  removeParticipant,
  removeRecognitionStep,
  removeSession,
  saveAttendance,
  updateCohort,
  updateParticipant,
} from '@/db/queries/cohorts';
import { todayInAppZone } from '@/lib/time/zoned';
import { addDays } from '@/lib/time/days';
import { fail, refuse, type ActionResult } from '@/lib/domain/result';
import {
  addFoundParticipantSchema,
  addParticipantSchema,
  addSessionSchema,
  createCohortSchema,
  recordRecognitionSchema,
  removeParticipantSchema,
  removeRecognitionSchema,
  removeSessionSchema,
  saveAttendanceSchema,
  updateCohortSchema,
  updateParticipantSchema,
} from '@/lib/validation/cohorts';
import { authorizedAction } from './authorized-action';

/** Training cohorts are staff work: no action here takes an employer (the matrix says who). */
function refresh() {
  revalidatePath('/[lng]/cohorts', 'layout');
}

export async function createCohortAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'cohort.create', schema: createCohortSchema, input }, async (data, { db, audit }) => {
    const result = await createCohort(db, data, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function addParticipantAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'cohort.add_participant', schema: addParticipantSchema, input }, async (data, { db, user, audit }) => {
    const result = await addParticipant(db, { ...data, actorId: user.id }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function addFoundParticipantAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'cohort.add_found_participant', schema: addFoundParticipantSchema, input }, async (data, { db, user, audit }) => {
    // A refusal (full, already in, not found) is audited by the query, as for the client number.
    const result = await addParticipant(db, { ...data, actorId: user.id }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function updateParticipantAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return authorizedAction({ name: 'cohort.update_participant', schema: updateParticipantSchema, input }, async (data, { db, audit }) => {
    const result = await updateParticipant(db, data, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function addSessionAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'cohort.add_session', schema: addSessionSchema, input }, async (data, { db, audit }) => {
    const result = await addSession(db, data, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function saveAttendanceAction(input: unknown): Promise<ActionResult<{ present: number }>> {
  return authorizedAction({ name: 'cohort.save_attendance', schema: saveAttendanceSchema, input }, async (data, { db, user, audit }) => {
    const result = await saveAttendance(db, { ...data, actorId: user.id }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function recordRecognitionAction(input: unknown): Promise<ActionResult<undefined>> {
  return authorizedAction({ name: 'cohort.record_recognition', schema: recordRecognitionSchema, input }, async (data, { db, user, audit }) => {
    const cohort = await cohortById(db, data.cohortId);
    if (!cohort) return refuse('notFound', { objectType: 'cohort', objectId: data.cohortId });
    // A step is recorded when it happened: not in the future (a day's grace for time zones).
    if (data.stepDate > addDays(todayInAppZone(), 1)) return fail('invalid', { stepDate: 'cohorts.stepInFuture' });
    const result = await recordRecognitionStep(db, { ...data, actorId: user.id }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function updateCohortAction(input: unknown): Promise<ActionResult<undefined>> {
  return authorizedAction({ name: 'cohort.update', schema: updateCohortSchema, input }, async (data, { db, audit }) => {
    const result = await updateCohort(db, data, audit);
    if (!result.ok && result.code === 'notFound') return refuse('notFound', { objectType: 'cohort', objectId: data.cohortId });
    if (result.ok) refresh();
    return result;
  });
}

export async function removeParticipantAction(input: unknown): Promise<ActionResult<undefined>> {
  return authorizedAction({ name: 'cohort.remove_participant', schema: removeParticipantSchema, input }, async (data, { db, audit }) => {
    const result = await removeParticipant(db, data, audit);
    if (!result.ok && result.code === 'notFound') return refuse('notFound', { objectType: 'cohort', objectId: data.cohortId });
    if (result.ok) refresh();
    return result;
  });
}

export async function removeSessionAction(input: unknown): Promise<ActionResult<undefined>> {
  return authorizedAction({ name: 'cohort.remove_session', schema: removeSessionSchema, input }, async (data, { db, audit }) => {
    const result = await removeSession(db, data, audit);
    if (!result.ok && result.code === 'notFound') return refuse('notFound', { objectType: 'cohort', objectId: data.cohortId });
    if (result.ok) refresh();
    return result;
  });
}

export async function removeRecognitionAction(input: unknown): Promise<ActionResult<undefined>> {
  return authorizedAction({ name: 'cohort.remove_recognition', schema: removeRecognitionSchema, input }, async (data, { db, audit }) => {
    const result = await removeRecognitionStep(db, data, audit);
    if (!result.ok && result.code === 'notFound') return refuse('notFound', { objectType: 'cohort', objectId: data.cohortId });
    if (result.ok) refresh();
    return result;
  });
}
