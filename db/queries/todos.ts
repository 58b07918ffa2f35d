import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobSeekers, placementChecks, placements, proposalEvents, proposals, todoDismissals, users, vacancies } from '@/db/schema';
import type { FundingStream, ProposalStage } from '@/db/schema/enums';
import { addDays, type Day } from '@/lib/time/days';
import { yearProgress } from '@/lib/targets/target-progress';
import { yearCountsByStream } from './home-summary';

/** How far ahead the home page looks: interviews within a week, checks due within a week, consents ending within 30 days. */
const TODO_HORIZON = { interviewDays: 7, checkDays: 7, consentDays: 30, replyDays: 14 } as const;
/** At most this many of each kind on the home page (the lists behind them hold the rest). */
const PER_KIND = 20;

export type Todo =
  | { kind: 'candidate'; key: string; proposalId: number; vacancyTitle: string; at: Date }
  | {
      kind: 'interview';
      key: string;
      proposalId: number;
      vacancyTitle: string;
      stage: ProposalStage;
      at: Date;
      person: string | null;
      jobSeekerId: number | null;
    }
  | { kind: 'reply'; key: string; proposalId: number; vacancyTitle: string; stage: ProposalStage; at: Date; person: string; jobSeekerId: number }
  | { kind: 'check'; key: string; placementId: number; months: number; dueOn: Day; person: string; jobSeekerId: number }
  | { kind: 'consent'; key: string; jobSeekerId: number; until: Day; person: string }
  | { kind: 'stream'; key: string; funding: FundingStream; counted: number; expected: number; target: number };

/** A to-do's key is not among the user's dismissed or done ones (the key is built in SQL, the same way as in JS). */
function notDismissed(userId: number, key: SQL): SQL {
  return sql`not exists (select 1 from ${todoDismissals} where ${todoDismissals.userId} = ${userId} and ${todoDismissals.todoKey} = ${key})`;
}

const personName = sql<string>`btrim(coalesce(${jobSeekers.firstName}, '') || ' ' || coalesce(${jobSeekers.lastName}, ''))`;

/** ISO-like week label of a day (2026w49): a stream behind comes back as a to-do each week until it catches up. */
export function weekLabel(day: Day): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  // The Thursday of the day's week decides its year; its week counts from that year's 1 January.
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const week = 1 + Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / (7 * 86_400_000));
  return `${d.getUTCFullYear()}w${week}`;
}

/** Employer users: new candidates on their own company's vacancies, and appointments in the coming week. */
async function employerTodos(db: Database, userId: number, employerId: number, now: Date): Promise<Todo[]> {
  const candidateKey = sql<string>`'candidate:' || ${proposals.id}`;
  const interviewKey = sql<string>`'interview:' || ${proposals.id} || ':' || extract(epoch from ${proposals.interviewAt})::bigint`;
  const [candidates, interviews] = await Promise.all([
    db
      .select({ key: candidateKey, proposalId: proposals.id, vacancyTitle: vacancies.title, at: proposals.createdAt })
      .from(proposals)
      .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
      .where(and(eq(vacancies.employerId, employerId), eq(proposals.stage, 'proposed'), notDismissed(userId, candidateKey)))
      .orderBy(desc(proposals.createdAt))
      .limit(PER_KIND),
    db
      .select({ key: interviewKey, proposalId: proposals.id, vacancyTitle: vacancies.title, stage: proposals.stage, at: proposals.interviewAt })
      .from(proposals)
      .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
      .where(and(eq(vacancies.employerId, employerId), ...upcomingAppointment(now), notDismissed(userId, interviewKey)))
      .orderBy(asc(proposals.interviewAt))
      .limit(PER_KIND),
  ]);
  return [
    ...candidates.map((r) => ({ kind: 'candidate' as const, ...r })),
    // The employer sees the candidate on the proposal page, under its consent; the home page names only the vacancy.
    ...interviews.map((r) => ({ kind: 'interview' as const, ...r, at: r.at as Date, person: null, jobSeekerId: null })),
  ];
}

function upcomingAppointment(now: Date): SQL[] {
  return [
    inArray(proposals.stage, ['interview', 'trial_day']),
    isNotNull(proposals.interviewAt),
    gte(proposals.interviewAt, now),
    lte(proposals.interviewAt, new Date(now.getTime() + TODO_HORIZON.interviewDays * 86_400_000)),
  ];
}

/** Caseworkers: the employers' answers, appointments, due checks and ending consents of their own caseload. */
async function caseworkerTodos(db: Database, userId: number, today: Day, now: Date): Promise<Todo[]> {
  const mine = and(eq(jobSeekers.caseworkerId, userId), isNull(jobSeekers.erasedAt));
  const replyKey = sql<string>`'reply:' || ${proposalEvents.id}`;
  const interviewKey = sql<string>`'interview:' || ${proposals.id} || ':' || extract(epoch from ${proposals.interviewAt})::bigint`;
  const checkKey = sql<string>`'check:' || ${placementChecks.placementId} || ':' || ${placementChecks.months}`;
  const consentKey = sql<string>`'consent:' || ${jobSeekers.id} || ':' || to_char(${jobSeekers.consentUntil}, 'YYYYMMDD')`;
  const [replies, interviews, checks, consents] = await Promise.all([
    db
      .select({
        key: replyKey,
        proposalId: proposals.id,
        vacancyTitle: vacancies.title,
        stage: proposalEvents.toStage,
        at: proposalEvents.at,
        person: personName,
        jobSeekerId: jobSeekers.id,
      })
      .from(proposalEvents)
      .innerJoin(users, eq(users.id, proposalEvents.actorId))
      .innerJoin(proposals, eq(proposals.id, proposalEvents.proposalId))
      .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
      .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
      .where(
        and(
          mine,
          eq(users.role, 'employer'),
          gte(proposalEvents.at, new Date(now.getTime() - TODO_HORIZON.replyDays * 86_400_000)),
          notDismissed(userId, replyKey),
        ),
      )
      .orderBy(desc(proposalEvents.at))
      .limit(PER_KIND),
    db
      .select({
        key: interviewKey,
        proposalId: proposals.id,
        vacancyTitle: vacancies.title,
        stage: proposals.stage,
        at: proposals.interviewAt,
        person: personName,
        jobSeekerId: jobSeekers.id,
      })
      .from(proposals)
      .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
      .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
      .where(and(mine, ...upcomingAppointment(now), notDismissed(userId, interviewKey)))
      .orderBy(asc(proposals.interviewAt))
      .limit(PER_KIND),
    db
      .select({
        key: checkKey,
        placementId: placementChecks.placementId,
        months: placementChecks.months,
        dueOn: placementChecks.dueOn,
        person: personName,
        jobSeekerId: jobSeekers.id,
      })
      .from(placementChecks)
      .innerJoin(placements, eq(placements.id, placementChecks.placementId))
      .innerJoin(jobSeekers, eq(jobSeekers.id, placements.jobSeekerId))
      .where(
        and(
          eq(placements.caseworkerId, userId),
          isNull(jobSeekers.erasedAt),
          eq(placementChecks.outcome, 'pending'),
          lte(placementChecks.dueOn, addDays(today, TODO_HORIZON.checkDays)),
          notDismissed(userId, checkKey),
        ),
      )
      .orderBy(asc(placementChecks.dueOn))
      .limit(PER_KIND),
    db
      .select({ key: consentKey, jobSeekerId: jobSeekers.id, until: jobSeekers.consentUntil, person: personName })
      .from(jobSeekers)
      .where(
        and(
          mine,
          isNull(jobSeekers.consentWithdrawnAt),
          gte(jobSeekers.consentUntil, today),
          lte(jobSeekers.consentUntil, addDays(today, TODO_HORIZON.consentDays)),
          notDismissed(userId, consentKey),
        ),
      )
      .orderBy(asc(jobSeekers.consentUntil))
      .limit(PER_KIND),
  ]);
  return [
    ...replies.map((r) => ({ kind: 'reply' as const, ...r })),
    ...interviews.map((r) => ({ kind: 'interview' as const, ...r, at: r.at as Date })),
    ...checks.map((r) => ({ kind: 'check' as const, ...r })),
    ...consents.map((r) => ({ kind: 'consent' as const, ...r, until: r.until as Day })),
  ];
}

/** Managers: each funding stream of this year that runs behind its pro-rata share, once a week until dismissed. */
async function managerTodos(db: Database, userId: number, today: Day): Promise<Todo[]> {
  const year = Number(today.slice(0, 4));
  const streams = await yearCountsByStream(db, year);
  const week = weekLabel(today);
  const behind = streams.map((s) => ({ s, p: yearProgress({ year, today, target: s.target, counted: s.counted }) })).filter(({ p }) => p.aheadOfProRata < 0);
  if (behind.length === 0) return [];
  const keys = behind.map(({ s }) => `stream:${s.funding}:${week}`);
  const dismissed = await db
    .select({ key: todoDismissals.todoKey })
    .from(todoDismissals)
    .where(and(eq(todoDismissals.userId, userId), inArray(todoDismissals.todoKey, keys)));
  const gone = new Set(dismissed.map((d) => d.key));
  return behind
    .map(({ s, p }) => ({
      kind: 'stream' as const,
      key: `stream:${s.funding}:${week}`,
      funding: s.funding,
      counted: p.counted,
      expected: Math.round(p.expectedToDate),
      target: s.target,
    }))
    .filter((t) => !gone.has(t.key));
}

/** What waits on this user now, read from the work itself, without what they ticked off or put aside. */
export async function openTodos(db: Database, user: { id: number; role: string; employerId: number | null }, today: Day, now = new Date()): Promise<Todo[]> {
  if (user.role === 'employer') return user.employerId ? employerTodos(db, user.id, user.employerId, now) : [];
  if (user.role === 'caseworker') return caseworkerTodos(db, user.id, today, now);
  if (user.role === 'manager') return managerTodos(db, user.id, today);
  return [];
}

/** Ticks a to-do off (done) or puts it aside (dismissed) for this user only; again is the same. */
export async function dismissTodo(db: Database, userId: number, key: string, how: 'done' | 'dismissed'): Promise<void> {
  await db
    .insert(todoDismissals)
    .values({ userId, todoKey: key, how })
    .onConflictDoUpdate({
      target: [todoDismissals.userId, todoDismissals.todoKey],
      set: { how, at: new Date() },
    });
}
