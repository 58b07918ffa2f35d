import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * A user's authenticator app (TOTP, RFC 6238). The shared secret is stored encrypted
 * (AES-256-GCM, key derived from MFA_ENCRYPTION_KEY or NEXTAUTH_SECRET: lib/auth/totp-secret-box.ts),
 * so a dump of the database alone does not let anyone compute codes. A row without
 * `confirmed_at` is an enrolment the user has started but not yet confirmed with a first code:
 * it does not count as a second factor. `last_used_step` is the 30-second time step of the last
 * accepted code: a code of that step or an earlier one is refused (no replay).
 */
export const userSecondFactors = pgTable(
  'user_second_factors',
  {
    userId: integer('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    secretCiphertext: text('secret_ciphertext').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  },
  (t) => [
    check('user_second_factors_step_ck', sql`${t.lastUsedStep} is null or ${t.lastUsedStep} > 0`),
    // A used step only exists for a confirmed factor.
    check('user_second_factors_step_confirmed_ck', sql`${t.lastUsedStep} is null or ${t.confirmedAt} is not null`),
  ],
);

/**
 * Single-use recovery codes, shown once at enrolment. Only their SHA-256 is kept (they are
 * random with 50 bits each, so a slow hash adds nothing); a used code keeps its row with `used_at`.
 */
export const userRecoveryCodes = pgTable(
  'user_recovery_codes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('user_recovery_codes_hash_uq').on(t.userId, t.codeHash), index('user_recovery_codes_user_idx').on(t.userId)],
);
