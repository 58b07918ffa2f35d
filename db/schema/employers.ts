import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sectorEnum } from './enums';
import { places } from './places';

/** A (mostly German) company with vacancies; its staff sign in as employer users. */
export const employers = pgTable(
  'employers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    street: text('street'),
    postcode: text('postcode'),
    placeId: integer('place_id').references(() => places.id),
    sector: sectorEnum('sector').notNull(),
    website: text('website'),
    phone: text('phone'),
    email: text('email'),
    description: text('description'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('employers_name_idx').on(t.name),
    index('employers_place_idx').on(t.placeId),
    check('employers_name_ck', sql`length(btrim(${t.name})) between 1 and 200`),
    // German postcodes have 5 digits, Dutch ones 4 digits + 2 letters.
    check('employers_website_ck', sql`${t.website} is null or ${t.website} ~* '^https?://[^[:space:]]+$'`),
    check('employers_postcode_ck', sql`${t.postcode} is null or ${t.postcode} ~ '^([0-9]{5}|[1-9][0-9]{3} ?[A-Z]{2})$'`),
  ],
);

export const employerContacts = pgTable(
  'employer_contacts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    employerId: integer('employer_id')
      .notNull()
      .references(() => employers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    jobTitle: text('job_title'),
    email: text('email'),
    phone: text('phone'),
  },
  (t) => [
    index('employer_contacts_employer_idx').on(t.employerId),
    check('employer_contacts_name_ck', sql`length(btrim(${t.name})) between 1 and 120`),
    check('employer_contacts_email_ck', sql`${t.email} is null or ${t.email} ~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'`),
  ],
);

export type Employer = typeof employers.$inferSelect;
export type EmployerContact = typeof employerContacts.$inferSelect;
