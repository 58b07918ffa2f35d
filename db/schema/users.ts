import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { localeEnum, roleEnum } from './enums';
import { employers } from './employers';

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull(),
    employerId: integer('employer_id').references(() => employers.id),
    locale: localeEnum('locale').notNull().default('nl'),
    active: boolean('active').notNull().default(true),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    // Bumped on sign-out, deactivation and role change: older session tokens stop working.
    sessionVersion: integer('session_version').notNull().default(1),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_uq').on(sql`lower(${t.email})`),
    index('users_employer_idx').on(t.employerId),
    // An employer user always belongs to exactly one employer; staff never do.
    check('users_employer_role_ck', sql`(${t.role} = 'employer') = (${t.employerId} is not null)`),
    check('users_email_ck', sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'`),
    check('users_failed_ck', sql`${t.failedSignIns} >= 0`),
  ],
);

export type User = typeof users.$inferSelect;
