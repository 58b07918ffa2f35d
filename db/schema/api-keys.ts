import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { employers } from './employers';
import { users } from './users';

/**
 * Keys for the open API (/api/v1): an organisation's own system (the municipality's BI, the
 * SIB investor, an employer's applicant system) calls with `Authorization: Bearer <secret>`.
 * Only the SHA-256 of the secret is kept: the secret is 32 random bytes (256 bits) made by the
 * server, so it cannot be guessed or brute-forced from its hash and needs no slow, salted
 * password hash (those exist for secrets people choose); a fast hash also lets every request
 * find its key by an index. `prefix` (the first characters of the secret) names the key in
 * lists and the audit trail without giving it away.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** municipality, investor, employer. */
    organisation: text('organisation').notNull(),
    /** Only for organisation = employer: the company whose rows the key reaches. */
    employerId: integer('employer_id').references(() => employers.id, { onDelete: 'cascade' }),
    scopes: text('scopes').array().notNull(),
    note: text('note').notNull().default(''),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: integer('revoked_by').references(() => users.id, { onDelete: 'set null' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_keys_secret_hash_uq').on(t.secretHash),
    uniqueIndex('api_keys_prefix_uq').on(t.prefix),
    index('api_keys_created_idx').on(t.createdAt),
    check('api_keys_organisation_ck', sql`${t.organisation} in ('municipality', 'investor', 'employer')`),
    // An employer key belongs to one company; the municipality's and the investor's keys to none.
    check('api_keys_employer_ck', sql`(${t.organisation} = 'employer') = (${t.employerId} is not null)`),
    check(
      'api_keys_scopes_ck',
      sql`cardinality(${t.scopes}) between 1 and 4 and ${t.scopes} <@ array['vacancies:read', 'vacancies:write', 'placements:read', 'outcomes:read']::text[]`,
    ),
    // An employer key reads and writes its own company's vacancies, nothing programme-wide;
    // writing vacancies is only for a company's own system.
    check(
      'api_keys_employer_scopes_ck',
      sql`case when ${t.organisation} = 'employer' then ${t.scopes} <@ array['vacancies:read', 'vacancies:write']::text[] else not ('vacancies:write' = any(${t.scopes})) end`,
    ),
    check('api_keys_note_ck', sql`char_length(${t.note}) <= 500`),
    check('api_keys_expiry_ck', sql`${t.expiresAt} > ${t.createdAt}`),
    check('api_keys_revoked_ck', sql`${t.revokedBy} is null or ${t.revokedAt} is not null`),
  ],
);

/**
 * Requests per key per fixed one-minute window, counted in the database so that every app
 * instance shares the limit. Old windows are deleted as new ones start.
 */
export const apiRateWindows = pgTable(
  'api_rate_windows',
  {
    keyId: integer('key_id')
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    requests: integer('requests').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.keyId, t.windowStart] }),
    index('api_rate_windows_start_idx').on(t.windowStart),
    check('api_rate_windows_requests_ck', sql`${t.requests} >= 0`),
  ],
);

/**
 * Idempotency-Key of a write, per key: the primary key makes a repeated request wait for the
 * first and then find its answer, so a client that retries (or sends twice at once) makes one
 * vacancy. The request's hash tells a reuse of the key for a different body (refused, 422).
 */
export const apiIdempotency = pgTable(
  'api_idempotency',
  {
    keyId: integer('key_id')
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    response: jsonb('response').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.idempotencyKey] }), check('api_idempotency_key_ck', sql`char_length(${t.idempotencyKey}) between 1 and 200`)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
