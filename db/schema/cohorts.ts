import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { cefrEnum, cohortDropReasonEnum, cohortParticipantStateEnum, recognitionStepEnum } from './enums';
import { employers } from './employers';
import { jobSeekers } from './job-seekers';
import { users } from './users';

/**
 * A training cohort (project "Zorg": home-care workers retrained as a group for German elderly
 * care). Capacity is held by a trigger on participants (migration "cohort-rules"): it locks the
 * cohort row and counts the participants who have not dropped out.
 */
export const cohorts = pgTable(
  'cohorts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    provider: text('provider').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    capacity: integer('capacity').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cohorts_start_idx').on(t.startDate),
    check('cohorts_period_ck', sql`${t.endDate} >= ${t.startDate}`),
    check('cohorts_capacity_ck', sql`${t.capacity} between 1 and 500`),
    check('cohorts_name_ck', sql`length(btrim(${t.name})) between 1 and 200`),
    check('cohorts_provider_ck', sql`length(btrim(${t.provider})) between 1 and 200`),
  ],
);

/** The employers that will hire the cohort's graduates. */
export const cohortEmployers = pgTable(
  'cohort_employers',
  {
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    employerId: integer('employer_id')
      .notNull()
      .references(() => employers.id),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.employerId] }), index('cohort_employers_employer_idx').on(t.employerId)],
);

/** One lesson day of the course, with its topic. */
export const cohortSessions = pgTable(
  'cohort_sessions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    sessionDate: date('session_date', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
  },
  (t) => [
    unique('cohort_sessions_id_cohort_uq').on(t.id, t.cohortId),
    index('cohort_sessions_cohort_idx').on(t.cohortId, t.sessionDate),
    check('cohort_sessions_topic_ck', sql`length(btrim(${t.topic})) between 1 and 200`),
  ],
);

/**
 * A job seeker in a cohort, once per cohort. The day each state was first reached is kept, so
 * the funnel counts those who dropped out at the stage they had reached. A drop-out has a coded
 * reason, and only a drop-out has one.
 */
export const cohortParticipants = pgTable(
  'cohort_participants',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    jobSeekerId: integer('job_seeker_id')
      .notNull()
      .references(() => jobSeekers.id),
    state: cohortParticipantStateEnum('state').notNull().default('invited'),
    dropReason: cohortDropReasonEnum('drop_reason'),
    germanLevelStart: cefrEnum('german_level_start'),
    germanLevelEnd: cefrEnum('german_level_end'),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }),
    activeAt: timestamp('active_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    droppedAt: timestamp('dropped_at', { withTimezone: true }),
    addedBy: integer('added_by').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('cohort_participants_seeker_uq').on(t.cohortId, t.jobSeekerId),
    unique('cohort_participants_id_cohort_uq').on(t.id, t.cohortId),
    index('cohort_participants_seeker_idx').on(t.jobSeekerId),
    check('cohort_participants_drop_reason_ck', sql`(${t.state} = 'dropped') = (${t.dropReason} is not null)`),
    check('cohort_participants_completed_ck', sql`${t.state} <> 'completed' or ${t.completedAt} is not null`),
  ],
);

/** Present at a session: one row per participant and session, both of the same cohort. */
export const cohortAttendance = pgTable(
  'cohort_attendance',
  {
    cohortId: integer('cohort_id').notNull(),
    sessionId: integer('session_id').notNull(),
    participantId: integer('participant_id').notNull(),
    recordedBy: integer('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'cohort_attendance_pk', columns: [t.sessionId, t.participantId] }),
    index('cohort_attendance_participant_idx').on(t.participantId),
    foreignKey({
      columns: [t.sessionId, t.cohortId],
      foreignColumns: [cohortSessions.id, cohortSessions.cohortId],
      name: 'cohort_attendance_session_fk',
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.participantId, t.cohortId],
      foreignColumns: [cohortParticipants.id, cohortParticipants.cohortId],
      name: 'cohort_attendance_participant_fk',
    }).onDelete('cascade'),
  ],
);

/** A step of the diploma's recognition reached by a participant, on a date; each step once. */
export const cohortRecognitionSteps = pgTable(
  'cohort_recognition_steps',
  {
    participantId: integer('participant_id')
      .notNull()
      .references(() => cohortParticipants.id, { onDelete: 'cascade' }),
    step: recognitionStepEnum('step').notNull(),
    stepDate: date('step_date', { mode: 'string' }).notNull(),
    recordedBy: integer('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'cohort_recognition_steps_pk', columns: [t.participantId, t.step] })],
);

export type CohortRow = typeof cohorts.$inferSelect;
