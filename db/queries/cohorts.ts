import { and, asc, count, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { isCheckViolation, isForeignKeyViolation, isUniqueViolation } from '@/db/errors';
import {
  cohortAttendance,
  cohortEmployers,
  cohortParticipants,
  cohortRecognitionSteps,
  cohorts,
  cohortSessions,
  employers,
  jobSeekers,
  placements,
} from '@/db/schema';
import type { CefrLevel, CohortDropReason, CohortParticipantState, RecognitionStep } from '@/db/schema/enums';
import type { ActionResult } from '@/lib/domain/result';
import { recordAudit, type AuditContext } from './audit';
import { tookPartInCohort } from './cohort-participation';

// ---- Cohorts ------------------------------------------------------------------------------------------

export interface CohortValues {
  name: string;
  provider: string;
  startDate: string;
  endDate: string;
  capacity: number;
  employerIds: number[];
}

/** A new cohort with the employers that will hire its graduates; the database holds the period and capacity rules too. */
export async function createCohort(db: Database, values: CohortValues, audit: AuditContext): Promise<ActionResult<{ id: number }>> {
  const { employerIds, ...cohort } = values;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(cohorts)
        .values({ ...cohort, createdBy: audit.actor.id })
        .returning({ id: cohorts.id });
      if (employerIds.length > 0) await tx.insert(cohortEmployers).values([...new Set(employerIds)].map((employerId) => ({ cohortId: row!.id, employerId })));
      await recordAudit(tx, { ...audit, action: 'cohort.create', objectType: 'cohort', objectId: row!.id, details: { employers: employerIds.length } });
      return { ok: true as const, data: { id: row!.id } };
    });
  } catch (error) {
    if (isCheckViolation(error, 'cohorts_period_ck')) return { ok: false, code: 'invalid', fieldErrors: { endDate: 'cohorts.endBeforeStart' } };
    if (isForeignKeyViolation(error)) return { ok: false, code: 'invalid', fieldErrors: { employerIds: 'chooseOne' } };
    throw error;
  }
}

/**
 * A cohort's facts and linked employers changed. The database refuses a capacity below the
 * participants still in and a period that leaves out a lesson day (trigger "cohorts_edit").
 */
export async function updateCohort(db: Database, input: CohortValues & { cohortId: number }, audit: AuditContext): Promise<ActionResult<undefined>> {
  const { cohortId, employerIds, ...values } = input;
  const wanted = [...new Set(employerIds)];
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(cohorts).where(eq(cohorts.id, cohortId)).for('update');
      if (!before) return { ok: false as const, code: 'notFound' };
      await tx.update(cohorts).set(values).where(eq(cohorts.id, cohortId));
      await tx
        .delete(cohortEmployers)
        .where(and(eq(cohortEmployers.cohortId, cohortId), wanted.length > 0 ? notInArray(cohortEmployers.employerId, wanted) : undefined));
      if (wanted.length > 0)
        await tx
          .insert(cohortEmployers)
          .values(wanted.map((employerId) => ({ cohortId, employerId })))
          .onConflictDoNothing();
      const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => before[k] !== values[k]);
      await recordAudit(tx, { ...audit, action: 'cohort.update', objectType: 'cohort', objectId: cohortId, details: { changed, employers: wanted.length } });
      return { ok: true as const, data: undefined };
    });
  } catch (error) {
    if (isCheckViolation(error, 'cohorts_capacity_taken_ck'))
      return { ok: false, code: 'invalid', fieldErrors: { capacity: 'cohorts.capacityBelowParticipants' } };
    if (isCheckViolation(error, 'cohorts_sessions_in_period_ck'))
      return { ok: false, code: 'invalid', fieldErrors: { startDate: 'cohorts.periodLeavesOutSessions' } };
    if (isCheckViolation(error, 'cohorts_period_ck')) return { ok: false, code: 'invalid', fieldErrors: { endDate: 'cohorts.endBeforeStart' } };
    if (isForeignKeyViolation(error)) return { ok: false, code: 'invalid', fieldErrors: { employerIds: 'chooseOne' } };
    throw error;
  }
}

export interface CohortListRow {
  id: number;
  name: string;
  provider: string;
  startDate: string;
  endDate: string;
  capacity: number;
  participants: number;
  employerNames: string[];
}

/** Every cohort, the newest start first, with its number of participants still in (not dropped out). */
export async function listCohorts(db: Database): Promise<CohortListRow[]> {
  const taken = db
    .select({ cohortId: cohortParticipants.cohortId, n: count().as('n') })
    .from(cohortParticipants)
    .where(sql`${cohortParticipants.state} <> 'dropped'`)
    .groupBy(cohortParticipants.cohortId)
    .as('taken');
  return db
    .select({
      id: cohorts.id,
      name: cohorts.name,
      provider: cohorts.provider,
      startDate: cohorts.startDate,
      endDate: cohorts.endDate,
      capacity: cohorts.capacity,
      participants: sql<number>`coalesce(${taken.n}, 0)`.mapWith(Number),
      employerNames: sql<
        string[]
      >`coalesce((select array_agg(e.name order by e.name) from ${cohortEmployers} ce join ${employers} e on e.id = ce.employer_id where ce.cohort_id = ${cohorts.id}), '{}')`,
    })
    .from(cohorts)
    .leftJoin(taken, eq(taken.cohortId, cohorts.id))
    .orderBy(desc(cohorts.startDate), desc(cohorts.id));
}

export async function cohortById(db: Database, id: number) {
  const [row] = await db
    .select({
      id: cohorts.id,
      name: cohorts.name,
      provider: cohorts.provider,
      startDate: cohorts.startDate,
      endDate: cohorts.endDate,
      capacity: cohorts.capacity,
    })
    .from(cohorts)
    .where(eq(cohorts.id, id));
  if (!row) return null;
  const linked = await db
    .select({ id: employers.id, name: employers.name })
    .from(cohortEmployers)
    .innerJoin(employers, eq(employers.id, cohortEmployers.employerId))
    .where(eq(cohortEmployers.cohortId, id))
    .orderBy(asc(employers.name));
  return { ...row, employers: linked };
}

// ---- Sessions -----------------------------------------------------------------------------------------

export async function addSession(
  db: Database,
  input: { cohortId: number; sessionDate: string; topic: string },
  audit: AuditContext,
): Promise<ActionResult<{ id: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(cohortSessions).values(input).returning({ id: cohortSessions.id });
      await recordAudit(tx, { ...audit, action: 'cohort.add_session', objectType: 'cohort', objectId: input.cohortId, details: { sessionId: row!.id } });
      return { ok: true as const, data: { id: row!.id } };
    });
  } catch (error) {
    if (isCheckViolation(error, 'cohort_sessions_in_period_ck'))
      return { ok: false, code: 'invalid', fieldErrors: { sessionDate: 'cohorts.sessionOutsidePeriod' } };
    if (isForeignKeyViolation(error)) return { ok: false, code: 'notFound' };
    throw error;
  }
}

/** A lesson day taken off the course; who attended it goes with it (the day's attendance belongs to the day). */
export async function removeSession(db: Database, input: { cohortId: number; sessionId: number }, audit: AuditContext): Promise<ActionResult<undefined>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(cohortSessions)
      .where(and(eq(cohortSessions.id, input.sessionId), eq(cohortSessions.cohortId, input.cohortId)))
      .returning({ sessionDate: cohortSessions.sessionDate, topic: cohortSessions.topic });
    if (!row) return { ok: false as const, code: 'notFound' };
    await recordAudit(tx, {
      ...audit,
      action: 'cohort.remove_session',
      objectType: 'cohort',
      objectId: input.cohortId,
      details: { sessionId: input.sessionId, date: row.sessionDate, topic: row.topic },
    });
    return { ok: true as const, data: undefined };
  });
}

export async function sessionsOf(db: Database, cohortId: number): Promise<{ id: number; sessionDate: string; topic: string }[]> {
  return db
    .select({ id: cohortSessions.id, sessionDate: cohortSessions.sessionDate, topic: cohortSessions.topic })
    .from(cohortSessions)
    .where(eq(cohortSessions.cohortId, cohortId))
    .orderBy(asc(cohortSessions.sessionDate), asc(cohortSessions.id));
}

// ---- Participants -------------------------------------------------------------------------------------

type AddCode = 'cohortFull' | 'alreadyInCohort' | 'notFound';
export type AddParticipantOutcome = { ok: true; data: { id: number } } | { ok: false; code: AddCode | 'invalid'; fieldErrors?: Record<string, string> };

/**
 * Adds an existing job seeker as invited, found by client number or picked from the name search
 * (by id); an erased person is never found. A full cohort or a second time is refused.
 */
export async function addParticipant(
  db: Database,
  input: { cohortId: number; actorId: number } & ({ clientNumber: string } | { jobSeekerId: number }),
  audit: AuditContext,
): Promise<AddParticipantOutcome> {
  let jobSeekerId: number | undefined;
  let outcome: AddParticipantOutcome;
  try {
    outcome = await db.transaction(async (tx) => {
      const [cohort] = await tx.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, input.cohortId));
      if (!cohort) return { ok: false as const, code: 'notFound' as const };
      const byClientNumber = 'clientNumber' in input;
      const [seeker] = await tx
        .select({ id: jobSeekers.id })
        .from(jobSeekers)
        .where(
          and(
            byClientNumber ? sql`upper(${jobSeekers.clientNumber}) = ${input.clientNumber.trim().toUpperCase()}` : eq(jobSeekers.id, input.jobSeekerId),
            isNull(jobSeekers.erasedAt),
          ),
        );
      if (!seeker)
        return byClientNumber
          ? { ok: false as const, code: 'invalid' as const, fieldErrors: { clientNumber: 'cohorts.clientNumberUnknown' } }
          : { ok: false as const, code: 'notFound' as const };
      jobSeekerId = seeker.id;
      const [row] = await tx
        .insert(cohortParticipants)
        .values({ cohortId: input.cohortId, jobSeekerId: seeker.id, addedBy: input.actorId })
        .returning({ id: cohortParticipants.id });
      await recordAudit(tx, {
        ...audit,
        action: 'cohort.add_participant',
        objectType: 'cohort',
        objectId: input.cohortId,
        jobSeekerId: seeker.id,
        details: { participantId: row!.id },
      });
      return { ok: true as const, data: { id: row!.id } };
    });
  } catch (error) {
    if (isCheckViolation(error, 'cohort_participants_capacity_ck')) outcome = { ok: false, code: 'cohortFull' };
    else if (isUniqueViolation(error, 'cohort_participants_seeker_uq')) outcome = { ok: false, code: 'alreadyInCohort' };
    else throw error;
  }
  if (!outcome.ok && outcome.code !== 'invalid')
    await recordAudit(db, {
      ...audit,
      action: 'cohort.add_participant',
      objectType: 'cohort',
      objectId: input.cohortId,
      jobSeekerId,
      result: 'denied',
      details: { code: outcome.code },
    });
  return outcome;
}

/** The funnel's stages a state implies (dropping out keeps the stages reached before). */
const stagesReached: Record<CohortParticipantState, readonly CohortParticipantState[]> = {
  invited: [],
  enrolled: ['enrolled'],
  active: ['enrolled', 'active'],
  completed: ['enrolled', 'active', 'completed'],
  dropped: [],
};

/**
 * A participant's state, and with it their German levels. Reaching a state for the first time
 * keeps its day (the funnel); dropping out needs a coded reason, any other state clears it
 * (the database refuses a reason without a drop-out and a drop-out without one). Guarded by version.
 */
export async function updateParticipant(
  db: Database,
  input: {
    cohortId: number;
    participantId: number;
    version: number;
    state: CohortParticipantState;
    dropReason: CohortDropReason | null;
    germanLevelStart: CefrLevel | null;
    germanLevelEnd: CefrLevel | null;
  },
  audit: AuditContext,
): Promise<ActionResult<{ version: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select({ version: cohortParticipants.version, state: cohortParticipants.state, jobSeekerId: cohortParticipants.jobSeekerId })
        .from(cohortParticipants)
        .where(and(eq(cohortParticipants.id, input.participantId), eq(cohortParticipants.cohortId, input.cohortId)))
        .for('update');
      if (!current) return { ok: false as const, code: 'notFound' };
      if (current.version !== input.version) return { ok: false as const, code: 'conflict' };
      const reached = stagesReached[input.state];
      const [row] = await tx
        .update(cohortParticipants)
        .set({
          state: input.state,
          dropReason: input.state === 'dropped' ? input.dropReason : null,
          germanLevelStart: input.germanLevelStart,
          germanLevelEnd: input.germanLevelEnd,
          version: sql`${cohortParticipants.version} + 1`,
          // Completing implies having been enrolled and active: the funnel never has a hole.
          ...(reached.includes('enrolled') ? { enrolledAt: sql`coalesce(${cohortParticipants.enrolledAt}, now())` } : {}),
          ...(reached.includes('active') ? { activeAt: sql`coalesce(${cohortParticipants.activeAt}, now())` } : {}),
          ...(reached.includes('completed') ? { completedAt: sql`coalesce(${cohortParticipants.completedAt}, now())` } : {}),
          ...(input.state === 'dropped' ? { droppedAt: sql`coalesce(${cohortParticipants.droppedAt}, now())` } : {}),
        })
        .where(eq(cohortParticipants.id, input.participantId))
        .returning({ version: cohortParticipants.version });
      await recordAudit(tx, {
        ...audit,
        action: 'cohort.update_participant',
        objectType: 'cohort_participant',
        objectId: input.participantId,
        jobSeekerId: current.jobSeekerId,
        details: { cohortId: input.cohortId, from: current.state, to: input.state, dropReason: input.state === 'dropped' ? input.dropReason : undefined },
      });
      return { ok: true as const, data: { version: row!.version } };
    });
  } catch (error) {
    if (isCheckViolation(error, 'cohort_participants_capacity_ck')) return { ok: false, code: 'cohortFull' };
    if (isCheckViolation(error, 'cohort_participants_drop_reason_ck'))
      return { ok: false, code: 'invalid', fieldErrors: { dropReason: 'cohorts.dropReasonRequired' } };
    throw error;
  }
}

/**
 * Takes a participant added by mistake out of the cohort. Someone who really took part keeps
 * their row: with attendance or recognition steps on record this is refused (set them to
 * "dropped" instead, or clear those first), so no history goes by accident. The participant's
 * row is locked, so attendance saved at the same moment cannot slip in between.
 */
export async function removeParticipant(
  db: Database,
  input: { cohortId: number; participantId: number },
  audit: AuditContext,
): Promise<ActionResult<undefined>> {
  const outcome = await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ jobSeekerId: cohortParticipants.jobSeekerId, state: cohortParticipants.state })
      .from(cohortParticipants)
      .where(and(eq(cohortParticipants.id, input.participantId), eq(cohortParticipants.cohortId, input.cohortId)))
      .for('update');
    if (!current) return { ok: false as const, code: 'notFound' as const };
    const [history] = await tx
      .select({
        attended: sql<number>`(select count(*) from ${cohortAttendance} a where a.participant_id = ${input.participantId})`.mapWith(Number),
        steps: sql<number>`(select count(*) from ${cohortRecognitionSteps} s where s.participant_id = ${input.participantId})`.mapWith(Number),
      })
      .from(sql`(select 1) as one`);
    if (history!.attended > 0 || history!.steps > 0) return { ok: false as const, code: 'participantHasHistory' as const, jobSeekerId: current.jobSeekerId };
    await tx.delete(cohortParticipants).where(eq(cohortParticipants.id, input.participantId));
    await recordAudit(tx, {
      ...audit,
      action: 'cohort.remove_participant',
      objectType: 'cohort',
      objectId: input.cohortId,
      jobSeekerId: current.jobSeekerId,
      details: { participantId: input.participantId, state: current.state },
    });
    return { ok: true as const, data: undefined };
  });
  if (!outcome.ok && outcome.code === 'participantHasHistory') {
    await recordAudit(db, {
      ...audit,
      action: 'cohort.remove_participant',
      objectType: 'cohort',
      objectId: input.cohortId,
      jobSeekerId: outcome.jobSeekerId,
      result: 'denied',
      details: { participantId: input.participantId, code: outcome.code },
    });
    return { ok: false, code: 'participantHasHistory' };
  }
  return outcome.ok ? outcome : { ok: false, code: outcome.code };
}

export interface ParticipantRow {
  id: number;
  jobSeekerId: number;
  name: string;
  clientNumber: string | null;
  state: CohortParticipantState;
  dropReason: CohortDropReason | null;
  germanLevelStart: CefrLevel | null;
  germanLevelEnd: CefrLevel | null;
  version: number;
  attended: number;
  steps: { step: RecognitionStep; date: string }[];
}

/** The participants of a cohort by name, with how many sessions they attended and their recognition steps. */
export async function participantsOf(db: Database, cohortId: number): Promise<ParticipantRow[]> {
  const rows = await db
    .select({
      id: cohortParticipants.id,
      jobSeekerId: cohortParticipants.jobSeekerId,
      name: sql<string>`coalesce(nullif(btrim(concat_ws(' ', ${jobSeekers.firstName}, ${jobSeekers.lastName})), ''), '')`,
      clientNumber: jobSeekers.clientNumber,
      state: cohortParticipants.state,
      dropReason: cohortParticipants.dropReason,
      germanLevelStart: cohortParticipants.germanLevelStart,
      germanLevelEnd: cohortParticipants.germanLevelEnd,
      version: cohortParticipants.version,
      attended: sql<number>`(select count(*) from ${cohortAttendance} a where a.participant_id = ${cohortParticipants.id})`.mapWith(Number),
      steps: sql<
        { step: RecognitionStep; date: string }[]
      >`coalesce((select json_agg(json_build_object('step', s.step, 'date', s.step_date) order by s.step_date, s.step) from ${cohortRecognitionSteps} s where s.participant_id = ${cohortParticipants.id}), '[]')`,
    })
    .from(cohortParticipants)
    .innerJoin(jobSeekers, eq(jobSeekers.id, cohortParticipants.jobSeekerId))
    .where(eq(cohortParticipants.cohortId, cohortId))
    .orderBy(sql`lower(${jobSeekers.lastName})`, sql`lower(${jobSeekers.firstName})`, asc(cohortParticipants.id));
  return rows.map((r) => ({ ...r, steps: typeof r.steps === 'string' ? (JSON.parse(r.steps) as ParticipantRow['steps']) : r.steps }));
}

// ---- Attendance ---------------------------------------------------------------------------------------

/** Who was at one session: [participantId]. */
export async function attendanceOf(db: Database, cohortId: number): Promise<{ sessionId: number; participantId: number }[]> {
  return db
    .select({ sessionId: cohortAttendance.sessionId, participantId: cohortAttendance.participantId })
    .from(cohortAttendance)
    .where(eq(cohortAttendance.cohortId, cohortId));
}

/**
 * The attendance of one session in one go: the ticked participants are present, the others not.
 * Participants of another cohort are refused by the database (the keys carry the cohort).
 */
export async function saveAttendance(
  db: Database,
  input: { cohortId: number; sessionId: number; present: number[]; actorId: number },
  audit: AuditContext,
): Promise<ActionResult<{ present: number }>> {
  const present = [...new Set(input.present)];
  try {
    return await db.transaction(async (tx) => {
      const [session] = await tx
        .select({ id: cohortSessions.id })
        .from(cohortSessions)
        .where(and(eq(cohortSessions.id, input.sessionId), eq(cohortSessions.cohortId, input.cohortId)));
      if (!session) return { ok: false as const, code: 'notFound' };
      await tx
        .delete(cohortAttendance)
        .where(and(eq(cohortAttendance.sessionId, input.sessionId), present.length > 0 ? notInArray(cohortAttendance.participantId, present) : undefined));
      if (present.length > 0)
        await tx
          .insert(cohortAttendance)
          .values(present.map((participantId) => ({ cohortId: input.cohortId, sessionId: input.sessionId, participantId, recordedBy: input.actorId })))
          .onConflictDoNothing();
      await recordAudit(tx, {
        ...audit,
        action: 'cohort.save_attendance',
        objectType: 'cohort',
        objectId: input.cohortId,
        details: { sessionId: input.sessionId, present: present.length },
      });
      return { ok: true as const, data: { present: present.length } };
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) return { ok: false, code: 'invalid', fieldErrors: { present: 'cohorts.notParticipant' } };
    throw error;
  }
}

// ---- Recognition ----------------------------------------------------------------------------------------

/** Records (or corrects the date of) a recognition step of a participant of this cohort. */
export async function recordRecognitionStep(
  db: Database,
  input: { cohortId: number; participantId: number; step: RecognitionStep; stepDate: string; actorId: number },
  audit: AuditContext,
): Promise<ActionResult<undefined>> {
  return db.transaction(async (tx) => {
    const [participant] = await tx
      .select({ jobSeekerId: cohortParticipants.jobSeekerId })
      .from(cohortParticipants)
      .where(and(eq(cohortParticipants.id, input.participantId), eq(cohortParticipants.cohortId, input.cohortId)));
    if (!participant) return { ok: false as const, code: 'notFound' };
    await tx
      .insert(cohortRecognitionSteps)
      .values({ participantId: input.participantId, step: input.step, stepDate: input.stepDate, recordedBy: input.actorId })
      .onConflictDoUpdate({
        target: [cohortRecognitionSteps.participantId, cohortRecognitionSteps.step],
        set: { stepDate: input.stepDate, recordedBy: input.actorId, recordedAt: new Date() },
      });
    await recordAudit(tx, {
      ...audit,
      action: 'cohort.record_recognition',
      objectType: 'cohort_participant',
      objectId: input.participantId,
      jobSeekerId: participant.jobSeekerId,
      details: { cohortId: input.cohortId, step: input.step, date: input.stepDate },
    });
    return { ok: true as const, data: undefined };
  });
}

/** A recognition step recorded by mistake taken off a participant of this cohort. */
export async function removeRecognitionStep(
  db: Database,
  input: { cohortId: number; participantId: number; step: RecognitionStep },
  audit: AuditContext,
): Promise<ActionResult<undefined>> {
  return db.transaction(async (tx) => {
    const [participant] = await tx
      .select({ jobSeekerId: cohortParticipants.jobSeekerId })
      .from(cohortParticipants)
      .where(and(eq(cohortParticipants.id, input.participantId), eq(cohortParticipants.cohortId, input.cohortId)));
    if (!participant) return { ok: false as const, code: 'notFound' };
    const [row] = await tx
      .delete(cohortRecognitionSteps)
      .where(and(eq(cohortRecognitionSteps.participantId, input.participantId), eq(cohortRecognitionSteps.step, input.step)))
      .returning({ stepDate: cohortRecognitionSteps.stepDate });
    if (!row) return { ok: false as const, code: 'notFound' };
    await recordAudit(tx, {
      ...audit,
      action: 'cohort.remove_recognition',
      objectType: 'cohort_participant',
      objectId: input.participantId,
      jobSeekerId: participant.jobSeekerId,
      details: { cohortId: input.cohortId, step: input.step, date: row.stepDate },
    });
    return { ok: true as const, data: undefined };
  });
}

// ---- Dashboard ------------------------------------------------------------------------------------------

export interface CohortDashboard {
  funnel: { invited: number; enrolled: number; active: number; completed: number; placed: number };
  dropped: number;
  /** completed / enrolled, 0..1, null without anyone enrolled. */
  completionRate: number | null;
  /** Median days from 'applied' to 'recognised', over the participants who have both. */
  medianDaysToRecognition: number | null;
  recognised: number;
  /** Placements of participants who took part, starting on or after the cohort's start, per linked employer. */
  perEmployer: { employerId: number; name: string; placements: number }[];
  /** Placements after the start with employers not linked to the cohort. */
  otherPlacements: number;
}

/**
 * The cohort's figures, each an aggregate in the database: the funnel (everyone who reached a
 * stage, drop-outs counted up to where they got), completion, median time to recognition and
 * the placements after the course started, per linked employer. "Placed" is a participant who
 * took part (tookPartInCohort: enrolled, not dropped before the first lesson day) with a
 * placement starting on or after the cohort's start date.
 */
export async function cohortDashboard(db: Database, cohortId: number): Promise<CohortDashboard> {
  const result = await db.execute<{
    invited: number;
    enrolled: number;
    active: number;
    completed: number;
    dropped: number;
    placed: number;
    median_days: string | null;
    recognised: number;
    per_employer: { employerId: number; name: string; placements: number }[] | string;
    other_placements: number;
  }>(sql`
    with c as (select id, start_date from ${cohorts} where id = ${cohortId}),
    p as (select cp.* from ${cohortParticipants} cp where cp.cohort_id = ${cohortId}),
    pl as (
      select pl.id, pl.employer_id, pl.job_seeker_id
      from ${placements} pl join p on p.job_seeker_id = pl.job_seeker_id, c
      where pl.start_date >= c.start_date and ${tookPartInCohort('p', sql`c.start_date`)}
    ),
    rec as (
      select (r.step_date - a.step_date) as days
      from p
      join ${cohortRecognitionSteps} a on a.participant_id = p.id and a.step = 'applied'
      join ${cohortRecognitionSteps} r on r.participant_id = p.id and r.step = 'recognised'
    )
    select
      (select count(*) from p)::int as invited,
      (select count(enrolled_at) from p)::int as enrolled,
      (select count(active_at) from p)::int as active,
      (select count(completed_at) from p)::int as completed,
      (select count(*) filter (where state = 'dropped') from p)::int as dropped,
      (select count(distinct job_seeker_id) from pl)::int as placed,
      (select percentile_cont(0.5) within group (order by days) from rec)::text as median_days,
      (select count(*) from rec)::int as recognised,
      coalesce((
        select json_agg(json_build_object('employerId', e.id, 'name', e.name, 'placements', coalesce(n.placements, 0)) order by e.name)
        from ${cohortEmployers} ce join ${employers} e on e.id = ce.employer_id
        left join (select employer_id, count(*)::int as placements from pl group by employer_id) n on n.employer_id = ce.employer_id
        where ce.cohort_id = ${cohortId}
      ), '[]') as per_employer,
      (select count(*) from pl where pl.employer_id not in (select employer_id from ${cohortEmployers} where cohort_id = ${cohortId}))::int as other_placements
  `);
  const r = rowsOf(result)[0] as {
    invited: number;
    enrolled: number;
    active: number;
    completed: number;
    dropped: number;
    placed: number;
    median_days: string | null;
    recognised: number;
    per_employer: CohortDashboard['perEmployer'] | string;
    other_placements: number;
  };
  const perEmployer = typeof r.per_employer === 'string' ? (JSON.parse(r.per_employer) as CohortDashboard['perEmployer']) : r.per_employer;
  const num = (v: unknown) => Number(v ?? 0);
  const enrolled = num(r.enrolled);
  return {
    funnel: { invited: num(r.invited), enrolled, active: num(r.active), completed: num(r.completed), placed: num(r.placed) },
    dropped: num(r.dropped),
    completionRate: enrolled > 0 ? num(r.completed) / enrolled : null,
    medianDaysToRecognition: r.median_days === null ? null : Number(r.median_days),
    recognised: num(r.recognised),
    perEmployer: perEmployer.map((e) => ({ employerId: Number(e.employerId), name: e.name, placements: Number(e.placements) })),
    otherPlacements: num(r.other_placements),
  };
}

// ---- Personal data: export and erasure ---------------------------------------------------------------

/** The cohorts a job seeker took part in, with state, German levels, attendance and recognition steps: part of their export. */
export async function cohortDataOfJobSeeker(db: Database, jobSeekerId: number) {
  const rows = await db
    .select({
      participantId: cohortParticipants.id,
      cohort: cohorts.name,
      provider: cohorts.provider,
      startDate: cohorts.startDate,
      endDate: cohorts.endDate,
      state: cohortParticipants.state,
      dropReason: cohortParticipants.dropReason,
      germanLevelStart: cohortParticipants.germanLevelStart,
      germanLevelEnd: cohortParticipants.germanLevelEnd,
      invitedAt: cohortParticipants.invitedAt,
      enrolledAt: cohortParticipants.enrolledAt,
      activeAt: cohortParticipants.activeAt,
      completedAt: cohortParticipants.completedAt,
      droppedAt: cohortParticipants.droppedAt,
    })
    .from(cohortParticipants)
    .innerJoin(cohorts, eq(cohorts.id, cohortParticipants.cohortId))
    .where(eq(cohortParticipants.jobSeekerId, jobSeekerId))
    .orderBy(asc(cohorts.startDate));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.participantId);
  const [attended, steps] = await Promise.all([
    db
      .select({ participantId: cohortAttendance.participantId, date: cohortSessions.sessionDate, topic: cohortSessions.topic })
      .from(cohortAttendance)
      .innerJoin(cohortSessions, eq(cohortSessions.id, cohortAttendance.sessionId))
      .where(inArray(cohortAttendance.participantId, ids))
      .orderBy(asc(cohortSessions.sessionDate)),
    db
      .select({ participantId: cohortRecognitionSteps.participantId, step: cohortRecognitionSteps.step, date: cohortRecognitionSteps.stepDate })
      .from(cohortRecognitionSteps)
      .where(inArray(cohortRecognitionSteps.participantId, ids))
      .orderBy(asc(cohortRecognitionSteps.stepDate)),
  ]);
  return rows.map(({ participantId, ...r }) => ({
    ...r,
    sessionsAttended: attended.filter((a) => a.participantId === participantId).map(({ participantId: _, ...a }) => a),
    recognitionSteps: steps.filter((s) => s.participantId === participantId).map(({ participantId: _, ...s }) => s),
  }));
}

/**
 * Part of erasing a job seeker (same transaction): their German levels and recognition steps
 * go; the participation stays, anonymous (the person's record is erased), so the cohort's
 * funnel keeps counting them.
 */
export async function eraseCohortDataOfJobSeeker(tx: Database, jobSeekerId: number): Promise<void> {
  const mine = tx.select({ id: cohortParticipants.id }).from(cohortParticipants).where(eq(cohortParticipants.jobSeekerId, jobSeekerId));
  await tx.delete(cohortRecognitionSteps).where(inArray(cohortRecognitionSteps.participantId, mine));
  await tx.update(cohortParticipants).set({ germanLevelStart: null, germanLevelEnd: null }).where(eq(cohortParticipants.jobSeekerId, jobSeekerId));
}

// ---- Form choices -----------------------------------------------------------------------------------------

/** The employers a cohort can be linked to. */
export async function cohortEmployerChoices(db: Database): Promise<{ id: number; name: string }[]> {
  return db.select({ id: employers.id, name: employers.name }).from(employers).orderBy(asc(employers.name));
}
