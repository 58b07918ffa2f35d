import { boolean, char, doublePrecision, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { check } from 'drizzle-orm/pg-core';

/** Towns of Twente and the German border districts; distances are measured between them. */
export const places = pgTable(
  'places',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    country: char('country', { length: 2 }).notNull(),
    state: text('state').notNull(),
    name: text('name').notNull(),
    postcode: text('postcode').notNull(),
    district: text('district').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    // Added by the BA import with the API's coordinates (a place our list lacked): someone should check it.
    needsReview: boolean('needs_review').notNull().default(false),
  },
  (t) => [
    unique('places_country_name_uq').on(t.country, t.name),
    index('places_country_idx').on(t.country),
    check('places_country_ck', sql`${t.country} in ('NL', 'DE')`),
    check('places_lat_ck', sql`${t.lat} between -90 and 90`),
    check('places_lon_ck', sql`${t.lon} between -180 and 180`),
  ],
);

export type Place = typeof places.$inferSelect;
