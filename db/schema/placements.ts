import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, smallint, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { contractTypeEnum, fundingStreamEnum, milestoneStateEnum, placementEndReasonEnum, retentionOutcomeEnum } from './enums';
import { employers } from './employers';
import { jobSeekers } from './job-seekers';
import { proposals } from './proposals';
import { sibContractOutcomes, sibCountsPer, sibMilestones } from './sib';
import { users } from './users';
import { vacancies } from './vacancies';

/**
 * A person starting work. Counts toward the year of its start date and its funding stream.
 * The same person starting with the same employer on the same day is one placement.
 */
export const placements = pgTable(
  'placements',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    jobSeekerId: integer('job_seeker_id')
      .notNull()
      .references(() => jobSeekers.id),
    employerId: integer('employer_id')
      .notNull()
      .references(() => employers.id),
    vacancyId: integer('vacancy_id').references(() => vacancies.id),
    proposalId: integer('proposal_id').references(() => proposals.id),
    caseworkerId: integer('caseworker_id').references(() => users.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    funding: fundingStreamEnum('funding').notNull(),
    jobTitle: text('job_title').notNull(),
    hoursPerWeek: smallint('hours_per_week').notNull(),
    contract: contractTypeEnum('contract').notNull(),
    endDate: date('end_date', { mode: 'string' }),
    /** The coded reason (null on placements ended before the codes, which keep only their text). */
    endReasonCode: placementEndReasonEnum('end_reason_code'),
    /** Free text beside the code: an explanation, optional since the codes; the only reason on older ends. */
    endReason: text('end_reason'),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('placements_person_employer_day_uq').on(t.jobSeekerId, t.employerId, t.startDate),
    index('placements_start_funding_idx').on(t.startDate, t.funding),
    index('placements_employer_idx').on(t.employerId),
    index('placements_caseworker_idx').on(t.caseworkerId, t.startDate),
    index('placements_seeker_idx').on(t.jobSeekerId),
    // The investor's report reads the placements that ended in a period (drop-outs, lapses).
    index('placements_end_idx').on(t.endDate),
    check('placements_hours_ck', sql`${t.hoursPerWeek} between 1 and 60`),
    check('placements_end_ck', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check('placements_end_reason_ck', sql`${t.endReasonCode} is null or ${t.endDate} is not null`),
    check('placements_title_ck', sql`length(btrim(${t.jobTitle})) between 1 and 200`),
  ],
);

/** Did it last? Checks at 1, 3, 6 and 12 months after the start. */
export const placementChecks = pgTable(
  'placement_checks',
  {
    placementId: integer('placement_id')
      .notNull()
      .references(() => placements.id, { onDelete: 'cascade' }),
    months: smallint('months').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    outcome: retentionOutcomeEnum('outcome').notNull().default('pending'),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    checkedBy: integer('checked_by').references(() => users.id),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.placementId, t.months] }),
    index('placement_checks_due_idx').on(t.outcome, t.dueOn),
    check('placement_checks_months_ck', sql`${t.months} in (1, 3, 6, 12)`),
  ],
);

export const placementMilestones = pgTable(
  'placement_milestones',
  {
    placementId: integer('placement_id')
      .notNull()
      .references(() => placements.id, { onDelete: 'cascade' }),
    milestone: text('milestone')
      .notNull()
      .references(() => sibMilestones.code),
    state: milestoneStateEnum('state').notNull().default('waiting'),
    // The terms of the contract in force at the start, copied when the milestone was made:
    // null only on milestones from before contracts were configured (then evidence and
    // decided_by/_at hold the old single decision). A verified milestone's terms never
    // change (trigger in the migration "sib-contract-rules").
    outcomeId: integer('outcome_id').references(() => sibContractOutcomes.id),
    dueOn: date('due_on', { mode: 'string' }),
    priceCents: integer('price_cents'),
    countsPer: text('counts_per', { enum: sibCountsPer }),
    minHoursPerWeek: smallint('min_hours_per_week'),
    evidence: text('evidence'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.placementId, t.milestone] }),
    index('placement_milestones_outcome_idx').on(t.outcomeId, t.state),
    index('placement_milestones_due_idx').on(t.state, t.dueOn),
    // The ledger and the investor's report read a contract's milestones by due day (per outcome of the contract).
    index('placement_milestones_outcome_due_idx').on(t.outcomeId, t.dueOn),
    check(
      'placement_milestones_terms_ck',
      sql`(${t.outcomeId} is null) = (${t.dueOn} is null) and (${t.outcomeId} is null) = (${t.priceCents} is null) and (${t.outcomeId} is null) = (${t.countsPer} is null) and (${t.outcomeId} is null) = (${t.minHoursPerWeek} is null)`,
    ),
  ],
);

export type Placement = typeof placements.$inferSelect;
