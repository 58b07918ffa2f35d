import { boolean, date, integer, pgView, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { cefrEnum, localeEnum, sectorEnum, vacancyStatusEnum } from './enums';

/**
 * The view behind the vacancy list and matching (migration ba2-vacancy-listings): every vacancy
 * (kind 'vacancy', id a vacancy id) and every current Jobbörse posting that is not a vacancy yet
 * (kind 'ba_posting', id a ba_postings id, no employer, status open). Declared here for typed
 * queries; its SQL lives in the migration, drizzle-kit leaves it alone.
 */
export const vacancyListings = pgView('vacancy_listings', {
  kind: text('kind').$type<'vacancy' | 'ba_posting'>().notNull(),
  id: integer('id').notNull(),
  employerId: integer('employer_id'),
  /** The posting's firma, for a posting; a vacancy's employer is employer_id. */
  firma: text('firma'),
  anonymous: boolean('anonymous').notNull(),
  title: text('title').notNull(),
  textLanguage: localeEnum('text_language').notNull(),
  sector: sectorEnum('sector'),
  occupationCode: text('occupation_code'),
  placeId: integer('place_id'),
  hoursMin: smallint('hours_min'),
  hoursMax: smallint('hours_max'),
  germanLevel: cefrEnum('german_level'),
  qualificationRequired: text('qualification_required'),
  recognitionRequired: boolean('recognition_required').notNull(),
  drivingLicenceRequired: boolean('driving_licence_required').notNull(),
  startDate: date('start_date', { mode: 'string' }),
  positions: smallint('positions').notNull(),
  positionsFilled: smallint('positions_filled').notNull(),
  status: vacancyStatusEnum('status').notNull(),
  closingDate: date('closing_date', { mode: 'string' }),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  source: text('source').notNull(),
  baReference: text('ba_reference'),
}).existing();
