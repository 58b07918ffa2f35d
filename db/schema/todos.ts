import { check, pgTable, primaryKey, integer, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './users';

/**
 * The home page's to-dos are read from the work itself (a new candidate, a due check, an
 * expiring consent...), so they disappear when the work is done. What the user ticked off or
 * put aside is kept here, per user and per to-do key (e.g. `reply:812`, `check:41:3`): the key
 * names the occasion, so a new occasion (a moved interview, a later week) is a new to-do.
 */
export const todoDismissals = pgTable(
  'todo_dismissals',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    todoKey: text('todo_key').notNull(),
    /** done: the user says it is handled; dismissed: not for them, or not now. */
    how: text('how').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.todoKey] }),
    check('todo_dismissals_how_ck', sql`${t.how} in ('done', 'dismissed')`),
    check('todo_dismissals_key_ck', sql`${t.todoKey} ~ '^[a-z]+(:[A-Za-z0-9_-]+){1,3}$'`),
  ],
);
