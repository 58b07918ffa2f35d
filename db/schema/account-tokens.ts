import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Single-use links that let a person set their own password: an invitation (48 h) or a reset
 * (30 min). Only the SHA-256 of the token is kept: the link in the e-mail is the one copy of
 * the token, so reading this table (or a backup) does not give a way in.
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** invite, reset. */
    purpose: text('purpose').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('account_tokens_hash_uq').on(t.tokenHash),
    index('account_tokens_user_idx').on(t.userId, t.purpose),
    check('account_tokens_purpose_ck', sql`${t.purpose} in ('invite', 'reset')`),
    check('account_tokens_expiry_ck', sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

export type AccountToken = typeof accountTokens.$inferSelect;
