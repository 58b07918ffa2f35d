import { sql } from 'drizzle-orm';
import { bigint, check, date, integer, pgTable, smallint, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * The kinds of SIB outcome milestone (contract signed, started, still working after 13, 26
 * and 52 weeks, benefit ended). What each pays, when and on what terms is set per contract
 * (sib_contract_outcomes): configuration, not code.
 */
export const sibMilestones = pgTable('sib_milestones', {
  code: text('code').primaryKey(),
  sortOrder: smallint('sort_order').notNull(),
});

/**
 * A Social Impact Bond contract: who invests, for which period of placement starts, and the
 * most the investor pays in total (the cap). A SIB placement gets its milestones from the
 * contract in force on its start date; periods never overlap (exclusion constraint in the
 * custom migration "sib-contract-rules").
 */
export const sibContracts = pgTable(
  'sib_contracts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    investor: text('investor').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    // Euro cents; bigint because a cap of more than 21 million euro does not fit an integer of cents.
    capCents: bigint('cap_cents', { mode: 'number' }).notNull(),
    // A milestone may be claimed until this many weeks after it fell due; after that it lapses.
    claimWindowWeeks: smallint('claim_window_weeks').notNull().default(13),
    version: integer('version').notNull().default(1),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('sib_contracts_name_ck', sql`length(btrim(${t.name})) between 1 and 200`),
    check('sib_contracts_investor_ck', sql`length(btrim(${t.investor})) between 1 and 200`),
    check('sib_contracts_period_ck', sql`${t.endsOn} >= ${t.startsOn}`),
    check('sib_contracts_cap_ck', sql`${t.capCents} >= 0`),
    check('sib_contracts_window_ck', sql`${t.claimWindowWeeks} between 1 and 104`),
  ],
);

export const sibCountsPer = ['placement', 'person'] as const;
export type SibCountsPer = (typeof sibCountsPer)[number];

/**
 * What the contract pays for: one kind of milestone, due so many weeks after the start, at a
 * minimum of hours a week, at a price (euro cents) per placement or once per person, proven
 * by the evidence named here.
 */
export const sibContractOutcomes = pgTable(
  'sib_contract_outcomes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => sibContracts.id),
    milestone: text('milestone')
      .notNull()
      .references(() => sibMilestones.code),
    weeksAfterStart: smallint('weeks_after_start').notNull(),
    minHoursPerWeek: smallint('min_hours_per_week').notNull(),
    priceCents: integer('price_cents').notNull(),
    countsPer: text('counts_per', { enum: sibCountsPer }).notNull(),
    evidenceNeeded: text('evidence_needed').notNull(),
  },
  (t) => [
    unique('sib_contract_outcomes_kind_uq').on(t.contractId, t.milestone),
    check('sib_contract_outcomes_weeks_ck', sql`${t.weeksAfterStart} between 0 and 156`),
    check('sib_contract_outcomes_hours_ck', sql`${t.minHoursPerWeek} between 1 and 60`),
    check('sib_contract_outcomes_price_ck', sql`${t.priceCents} between 0 and 100000000`),
    check('sib_contract_outcomes_per_ck', sql`${t.countsPer} in ('placement', 'person')`),
    check('sib_contract_outcomes_evidence_ck', sql`length(btrim(${t.evidenceNeeded})) between 1 and 500`),
  ],
);

export type SibContract = typeof sibContracts.$inferSelect;
export type SibContractOutcome = typeof sibContractOutcomes.$inferSelect;
