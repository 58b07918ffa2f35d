import { bigint, index, inet, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { auditResultEnum } from './enums';

/**
 * Who read or changed what, when, from where. Append-only: no code path updates or deletes
 * rows, and a trigger (migration "audit-append-only") refuses UPDATE and DELETE in the
 * database itself. actor and job seeker are plain ids (no foreign keys) so the trail outlives
 * accounts and erased persons; details never hold passwords or secrets.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: integer('actor_id'),
    actorRole: text('actor_role'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    jobSeekerId: integer('job_seeker_id'),
    result: auditResultEnum('result').notNull().default('ok'),
    origin: inet('origin'),
    details: jsonb('details'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_seeker_idx').on(t.jobSeekerId, t.at),
    index('audit_events_actor_idx').on(t.actorId, t.at),
    index('audit_events_object_idx').on(t.objectType, t.objectId),
    // The audit page filters by action (exact or "family." prefix), newest first.
    index('audit_events_action_idx').on(t.action, t.at),
  ],
);
