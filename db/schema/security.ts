import { sql } from 'drizzle-orm';
import { check, index, inet, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * One row per signed-in browser session; the session token (a signed JWT cookie) carries
 * only the id. Keeping sessions on the server means the server decides when a session ends:
 * idle timeout, absolute lifetime and sign-out hold even if a token is copied or kept.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // Written at most once a minute per session, so reading a page rarely writes.
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** signed_out, idle, expired. */
    endedReason: text('ended_reason'),
    origin: inet('origin'),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId, t.createdAt), check('user_sessions_ended_ck', sql`(${t.endedAt} is null) = (${t.endedReason} is null)`)],
);

/**
 * Failed sign-ins per client address per fixed time window, in the database so that every
 * app instance counts the same failures. Old windows are deleted as new failures come in.
 */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    origin: text('origin').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    failures: integer('failures').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.origin, t.windowStart] }),
    index('sign_in_throttle_window_idx').on(t.windowStart),
    check('sign_in_throttle_failures_ck', sql`${t.failures} >= 0`),
  ],
);
