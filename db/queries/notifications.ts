import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { enqueueMail, type MailJob } from '@/db/job-queue';
import { alias } from 'drizzle-orm/pg-core';
import { employers, notifications, proposals, users, vacancies } from '@/db/schema';

type ProposalJob = Extract<MailJob, { kind: 'proposalNew' | 'proposalStep' }>;

/** One notification for one user: the in-app row and its mail job, in the caller's transaction. */
export async function notify(tx: Database, job: ProposalJob): Promise<void> {
  await tx.insert(notifications).values({
    userId: job.userId,
    kind: job.kind,
    proposalId: job.proposalId,
    data: job.kind === 'proposalStep' ? { stage: job.stage, interviewAt: job.interviewAt } : null,
  });
  await enqueueMail(tx, job);
}

export async function unreadNotificationCount(db: Database, userId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export interface NotificationRow {
  id: number;
  kind: string;
  proposalId: number | null;
  stage: string | null;
  interviewAt: string | null;
  vacancyTitle: string | null;
  employerName: string | null;
  /** readLimit: who reached the limit, which one, and until when they are blocked. */
  actorName: string | null;
  actorEmail: string | null;
  readKind: 'profile' | 'export' | null;
  until: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** The user's own notifications, newest first (never anyone else's). */
export async function listNotifications(db: Database, userId: number, limit = 100): Promise<NotificationRow[]> {
  const actor = alias(users, 'actor');
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      proposalId: notifications.proposalId,
      data: notifications.data,
      vacancyTitle: vacancies.title,
      employerName: employers.name,
      actorName: actor.name,
      actorEmail: actor.email,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .leftJoin(proposals, eq(proposals.id, notifications.proposalId))
    .leftJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(actor, sql`${actor.id} = (${notifications.data} ->> 'actorId')::int`)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map(({ data, ...r }) => ({
    ...r,
    stage: data?.stage ?? null,
    interviewAt: data?.interviewAt ?? null,
    readKind: data?.readKind ?? null,
    until: data?.until ?? null,
  }));
}

/** Marks one (or, without id, every) notification of the user read; another user's id changes nothing. */
export async function markNotificationsRead(db: Database, userId: number, id?: number): Promise<number> {
  const updated = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), id === undefined ? undefined : eq(notifications.id, id)))
    .returning({ id: notifications.id });
  return updated.length;
}
