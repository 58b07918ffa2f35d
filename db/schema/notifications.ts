import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { proposals } from './proposals';
import { users } from './users';

/**
 * In-app notifications: what waits on one user, written in the same transaction as the
 * change that causes it (beside its mail job). Each row belongs to exactly one user and is
 * only ever shown to that user. No personal data of job seekers is copied here: the text is
 * made from the proposal and vacancy when it is shown.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** proposalNew, proposalStep, readLimit (a user reached a read limit: for managers and admins). */
    kind: text('kind').notNull(),
    proposalId: integer('proposal_id').references(() => proposals.id, { onDelete: 'cascade' }),
    /** For a step: { stage, interviewAt }; for a read limit: { actorId, readKind, until }. */
    data: jsonb('data').$type<{ stage?: string; interviewAt?: string | null; actorId?: number; readKind?: 'profile' | 'export'; until?: string }>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
