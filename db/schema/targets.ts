import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { fundingStreamEnum } from './enums';
import { users } from './users';

/** The city's yearly targets per funding stream (defaults 50 regular + 30 SIB). */
export const yearlyTargets = pgTable(
  'yearly_targets',
  {
    year: smallint('year').notNull(),
    funding: fundingStreamEnum('funding').notNull(),
    target: integer('target').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.funding] }),
    check('yearly_targets_year_ck', sql`${t.year} between 2000 and 2100`),
    check('yearly_targets_target_ck', sql`${t.target} between 0 and 100000`),
  ],
);

/** Every change to a yearly target, for the history managers are accountable for. */
export const yearlyTargetChanges = pgTable('yearly_target_changes', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  year: smallint('year').notNull(),
  funding: fundingStreamEnum('funding').notNull(),
  oldTarget: integer('old_target'),
  newTarget: integer('new_target').notNull(),
  changedBy: integer('changed_by').references(() => users.id),
  reason: text('reason'),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Targets beyond the city's yearly ones, e.g. the Twente-wide 200 over several years. */
export const programmeTargets = pgTable(
  'programme_targets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    fromYear: smallint('from_year').notNull(),
    toYear: smallint('to_year').notNull(),
    // Null: counts every funding stream.
    funding: fundingStreamEnum('funding'),
    target: integer('target').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('programme_targets_years_ck', sql`${t.fromYear} <= ${t.toYear}`), check('programme_targets_target_ck', sql`${t.target} > 0`)],
);
