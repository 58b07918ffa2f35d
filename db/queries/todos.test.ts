import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { jobSeekers, placementChecks, placements, todoDismissals } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { careVacancy, makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy } from '@/lib/testing/vacancies';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { testAudit } from '@/lib/testing/audit';
import { moveProposal, proposeCandidate } from './proposals';
import { dismissTodo, openTodos, weekLabel } from './todos';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => resetDatabase(handle));

const now = new Date('2026-06-10T08:00:00Z');
const today = '2026-06-10';

async function setup() {
  const db = handle.db;
  const caseworker = await makeUser(db, 'caseworker');
  const colleague = await makeUser(db, 'caseworker');
  const employerId = await makeEmployer(db, 'Haus Vechteblick', 'Nordhorn');
  const employerUser = await makeUser(db, 'employer', { employerId });
  const otherEmployer = await makeUser(db, 'employer');
  const vacancyId = await makeVacancy(db, employerId, { ...careVacancy, place: 'Nordhorn' });
  const seekerId = await makeJobSeeker(db, { caseworkerId: caseworker.id, lastName: 'Jansen' });
  const proposed = await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit);
  const proposalId = (proposed as { id: number }).id;
  return { db, caseworker, colleague, employerUser, otherEmployer, employerId, seekerId, proposalId };
}

const kinds = (todos: { kind: string }[]) => todos.map((t) => t.kind).sort();

describe('home to-dos', () => {
  it("an employer's new candidate is a to-do for its own users only, until seen or dismissed", async () => {
    const { db, employerUser, otherEmployer, proposalId } = await setup();
    const mine = await openTodos(db, employerUser, today, now);
    expect(mine).toEqual([expect.objectContaining({ kind: 'candidate', key: `candidate:${proposalId}`, proposalId, vacancyTitle: careVacancy.title })]);
    expect(await openTodos(db, otherEmployer, today, now)).toEqual([]);

    await dismissTodo(db, employerUser.id, `candidate:${proposalId}`, 'dismissed');
    expect(await openTodos(db, employerUser, today, now)).toEqual([]);
    // Again is the same (no second row, no error), and it changes the word.
    await dismissTodo(db, employerUser.id, `candidate:${proposalId}`, 'done');
    expect(await db.select().from(todoDismissals)).toEqual([expect.objectContaining({ userId: employerUser.id, how: 'done' })]);
  });

  it("the employer's answer and the interview reach the owning caseworker, not a colleague; a moved interview is a new to-do", async () => {
    const { db, caseworker, colleague, employerUser, proposalId } = await setup();
    const at = new Date('2026-06-12T09:30:00Z');
    await moveProposal(db, { proposalId, expectedVersion: 1, to: 'interview', reason: null, actorId: employerUser.id, interviewAt: at }, testAudit);

    const theirs = await openTodos(db, caseworker, today, now);
    expect(kinds(theirs)).toEqual(['interview', 'reply']);
    expect(theirs.find((t) => t.kind === 'reply')).toMatchObject({ stage: 'interview', person: expect.stringContaining('Jansen') });
    expect(await openTodos(db, colleague, today, now)).toEqual([]);
    // The employer: the candidate is no longer new, the interview is this week (without the person's name).
    const employerSide = await openTodos(db, employerUser, today, now);
    expect(employerSide).toEqual([expect.objectContaining({ kind: 'interview', person: null, at })]);

    const interviewKey = theirs.find((t) => t.kind === 'interview')!.key;
    await dismissTodo(db, caseworker.id, interviewKey, 'done');
    expect(kinds(await openTodos(db, caseworker, today, now))).toEqual(['reply']);
    const moved = new Date('2026-06-15T12:00:00Z');
    await moveProposal(db, { proposalId, expectedVersion: 2, to: 'interview', reason: null, actorId: employerUser.id, interviewAt: moved }, testAudit);
    const afterMove = await openTodos(db, caseworker, today, now);
    expect(afterMove.find((t) => t.kind === 'interview')).toMatchObject({ at: moved });
    // An interview more than a week ahead is not yet a to-do.
    expect(kinds(await openTodos(db, caseworker, '2026-06-01', new Date('2026-06-01T08:00:00Z')))).not.toContain('interview');
  });

  it('due placement checks and consents ending within 30 days of their own caseload', async () => {
    const { db, caseworker, colleague, employerId, seekerId } = await setup();
    const [placement] = await db
      .insert(placements)
      .values({
        jobSeekerId: seekerId,
        employerId,
        caseworkerId: caseworker.id,
        startDate: '2026-05-08',
        funding: 'regular',
        jobTitle: 'Helfer',
        hoursPerWeek: 30,
        contract: 'permanent',
      })
      .returning();
    await db.insert(placementChecks).values([
      { placementId: placement!.id, months: 1, dueOn: '2026-06-08' },
      { placementId: placement!.id, months: 3, dueOn: '2026-08-08' },
    ]);
    const other = await makeJobSeeker(db, { caseworkerId: caseworker.id });
    await db.update(jobSeekers).set({ consentUntil: '2026-07-01' }).where(eq(jobSeekers.id, other));
    const later = await makeJobSeeker(db, { caseworkerId: caseworker.id });
    await db.update(jobSeekers).set({ consentUntil: '2026-09-01' }).where(eq(jobSeekers.id, later));

    const todos = await openTodos(db, caseworker, today, now);
    expect(todos.filter((t) => t.kind === 'check')).toEqual([expect.objectContaining({ key: `check:${placement!.id}:1`, months: 1, dueOn: '2026-06-08' })]);
    expect(todos.filter((t) => t.kind === 'consent')).toEqual([expect.objectContaining({ key: `consent:${other}:20260701`, jobSeekerId: other })]);
    expect(await openTodos(db, colleague, today, now)).toEqual([]);

    // A recorded check is done by itself.
    await db.update(placementChecks).set({ outcome: 'still_working', checkedAt: now }).where(eq(placementChecks.months, 1));
    expect((await openTodos(db, caseworker, today, now)).filter((t) => t.kind === 'check')).toEqual([]);
    // A renewed consent (a new end date) is a new occasion; a withdrawn one is no longer a to-do.
    await dismissTodo(db, caseworker.id, `consent:${other}:20260701`, 'dismissed');
    await db.update(jobSeekers).set({ consentUntil: '2026-07-05' }).where(eq(jobSeekers.id, other));
    expect((await openTodos(db, caseworker, today, now)).filter((t) => t.kind === 'consent')).toHaveLength(1);
    await db.update(jobSeekers).set({ consentWithdrawnAt: now }).where(eq(jobSeekers.id, other));
    expect((await openTodos(db, caseworker, today, now)).filter((t) => t.kind === 'consent')).toEqual([]);
  });

  it('a manager sees each stream behind pro rata, dismissed for the week only', async () => {
    const db = handle.db;
    const manager = await makeUser(db, 'manager');
    const admin = await makeUser(db, 'admin');
    const todos = await openTodos(db, manager, today, now);
    expect(todos.map((t) => t.key)).toEqual([`stream:regular:${weekLabel(today)}`, `stream:sib:${weekLabel(today)}`]);
    expect(todos[0]).toMatchObject({ kind: 'stream', counted: 0, expected: expect.any(Number) });
    await dismissTodo(db, manager.id, `stream:regular:${weekLabel(today)}`, 'dismissed');
    expect((await openTodos(db, manager, today, now)).map((t) => t.key)).toEqual([`stream:sib:${weekLabel(today)}`]);
    expect((await openTodos(db, manager, '2026-06-17', now)).map((t) => t.key)).toEqual([`stream:regular:2026w25`, `stream:sib:2026w25`]);
    expect(await openTodos(db, admin, today, now)).toEqual([]);
  });

  it('the database refuses a key of another shape and an unknown way of ticking off', async () => {
    const db = handle.db;
    const user = await makeUser(db, 'caseworker');
    await expect(dismissTodo(db, user.id, "x'; drop table users", 'done')).rejects.toThrow();
    await expect(dismissTodo(db, user.id, 'reply:1', 'later' as 'done')).rejects.toThrow();
  });
});

describe('weekLabel', () => {
  it('numbers weeks as ISO 8601 does (Monday first, the week of 4 January is week 1)', () => {
    expect(weekLabel('2026-06-10')).toBe('2026w24');
    expect(weekLabel('2026-01-01')).toBe('2026w1');
    expect(weekLabel('2027-01-01')).toBe('2026w53');
    expect(weekLabel('2024-12-30')).toBe('2025w1');
  });
});
