import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, integer, pgTable, smallint, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { employers } from './employers';
import { places } from './places';
import { users } from './users';
import { occupations, vacancies } from './vacancies';

/**
 * One search slice of the Bundesagentur für Arbeit's Jobsuche API: keyword x place x radius.
 * The API answers at most 10,000 results per query (page 101 is refused), so the German
 * border market is fetched as many narrow slices instead of one wide query.
 */
export const baImportSlices = pgTable(
  'ba_import_slices',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    keyword: text('keyword').notNull(),
    place: text('place').notNull(),
    radiusKm: smallint('radius_km').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('ba_import_slices_uq').on(t.keyword, t.place, t.radiusKm),
    check('ba_import_slices_keyword_ck', sql`length(btrim(${t.keyword})) between 1 and 100`),
    check('ba_import_slices_place_ck', sql`length(btrim(${t.place})) between 1 and 100`),
    // The API accepts radii up to 200 km.
    check('ba_import_slices_radius_ck', sql`${t.radiusKm} between 0 and 200`),
  ],
);

/** One import run (nightly or started by hand) with its running counts: the page polls this row. */
export const baImportRuns = pgTable(
  'ba_import_runs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    trigger: text('trigger').notNull(),
    startedBy: integer('started_by').references(() => users.id),
    status: text('status').notNull().default('queued'),
    slicesTotal: integer('slices_total').notNull().default(0),
    slicesDone: integer('slices_done').notNull().default(0),
    pagesFetched: integer('pages_fetched').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    expired: integer('expired').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    // Slices that hit the API's ceiling of 10,000 results: they need cutting narrower.
    truncatedSlices: integer('truncated_slices').notNull().default(0),
    error: text('error'),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('ba_import_runs_queued_idx').on(t.queuedAt),
    check('ba_import_runs_trigger_ck', sql`${t.trigger} in ('manual', 'schedule')`),
    check('ba_import_runs_status_ck', sql`${t.status} in ('queued', 'running', 'done', 'failed')`),
    check('ba_import_runs_manual_ck', sql`${t.trigger} = 'schedule' or ${t.startedBy} is not null`),
  ],
);

/**
 * A vacancy published in the Jobbörse, as imported. `reference` (the API's referenznummer) is
 * unique: a posting found by several slices, or twice across pages, is one row. `changedAt` is
 * the API's aenderungsdatum: a row is rewritten only when it moves. A posting that no run finds
 * any more is marked expired, never deleted (proposals may point at it later).
 */
export const baPostings = pgTable(
  'ba_postings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    employerName: text('employer_name'),
    // The Jobbörse's anonymous ads ("Chiffre"): never linked to an employer.
    anonymous: boolean('anonymous').notNull().default(false),
    employerId: integer('employer_id').references(() => employers.id),
    // How the employer got linked: by the import's name-and-place match, or by a caseworker.
    employerLinkedBy: text('employer_linked_by'),
    placeId: integer('place_id').references(() => places.id),
    placeName: text('place_name'),
    postcode: text('postcode'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    hoursMin: smallint('hours_min'),
    hoursMax: smallint('hours_max'),
    payMin: integer('pay_min'),
    payMax: integer('pay_max'),
    payUnit: text('pay_unit'),
    startDate: date('start_date', { mode: 'string' }),
    occupationName: text('occupation_name'),
    occupationCode: text('occupation_code').references(() => occupations.code),
    url: text('url').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }),
    // An own vacancy of the linked employer that this posting repeats: shown once, as that one.
    duplicateOfVacancyId: integer('duplicate_of_vacancy_id').references(() => vacancies.id),
    lastSeenRunId: integer('last_seen_run_id').references(() => baImportRuns.id),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('ba_postings_reference_uq').on(t.reference),
    index('ba_postings_employer_idx').on(t.employerId),
    index('ba_postings_expired_idx').on(t.expiredAt),
    index('ba_postings_seen_idx').on(t.lastSeenRunId),
    check('ba_postings_title_ck', sql`length(btrim(${t.title})) between 1 and 300`),
    check('ba_postings_anonymous_ck', sql`not ${t.anonymous} or ${t.employerId} is null`),
    check(
      'ba_postings_linked_by_ck',
      sql`(${t.employerId} is null) = (${t.employerLinkedBy} is null) and (${t.employerLinkedBy} is null or ${t.employerLinkedBy} in ('import', 'caseworker'))`,
    ),
    check('ba_postings_pay_unit_ck', sql`${t.payUnit} is null or ${t.payUnit} in ('hour', 'month', 'year')`),
    check('ba_postings_url_ck', sql`${t.url} ~ '^https://'`),
    check(
      'ba_postings_hours_ck',
      sql`(${t.hoursMin} is null or ${t.hoursMin} between 1 and 60) and (${t.hoursMax} is null or ${t.hoursMax} between 1 and 60) and (${t.hoursMin} is null or ${t.hoursMax} is null or ${t.hoursMin} <= ${t.hoursMax})`,
    ),
    check('ba_postings_pay_ck', sql`(${t.payMin} is null or ${t.payMin} >= 0) and (${t.payMin} is null or ${t.payMax} is null or ${t.payMin} <= ${t.payMax})`),
  ],
);

export type BaPosting = typeof baPostings.$inferSelect;
export type BaImportRun = typeof baImportRuns.$inferSelect;
export type BaImportSlice = typeof baImportSlices.$inferSelect;
