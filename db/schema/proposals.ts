import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { proposalStageEnum } from './enums';
import { jobSeekers } from './job-seekers';
import { users } from './users';
import { vacancies } from './vacancies';

/** A candidate in a vacancy's pipeline. */
export const proposals = pgTable(
  'proposals',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    vacancyId: integer('vacancy_id')
      .notNull()
      .references(() => vacancies.id),
    jobSeekerId: integer('job_seeker_id')
      .notNull()
      .references(() => jobSeekers.id),
    proposedBy: integer('proposed_by')
      .notNull()
      .references(() => users.id),
    motivation: text('motivation'),
    stage: proposalStageEnum('stage').notNull().default('proposed'),
    // What the person had agreed to share when proposed: the employer sees only this.
    sharedScope: text('shared_scope').array().notNull().default(sql`'{}'`),
    interviewAt: timestamp('interview_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open proposal per person per vacancy.
    uniqueIndex('proposals_open_uq').on(t.vacancyId, t.jobSeekerId).where(sql`${t.stage} not in ('rejected', 'withdrawn')`),
    index('proposals_vacancy_idx').on(t.vacancyId, t.stage),
    index('proposals_seeker_idx').on(t.jobSeekerId),
    // The dashboard's pipeline conversion counts the proposals made in a year.
    index('proposals_created_idx').on(t.createdAt),
  ],
);

/** Every step of a proposal: who moved it, from where to where, and why. */
export const proposalEvents = pgTable(
  'proposal_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    fromStage: proposalStageEnum('from_stage'),
    toStage: proposalStageEnum('to_stage').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    reason: text('reason'),
    // What kind of step when not a plain move, shown in the reader's language: the system closing
    // it (consent withdrawn) or a new date for the same stage's appointment (rescheduled).
    cause: text('cause'),
    // The appointment set by this step (interview, trial day, or a new date for one).
    interviewAt: timestamp('interview_at', { withTimezone: true }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('proposal_events_proposal_idx').on(t.proposalId, t.at),
    // A step changes the stage, except a new date for an interview or trial day.
    check(
      'proposal_events_moves_ck',
      sql`${t.fromStage} is null or ${t.fromStage} <> ${t.toStage} or (${t.cause} = 'rescheduled' and ${t.interviewAt} is not null)`,
    ),
    check('proposal_events_cause_ck', sql`${t.cause} is null or ${t.cause} in ('consent_withdrawn', 'rescheduled')`),
  ],
);

export type Proposal = typeof proposals.$inferSelect;
