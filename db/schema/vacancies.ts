import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, smallint, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { cefrEnum, contractTypeEnum, localeEnum, sectorEnum, vacancyStatusEnum } from './enums';
import { employers } from './employers';
import { places } from './places';
import { users } from './users';

/** Occupations coded by KldB 2010, with ISCO-08; names live in locales/{nl,de}/domain.json. */
export const occupations = pgTable('occupations', {
  code: text('code').primaryKey(),
  sector: sectorEnum('sector').notNull(),
  isco: text('isco'),
});

/**
 * A vacancy. A draft may be half-filled; anything past draft must be complete,
 * which the database checks so that no half vacancy is ever shown as open.
 */
export const vacancies = pgTable(
  'vacancies',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    employerId: integer('employer_id')
      .notNull()
      .references(() => employers.id),
    title: text('title').notNull(),
    description: text('description'),
    // The language the employer wrote title and description in.
    textLanguage: localeEnum('text_language').notNull().default('de'),
    sector: sectorEnum('sector'),
    occupationCode: text('occupation_code').references(() => occupations.code),
    placeId: integer('place_id').references(() => places.id),
    hoursMin: smallint('hours_min'),
    hoursMax: smallint('hours_max'),
    contract: contractTypeEnum('contract'),
    payMin: integer('pay_min'),
    payMax: integer('pay_max'),
    germanLevel: cefrEnum('german_level'),
    qualificationRequired: text('qualification_required'),
    recognitionRequired: boolean('recognition_required').notNull().default(false),
    drivingLicenceRequired: boolean('driving_licence_required').notNull().default(false),
    shifts: text('shifts').array().notNull().default(sql`'{}'`),
    startDate: date('start_date', { mode: 'string' }),
    positions: smallint('positions').notNull().default(1),
    positionsFilled: smallint('positions_filled').notNull().default(0),
    status: vacancyStatusEnum('status').notNull().default('draft'),
    closingDate: date('closing_date', { mode: 'string' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    // 'own': typed into Grenzeloos; 'ba': a Jobbörse posting (ba_postings) a caseworker linked to
    // this employer, kept up to date by the import and closed when the posting expires.
    source: text('source').notNull().default('own'),
    baReference: text('ba_reference'),
    // Set only when the import closed this vacancy because its posting expired: the status it had,
    // so a posting that comes back reopens it as it was. A vacancy a person closed has none.
    closedByBaExpiryFrom: vacancyStatusEnum('closed_by_ba_expiry_from'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('vacancies_employer_idx').on(t.employerId, t.status),
    index('vacancies_status_sector_idx').on(t.status, t.sector),
    index('vacancies_place_idx').on(t.placeId),
    index('vacancies_closing_idx').on(t.closingDate),
    unique('vacancies_ba_reference_uq').on(t.baReference),
    check('vacancies_source_ck', sql`${t.source} in ('own', 'ba') and (${t.source} = 'ba') = (${t.baReference} is not null)`),
    check(
      'vacancies_closed_by_ba_expiry_ck',
      sql`${t.closedByBaExpiryFrom} is null or (${t.status} = 'closed' and ${t.source} = 'ba' and ${t.closedByBaExpiryFrom} in ('open', 'paused'))`,
    ),
    check('vacancies_title_ck', sql`length(btrim(${t.title})) between 1 and 200`),
    check(
      'vacancies_hours_ck',
      sql`(${t.hoursMin} is null or ${t.hoursMin} between 1 and 60) and (${t.hoursMax} is null or ${t.hoursMax} between 1 and 60) and (${t.hoursMin} is null or ${t.hoursMax} is null or ${t.hoursMin} <= ${t.hoursMax})`,
    ),
    check(
      'vacancies_pay_ck',
      sql`(${t.payMin} is null or ${t.payMin} between 0 and 100000) and (${t.payMax} is null or ${t.payMax} between 0 and 100000) and (${t.payMin} is null or ${t.payMax} is null or ${t.payMin} <= ${t.payMax})`,
    ),
    check('vacancies_description_ck', sql`${t.description} is null or length(${t.description}) <= 10000`),
    // Sensible calendar dates only; "not in the past when publishing" is checked by the publish update itself.
    check(
      'vacancies_dates_ck',
      sql`(${t.startDate} is null or ${t.startDate} between '2000-01-01' and '2100-12-31') and (${t.closingDate} is null or ${t.closingDate} between '2000-01-01' and '2100-12-31')`,
    ),
    check('vacancies_positions_ck', sql`${t.positions} between 1 and 500`),
    check('vacancies_filled_ck', sql`${t.positionsFilled} between 0 and ${t.positions}`),
    check('vacancies_shifts_ck', sql`${t.shifts} <@ array['day','early','late','night','weekend']::text[]`),
    check(
      'vacancies_complete_unless_draft_ck',
      // A BA posting carries what the Jobbörse publishes (often no description, hours or contract).
      sql`${t.status} = 'draft' or ${t.source} = 'ba' or (${t.sector} is not null and ${t.placeId} is not null and ${t.hoursMin} is not null and ${t.hoursMax} is not null and ${t.contract} is not null and ${t.description} is not null)`,
    ),
  ],
);

export type Vacancy = typeof vacancies.$inferSelect;
