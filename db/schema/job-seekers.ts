import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { cefrEnum, crossBorderCheckEnum, germanStateEnum, jobSeekerStatusEnum, recognitionStatusEnum, sectorEnum } from './enums';
import { places } from './places';
import { users } from './users';

/**
 * A person looking for work in Germany. Job seekers never sign in: caseworkers act for them.
 * No BSN is kept; the job centre's client number identifies a person where needed.
 * Erasure nulls every personal column and sets erased_at, so placements stay counted.
 */
export const jobSeekers = pgTable(
  'job_seekers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    clientNumber: text('client_number'),
    firstName: text('first_name'),
    lastName: text('last_name'),
    email: text('email'),
    phone: text('phone'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    postcode: text('postcode'),
    placeId: integer('place_id').references(() => places.id),
    caseworkerId: integer('caseworker_id').references(() => users.id),
    status: jobSeekerStatusEnum('status').notNull().default('intake'),
    drivingLicence: boolean('driving_licence').notNull().default(false),
    hasCar: boolean('has_car').notNull().default(false),
    maxCommuteKm: smallint('max_commute_km'),
    wantedSectors: sectorEnum('wanted_sectors').array().notNull().default(sql`'{}'`),
    hoursMin: smallint('hours_min'),
    hoursMax: smallint('hours_max'),
    availableFrom: date('available_from', { mode: 'string' }),
    sibCohort: boolean('sib_cohort').notNull().default(false),
    consentGivenOn: date('consent_given_on', { mode: 'string' }),
    consentScope: text('consent_scope').array().notNull().default(sql`'{}'`),
    consentUntil: date('consent_until', { mode: 'string' }),
    consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true }),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    // Optimistic concurrency: a save names the version it was based on.
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('job_seekers_client_number_uq').on(t.clientNumber),
    index('job_seekers_caseworker_idx').on(t.caseworkerId, t.lastName),
    index('job_seekers_last_name_idx').on(sql`lower(${t.lastName})`),
    index('job_seekers_status_idx').on(t.status),
    index('job_seekers_place_idx').on(t.placeId),
    // The register's default order (name, case-insensitive) over everyone not erased: page 500
    // walks this index instead of sorting 50,000 rows. The plain name columns at the end let
    // PostgreSQL answer the page and the count from the index alone (index-only scans).
    index('job_seekers_name_sort_idx')
      .on(sql`lower(${t.lastName})`, sql`lower(${t.firstName})`, t.id, t.lastName, t.firstName)
      .where(sql`${t.erasedAt} is null`),
    // "Wants to work in sector X": array containment, answered by a GIN index.
    index('job_seekers_sectors_idx').using('gin', t.wantedSectors),
    check(
      'job_seekers_identity_ck',
      sql`${t.erasedAt} is not null or (${t.firstName} is not null and ${t.lastName} is not null and ${t.clientNumber} is not null)`,
    ),
    check('job_seekers_dob_ck', sql`${t.dateOfBirth} is null or ${t.dateOfBirth} >= date '1900-01-01'`),
    check('job_seekers_available_after_birth_ck', sql`${t.availableFrom} is null or ${t.dateOfBirth} is null or ${t.availableFrom} > ${t.dateOfBirth}`),
    check('job_seekers_postcode_ck', sql`${t.postcode} is null or ${t.postcode} ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'`),
    check('job_seekers_commute_ck', sql`${t.maxCommuteKm} is null or ${t.maxCommuteKm} between 0 and 500`),
    check(
      'job_seekers_hours_ck',
      sql`(${t.hoursMin} is null or ${t.hoursMin} between 1 and 60) and (${t.hoursMax} is null or ${t.hoursMax} between 1 and 60) and (${t.hoursMin} is null or ${t.hoursMax} is null or ${t.hoursMin} <= ${t.hoursMax})`,
    ),
    check('job_seekers_consent_ck', sql`${t.consentUntil} is null or (${t.consentGivenOn} is not null and ${t.consentUntil} >= ${t.consentGivenOn})`),
    check('job_seekers_consent_scope_ck', sql`${t.consentScope} <@ array['profile','languages','qualifications','contact','cv']::text[]`),
    check('job_seekers_car_ck', sql`not ${t.hasCar} or ${t.drivingLicence}`),
  ],
);

export const jobSeekerLanguages = pgTable(
  'job_seeker_languages',
  {
    jobSeekerId: integer('job_seeker_id')
      .notNull()
      .references(() => jobSeekers.id, { onDelete: 'cascade' }),
    // ISO 639-1 code: de, nl, en, tr, ar, ...
    language: text('language').notNull(),
    level: cefrEnum('level').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.jobSeekerId, t.language] }),
    index('job_seeker_languages_lang_level_idx').on(t.language, t.level),
    check('job_seeker_languages_code_ck', sql`${t.language} ~ '^[a-z]{2}$'`),
  ],
);

export const jobSeekerQualifications = pgTable(
  'job_seeker_qualifications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    jobSeekerId: integer('job_seeker_id')
      .notNull()
      .references(() => jobSeekers.id, { onDelete: 'cascade' }),
    // Code from lib/domain/qualifications.ts (e.g. mbo3_verzorgende_ig); title for free text.
    qualification: text('qualification').notNull(),
    title: text('title'),
    obtainedYear: smallint('obtained_year'),
    recognitionStatus: recognitionStatusEnum('recognition_status').notNull().default('not_started'),
    recognitionState: germanStateEnum('recognition_state'),
  },
  (t) => [
    index('job_seeker_qualifications_seeker_idx').on(t.jobSeekerId),
    index('job_seeker_qualifications_q_idx').on(t.qualification, t.recognitionStatus),
    check('job_seeker_qualifications_year_ck', sql`${t.obtainedYear} is null or ${t.obtainedYear} between 1950 and 2100`),
  ],
);

export const jobSeekerNotes = pgTable(
  'job_seeker_notes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    jobSeekerId: integer('job_seeker_id')
      .notNull()
      .references(() => jobSeekers.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    // Notes about status changes, hand-overs and consent carry the kind, for the timeline.
    kind: text('kind').notNull().default('note'),
    body: text('body').notNull(),
    // What a status change or hand-over changed ({ from, to }), for the timeline; never personal data.
    details: jsonb('details'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('job_seeker_notes_seeker_idx').on(t.jobSeekerId, t.createdAt),
    check('job_seeker_notes_body_ck', sql`length(${t.body}) between 1 and 10000`),
    check('job_seeker_notes_kind_ck', sql`${t.kind} in ('note', 'status', 'handover', 'consent')`),
  ],
);

/** The cross-border worker checklist a caseworker ticks off per person. */
export const jobSeekerChecks = pgTable(
  'job_seeker_checks',
  {
    jobSeekerId: integer('job_seeker_id')
      .notNull()
      .references(() => jobSeekers.id, { onDelete: 'cascade' }),
    item: crossBorderCheckEnum('item').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull().defaultNow(),
    doneBy: integer('done_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.jobSeekerId, t.item] })],
);

export type JobSeeker = typeof jobSeekers.$inferSelect;
