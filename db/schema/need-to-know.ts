import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { breakGlassReasons } from './enums';
import { jobSeekers } from './job-seekers';
import { users } from './users';

/**
 * "Break the glass": a caseworker who is not the person's owner states why before opening the
 * full profile or export of someone else's client. One row grants that one user that one person
 * until `expires_at` (the end of the day); the same reason is in the audit trail.
 */
export const breakGlassGrants = pgTable(
  'break_glass_grants',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jobSeekerId: integer('job_seeker_id')
      .notNull()
      .references(() => jobSeekers.id, { onDelete: 'cascade' }),
    reasonCode: text('reason_code', { enum: breakGlassReasons }).notNull(),
    reasonText: text('reason_text').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('break_glass_grants_user_idx').on(t.userId, t.jobSeekerId, t.expiresAt),
    check('break_glass_grants_reason_ck', sql`${t.reasonCode} in (${sql.raw(breakGlassReasons.map((r) => `'${r}'`).join(', '))})`),
    check('break_glass_grants_text_ck', sql`char_length(btrim(${t.reasonText})) between 10 and 500`),
    check('break_glass_grants_period_ck', sql`${t.expiresAt} > ${t.grantedAt}`),
  ],
);

/**
 * Reads of full profiles and exports per user per clock hour, in the database so that every
 * app instance counts the same reads (the sign-in throttle does the same for failures).
 */
export const readCounters = pgTable(
  'read_counters',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    profileViews: integer('profile_views').notNull().default(0),
    exports: integer('exports').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.windowStart] }),
    index('read_counters_window_idx').on(t.windowStart),
    check('read_counters_counts_ck', sql`${t.profileViews} >= 0 and ${t.exports} >= 0`),
  ],
);

/** A user who went over a read limit: further profile views and exports are refused until `blocked_until`. */
export const readBlocks = pgTable(
  'read_blocks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** profile or export: the limit that was reached. */
    kind: text('kind', { enum: ['profile', 'export'] }).notNull(),
    blockedAt: timestamp('blocked_at', { withTimezone: true }).notNull().defaultNow(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('read_blocks_user_idx').on(t.userId, t.blockedUntil),
    check('read_blocks_kind_ck', sql`${t.kind} in ('profile', 'export')`),
    check('read_blocks_period_ck', sql`${t.blockedUntil} > ${t.blockedAt}`),
  ],
);
