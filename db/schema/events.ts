import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { eventKindEnum } from './enums';
import { employers } from './employers';
import { jobSeekers } from './job-seekers';
import { places } from './places';
import { proposals } from './proposals';
import { users } from './users';
import { vacancies } from './vacancies';

/**
 * A job fair or information meeting. Capacity is held by a trigger on registrations (it locks
 * the event row and counts, so two desks registering at once cannot pass it together).
 */
export const events = pgTable(
  'events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: eventKindEnum('kind').notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    venue: text('venue').notNull(),
    placeId: integer('place_id')
      .notNull()
      .references(() => places.id),
    capacity: integer('capacity').notNull(),
    descriptionNl: text('description_nl').notNull(),
    descriptionDe: text('description_de').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_starts_idx').on(t.startsAt),
    check('events_period_ck', sql`${t.endsAt} > ${t.startsAt}`),
    check('events_capacity_ck', sql`${t.capacity} between 1 and 10000`),
    check('events_title_ck', sql`length(btrim(${t.title})) between 1 and 200`),
    check('events_venue_ck', sql`length(btrim(${t.venue})) between 1 and 200`),
  ],
);

/** An employer taking part, with its stand. */
export const eventEmployers = pgTable(
  'event_employers',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    employerId: integer('employer_id')
      .notNull()
      .references(() => employers.id),
    stand: text('stand').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.employerId] }),
    index('event_employers_employer_idx').on(t.employerId),
    check('event_employers_stand_ck', sql`length(btrim(${t.stand})) between 1 and 100`),
  ],
);

/** The vacancies an employer brings to an event: its own only (trigger in "events-rules"). */
export const eventVacancies = pgTable(
  'event_vacancies',
  {
    eventId: integer('event_id').notNull(),
    employerId: integer('employer_id').notNull(),
    vacancyId: integer('vacancy_id')
      .notNull()
      .references(() => vacancies.id),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.vacancyId] }),
    foreignKey({
      columns: [t.eventId, t.employerId],
      foreignColumns: [eventEmployers.eventId, eventEmployers.employerId],
      name: 'event_vacancies_participant_fk',
    }).onDelete('cascade'),
  ],
);

/**
 * Someone registered for an event: a job seeker, or a walk-in lead with the least data needed
 * (name, a way to contact, interest, consent) that is erased after `erase_after` unless the
 * lead became a job seeker (then job_seeker_id is set and origin stays 'lead' for the report).
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    origin: text('origin', { enum: ['job_seeker', 'lead'] }).notNull(),
    jobSeekerId: integer('job_seeker_id').references(() => jobSeekers.id),
    leadName: text('lead_name'),
    leadPhone: text('lead_phone'),
    leadEmail: text('lead_email'),
    interest: text('interest'),
    contactConsent: boolean('contact_consent').notNull().default(false),
    eraseAfter: date('erase_after', { mode: 'string' }),
    leadErasedAt: timestamp('lead_erased_at', { withTimezone: true }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedInBy: integer('checked_in_by').references(() => users.id),
    registeredBy: integer('registered_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('event_registrations_id_event_uq').on(t.id, t.eventId),
    uniqueIndex('event_registrations_seeker_uq').on(t.eventId, t.jobSeekerId),
    // The same walk-in twice: same name and the same way to contact.
    uniqueIndex('event_registrations_lead_uq')
      .on(t.eventId, sql`lower(${t.leadName})`, sql`coalesce(lower(${t.leadEmail}), '')`, sql`coalesce(${t.leadPhone}, '')`)
      .where(sql`${t.leadName} is not null`),
    // The door's name search: a prefix of a word of the name, per event.
    index('event_registrations_event_idx').on(t.eventId, t.checkedInAt),
    index('event_registrations_erase_idx').on(t.eraseAfter).where(sql`${t.leadErasedAt} is null and ${t.jobSeekerId} is null`),
    index('event_registrations_seeker_idx').on(t.jobSeekerId),
    check('event_registrations_seeker_ck', sql`${t.origin} <> 'job_seeker' or (${t.jobSeekerId} is not null and ${t.leadName} is null)`),
    check(
      'event_registrations_lead_ck',
      sql`${t.origin} <> 'lead' or ${t.jobSeekerId} is not null or ${t.leadErasedAt} is not null or (${t.leadName} is not null and ${t.eraseAfter} is not null)`,
    ),
    check('event_registrations_contact_ck', sql`${t.leadName} is null or ${t.leadPhone} is not null or ${t.leadEmail} is not null`),
    check('event_registrations_name_ck', sql`${t.leadName} is null or length(btrim(${t.leadName})) between 1 and 200`),
  ],
);

/** An attendee agreed to be shown to this employer of the event after it (name, interest, contact as consented). */
export const eventAttendeeShares = pgTable(
  'event_attendee_shares',
  {
    registrationId: integer('registration_id').notNull(),
    eventId: integer('event_id').notNull(),
    employerId: integer('employer_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.registrationId, t.employerId] }),
    foreignKey({
      columns: [t.registrationId, t.eventId],
      foreignColumns: [eventRegistrations.id, eventRegistrations.eventId],
      name: 'event_attendee_shares_registration_fk',
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.eventId, t.employerId],
      foreignColumns: [eventEmployers.eventId, eventEmployers.employerId],
      name: 'event_attendee_shares_participant_fk',
    }).onDelete('cascade'),
    index('event_attendee_shares_employer_idx').on(t.eventId, t.employerId),
  ],
);

/** Who met which employer at the event; a follow-up proposal made from it is linked here. */
export const eventConversations = pgTable(
  'event_conversations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer('event_id').notNull(),
    registrationId: integer('registration_id').notNull(),
    employerId: integer('employer_id').notNull(),
    note: text('note'),
    proposalId: integer('proposal_id').references(() => proposals.id),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('event_conversations_pair_uq').on(t.registrationId, t.employerId),
    uniqueIndex('event_conversations_proposal_uq').on(t.proposalId),
    index('event_conversations_event_idx').on(t.eventId),
    foreignKey({
      columns: [t.registrationId, t.eventId],
      foreignColumns: [eventRegistrations.id, eventRegistrations.eventId],
      name: 'event_conversations_registration_fk',
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.eventId, t.employerId],
      foreignColumns: [eventEmployers.eventId, eventEmployers.employerId],
      name: 'event_conversations_participant_fk',
    }),
  ],
);

export type EventRow = typeof events.$inferSelect;
