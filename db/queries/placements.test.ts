import { allowHistoryImport } from '@/db/history-import';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, jobSeekers, placementChecks, placementMilestones, placements, proposals, vacancies } from '@/db/schema';
import { proposalPrefill } from './placement-options';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { insertPlacement, makeEmployerAt, makePerson } from '@/lib/testing/placements';
import { makeVacancy } from '@/lib/testing/vacancies';
import { makeUser } from '@/lib/testing/users';
import type { SessionUser } from '@/lib/auth/current-user';
import {
  countDueChecks,
  createPlacement,
  endPlacement,
  getPlacement,
  listDueChecks,
  listPlacements,
  recordCheck,
  reopenPlacement,
  updatePlacement,
  type NewPlacement,
} from './placements';
import type { AuditContext } from './audit';
import { yearFigures } from './target-dashboard';
import { insertContract } from './sib-contracts';
import { demoSibContract } from '@/db/seed/demo-sib-contract';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

let caseworker: SessionUser;
let audit: AuditContext;
let employerId: number;
beforeEach(async () => {
  await resetDatabase(handle);
  caseworker = await makeUser(handle.db, 'caseworker');
  audit = { actor: { id: caseworker.id, role: 'caseworker', email: caseworker.email }, origin: '127.0.0.1' };
  employerId = await makeEmployerAt(handle.db, 'Haus Sonnenblick', 'elderly_care', 'Gronau (Westf.)');
  // The SIB contract in force for 2024-2027 gives SIB placements their milestones.
  await insertContract(handle.db, demoSibContract(2026));
});

function aPlacement(jobSeekerId: number, extra: Partial<NewPlacement> = {}): NewPlacement {
  return {
    jobSeekerId,
    employerId,
    vacancyId: null,
    proposalId: null,
    startDate: '2026-01-31',
    funding: 'regular',
    jobTitle: 'Altenpflegehelferin',
    hoursPerWeek: 32,
    contract: 'permanent',
    ...extra,
  };
}

async function counts(year: number) {
  return (await yearFigures(handle.db, year, '2030-01-01')).streams.map((s) => s.counted);
}

describe('logging a placement', () => {
  it('writes the placement, its 4 checks, the SIB milestones, marks the person placed, fills the vacancy, audits: one transaction', async () => {
    const person = await makePerson(handle.db, { sibCohort: true, caseworkerId: caseworker.id });
    const vacancy = await makeVacancy(handle.db, employerId, { positions: 1 });
    const result = await createPlacement(handle.db, aPlacement(person, { vacancyId: vacancy, funding: 'sib' }), audit);
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: number } }).data.id;

    const checks = await handle.db.select().from(placementChecks).where(eq(placementChecks.placementId, id));
    expect(checks.map((c) => [c.months, c.dueOn, c.outcome]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [1, '2026-02-28', 'pending'],
      [3, '2026-04-30', 'pending'],
      [6, '2026-07-31', 'pending'],
      [12, '2027-01-31', 'pending'],
    ]);
    const milestones = await handle.db.select().from(placementMilestones).where(eq(placementMilestones.placementId, id));
    expect(milestones.map((m) => m.milestone).sort()).toEqual(['benefit_ended', 'started', 'weeks_13', 'weeks_26', 'weeks_52']);
    // The terms of the contract in force on the start (2026-01-31), copied onto each milestone.
    expect(milestones.find((m) => m.milestone === 'weeks_13')).toMatchObject({
      dueOn: '2026-05-02',
      priceCents: 300_000,
      countsPer: 'placement',
      minHoursPerWeek: 16,
    });
    expect(milestones.every((m) => m.state === 'waiting')).toBe(true);
    const [seeker] = await handle.db.select().from(jobSeekers).where(eq(jobSeekers.id, person));
    expect(seeker!.status).toBe('placed');
    expect(seeker!.version).toBe(2);
    const [v] = await handle.db.select().from(vacancies).where(eq(vacancies.id, vacancy));
    expect([v!.positionsFilled, v!.status]).toEqual([1, 'filled']);
    const [row] = await handle.db.select().from(placements).where(eq(placements.id, id));
    expect(row!.caseworkerId).toBe(caseworker.id);
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'placement.create'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ jobSeekerId: person, objectId: String(id), actorId: caseworker.id });
    expect(await counts(2026)).toEqual([0, 1]);
  });

  it('a regular placement gets no milestones; a vacancy with positions left stays open', async () => {
    const person = await makePerson(handle.db);
    const vacancy = await makeVacancy(handle.db, employerId, { positions: 3 });
    const result = await createPlacement(handle.db, aPlacement(person, { vacancyId: vacancy }), audit);
    const id = (result as { data: { id: number } }).data.id;
    expect(await handle.db.select().from(placementMilestones).where(eq(placementMilestones.placementId, id))).toHaveLength(0);
    const [v] = await handle.db.select().from(vacancies).where(eq(vacancies.id, vacancy));
    expect([v!.positionsFilled, v!.status]).toEqual([1, 'open']);
  });

  it('refuses the same person, employer and start day twice, in words, leaving nothing behind', async () => {
    const person = await makePerson(handle.db);
    const vacancy = await makeVacancy(handle.db, employerId, { positions: 5 });
    expect(await createPlacement(handle.db, aPlacement(person), audit)).toMatchObject({ ok: true });
    expect(await createPlacement(handle.db, aPlacement(person, { vacancyId: vacancy }), audit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { startDate: 'placement.duplicate' },
    });
    // The vacancy position taken before the refused insert was rolled back with it.
    const [v] = await handle.db.select().from(vacancies).where(eq(vacancies.id, vacancy));
    expect(v!.positionsFilled).toBe(0);
    expect(await counts(2026)).toEqual([1, 0]);
  });

  it('refuses SIB for someone outside the SIB cohort, in the query and in the database itself', async () => {
    const person = await makePerson(handle.db, { sibCohort: false });
    expect(await createPlacement(handle.db, aPlacement(person, { funding: 'sib' }), audit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { funding: 'placement.sibCohortOnly' },
    });
    // Straight into the table: the trigger refuses it, as a named check violation.
    await expect(insertPlacement(handle.db, { jobSeekerId: person, employerId, startDate: '2026-02-01', funding: 'sib' })).rejects.toMatchObject({
      cause: expect.objectContaining({ code: '23514' }),
    });
    const id = await insertPlacement(handle.db, { jobSeekerId: person, employerId, startDate: '2026-02-01', funding: 'regular' });
    await expect(handle.db.update(placements).set({ funding: 'sib' }).where(eq(placements.id, id))).rejects.toThrow();
    // Leaving the cohort later does not block other edits of an older SIB placement.
    const member = await makePerson(handle.db, { sibCohort: true });
    const sibId = await insertPlacement(handle.db, { jobSeekerId: member, employerId, startDate: '2026-02-01', funding: 'sib' });
    await handle.db.update(jobSeekers).set({ sibCohort: false }).where(eq(jobSeekers.id, member));
    await handle.db.update(placements).set({ hoursPerWeek: 20 }).where(eq(placements.id, sibId));
  });

  it('refuses a vacancy of another employer, a full vacancy and a draft', async () => {
    const other = await makeEmployerAt(handle.db, 'Andere GmbH', 'logistics', 'Nordhorn');
    const foreign = await makeVacancy(handle.db, other);
    const full = await makeVacancy(handle.db, employerId, { positions: 1 });
    const draft = await makeVacancy(handle.db, employerId, { status: 'draft' });
    const a = await makePerson(handle.db);
    const b = await makePerson(handle.db);
    expect(await createPlacement(handle.db, aPlacement(a, { vacancyId: foreign }), audit)).toMatchObject({
      fieldErrors: { vacancyId: 'placement.vacancyOtherEmployer' },
    });
    expect(await createPlacement(handle.db, aPlacement(a, { vacancyId: draft }), audit)).toMatchObject({
      fieldErrors: { vacancyId: 'placement.vacancyNotAvailable' },
    });
    expect(await createPlacement(handle.db, aPlacement(a, { vacancyId: full }), audit)).toMatchObject({ ok: true });
    expect(await createPlacement(handle.db, aPlacement(b, { vacancyId: full }), audit)).toMatchObject({ fieldErrors: { vacancyId: 'placement.vacancyFull' } });
    expect(await counts(2026)).toEqual([1, 0]);
  });

  it('comes prefilled from a proposal and links it; a proposal of someone else is refused', async () => {
    const person = await makePerson(handle.db);
    const other = await makePerson(handle.db);
    const vacancy = await makeVacancy(handle.db, employerId, { positions: 2 });
    const [proposal] = await handle.db.transaction(async (tx) => {
      await allowHistoryImport(tx);
      return tx
        .insert(proposals)
        .values({ vacancyId: vacancy, jobSeekerId: person, proposedBy: caseworker.id, stage: 'hired' })
        .returning({ id: proposals.id });
    });
    expect(await proposalPrefill(handle.db, proposal!.id)).toEqual({ jobSeekerId: person, vacancyId: vacancy, employerId });
    expect(await proposalPrefill(handle.db, proposal!.id + 1000)).toBeNull();
    expect(await createPlacement(handle.db, aPlacement(other, { vacancyId: vacancy, proposalId: proposal!.id }), audit)).toMatchObject({
      fieldErrors: { vacancyId: 'placement.proposalMismatch' },
    });
    const result = await createPlacement(handle.db, aPlacement(person, { vacancyId: vacancy, proposalId: proposal!.id }), audit);
    const [row] = await handle.db
      .select()
      .from(placements)
      .where(eq(placements.id, (result as { data: { id: number } }).data.id));
    expect([row!.proposalId, row!.vacancyId]).toEqual([proposal!.id, vacancy]);
  });

  it('refuses an erased person', async () => {
    const person = await makePerson(handle.db);
    await handle.db.update(jobSeekers).set({ firstName: null, lastName: null, clientNumber: null, erasedAt: new Date() }).where(eq(jobSeekers.id, person));
    expect(await createPlacement(handle.db, aPlacement(person), audit)).toMatchObject({ fieldErrors: { jobSeekerId: 'placement.personNotAvailable' } });
  });
});

describe('changing a placement', () => {
  async function logged(funding: 'regular' | 'sib' = 'regular') {
    const person = await makePerson(handle.db, { sibCohort: true });
    const result = await createPlacement(handle.db, aPlacement(person, { funding, startDate: '2026-12-15' }), audit);
    return (result as { data: { id: number } }).data.id;
  }
  const edit = (id: number, version: number, extra: Partial<{ startDate: string; funding: 'regular' | 'sib'; hoursPerWeek: number }> = {}) => ({
    placementId: id,
    version,
    startDate: '2026-12-15',
    funding: 'regular' as const,
    jobTitle: 'Altenpflegehelferin',
    hoursPerWeek: 32,
    contract: 'permanent' as const,
    ...extra,
  });

  it('moving the start date into the next year moves the count and the pending checks', async () => {
    const id = await logged();
    expect([await counts(2026), await counts(2027)]).toEqual([
      [1, 0],
      [0, 0],
    ]);
    expect(await updatePlacement(handle.db, edit(id, 1, { startDate: '2027-01-05' }), audit)).toEqual({ ok: true, data: { version: 2 } });
    expect([await counts(2026), await counts(2027)]).toEqual([
      [0, 0],
      [1, 0],
    ]);
    const checks = await handle.db.select().from(placementChecks).where(eq(placementChecks.placementId, id));
    expect(checks.find((c) => c.months === 1)!.dueOn).toBe('2027-02-05');
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'placement.update'));
    expect(event!.details).toEqual({ changes: { startDate: { from: '2026-12-15', to: '2027-01-05' } } });
  });

  it('changing the funding moves the count between streams and adds or removes milestones', async () => {
    const id = await logged('regular');
    await updatePlacement(handle.db, edit(id, 1, { funding: 'sib' }), audit);
    expect(await counts(2026)).toEqual([0, 1]);
    expect(await handle.db.select().from(placementMilestones).where(eq(placementMilestones.placementId, id))).toHaveLength(5);
    await updatePlacement(handle.db, edit(id, 2, { funding: 'regular' }), audit);
    expect(await counts(2026)).toEqual([1, 0]);
    expect(await handle.db.select().from(placementMilestones).where(eq(placementMilestones.placementId, id))).toHaveLength(0);
  });

  it('SIB to regular is refused once a milestone was claimed or decided', async () => {
    const id = await logged('sib');
    await handle.db
      .update(placementMilestones)
      .set({ state: 'claimed' })
      .where(and(eq(placementMilestones.placementId, id), eq(placementMilestones.milestone, 'started')));
    expect(await updatePlacement(handle.db, edit(id, 1, { funding: 'regular' }), audit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { funding: 'placement.milestonesDecided' },
    });
  });

  it('a new start date moves the due days of milestones not yet verified', async () => {
    const id = await logged('sib');
    expect(await updatePlacement(handle.db, edit(id, 1, { startDate: '2026-12-22', funding: 'sib' }), audit)).toMatchObject({ ok: true });
    const [m] = await handle.db
      .select({ dueOn: placementMilestones.dueOn })
      .from(placementMilestones)
      .where(and(eq(placementMilestones.placementId, id), eq(placementMilestones.milestone, 'weeks_13')));
    expect(m?.dueOn).toBe('2027-03-23');
  });

  it('a save based on an old version is refused as a conflict and changes nothing', async () => {
    const id = await logged();
    expect(await updatePlacement(handle.db, edit(id, 1, { hoursPerWeek: 20 }), audit)).toMatchObject({ ok: true });
    expect(await updatePlacement(handle.db, edit(id, 1, { hoursPerWeek: 38 }), audit)).toEqual({ ok: false, code: 'conflict' });
    const [row] = await handle.db.select().from(placements).where(eq(placements.id, id));
    expect(row!.hoursPerWeek).toBe(20);
  });

  it('a start date moved onto another placement of the same person and employer is a duplicate', async () => {
    const person = await makePerson(handle.db);
    await createPlacement(handle.db, aPlacement(person, { startDate: '2026-03-01' }), audit);
    const second = await createPlacement(handle.db, aPlacement(person, { startDate: '2026-09-01' }), audit);
    const id = (second as { data: { id: number } }).data.id;
    expect(await updatePlacement(handle.db, edit(id, 1, { startDate: '2026-03-01' }), audit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { startDate: 'placement.duplicate' },
    });
  });
});

describe('did it last?', () => {
  async function loggedOn(startDate: string) {
    const person = await makePerson(handle.db, { caseworkerId: caseworker.id });
    const result = await createPlacement(handle.db, aPlacement(person, { startDate }), audit);
    return (result as { data: { id: number } }).data.id;
  }

  it('lists due and overdue checks of the caseworker, answers "still working", refuses checks far ahead', async () => {
    const id = await loggedOn('2026-01-10');
    // On 5 April: the 1-month check (10 Feb) is overdue, the 3-month one (10 April) due within the week.
    const due = await listDueChecks(handle.db, { caseworkerId: caseworker.id, today: '2026-04-05' });
    expect(due.map((d) => [d.months, d.dueOn])).toEqual([
      [1, '2026-02-10'],
      [3, '2026-04-10'],
    ]);
    expect(await countDueChecks(handle.db, { caseworkerId: caseworker.id, today: '2026-04-05' })).toBe(2);
    const other = await makeUser(handle.db, 'caseworker');
    expect(await listDueChecks(handle.db, { caseworkerId: other.id, today: '2026-04-05' })).toEqual([]);

    const base = {
      placementId: id,
      outcome: 'still_working' as const,
      endDate: null,
      endReasonCode: null,
      endReason: null,
      note: 'Werkgever tevreden',
      today: '2026-04-05',
    };
    expect(await recordCheck(handle.db, { ...base, version: 1, months: 6 }, audit)).toEqual({ ok: false, code: 'placement.notDueYet' });
    expect(await recordCheck(handle.db, { ...base, version: 1, months: 1 }, audit)).toEqual({ ok: true, data: { version: 2 } });
    expect(await recordCheck(handle.db, { ...base, version: 2, months: 1 }, audit)).toEqual({ ok: false, code: 'placement.alreadyChecked' });
    expect((await listDueChecks(handle.db, { caseworkerId: caseworker.id, today: '2026-04-05' })).map((d) => d.months)).toEqual([3]);
  });

  it('"ended" at a check records the end: earlier checks still working, later ones ended; it keeps counting; reopen undoes it', async () => {
    const id = await loggedOn('2026-01-10');
    const result = await recordCheck(
      handle.db,
      {
        placementId: id,
        version: 1,
        months: 3,
        outcome: 'ended',
        endDate: '2026-03-20',
        endReasonCode: 'moved',
        endReason: 'Verhuisd naar Groningen',
        note: 'Gebeld met werkgever',
        today: '2026-04-12',
      },
      audit,
    );
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    const checks = await handle.db.select().from(placementChecks).where(eq(placementChecks.placementId, id));
    expect(Object.fromEntries(checks.map((c) => [c.months, c.outcome]))).toEqual({ 1: 'still_working', 3: 'ended', 6: 'ended', 12: 'ended' });
    expect(checks.find((c) => c.months === 3)!.note).toBe('Gebeld met werkgever');
    expect(await getPlacement(handle.db, id)).toMatchObject({ endReasonCode: 'moved', endReason: 'Verhuisd naar Groningen' });
    expect(await listDueChecks(handle.db, { caseworkerId: caseworker.id, today: '2026-12-12' })).toEqual([]);
    expect(await counts(2026)).toEqual([1, 0]);
    const listed = await listPlacements(handle.db, { page: 1, status: 'ended', year: 2026 }, { userId: caseworker.id, today: '2026-04-12' });
    expect(listed.total).toBe(1);

    expect(await endPlacement(handle.db, { placementId: id, version: 2, endDate: '2026-03-21', endReasonCode: 'other', endReason: 'x' }, audit)).toEqual({
      ok: false,
      code: 'placement.alreadyEnded',
    });
    expect(await reopenPlacement(handle.db, { placementId: id, version: 2 }, audit)).toEqual({ ok: true, data: { version: 3 } });
    const reopened = await handle.db
      .select()
      .from(placementChecks)
      .where(and(eq(placementChecks.placementId, id), eq(placementChecks.outcome, 'pending')));
    expect(reopened.map((c) => c.months).sort((a, b) => a - b)).toEqual([3, 6, 12]);
    const detail = await getPlacement(handle.db, id);
    expect(detail).toMatchObject({ endDate: null, endReasonCode: null, endReason: null, version: 3 });
    // The database holds it too: a coded reason only on an ended placement.
    await expect(handle.db.update(placements).set({ endReasonCode: 'health' }).where(eq(placements.id, id))).rejects.toThrow();
  });

  it('refuses an end before the start', async () => {
    const id = await loggedOn('2026-01-10');
    expect(
      await endPlacement(handle.db, { placementId: id, version: 1, endDate: '2026-01-09', endReasonCode: 'probation_failed', endReason: null }, audit),
    ).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { endDate: 'placement.endBeforeStart' },
    });
  });
});

describe('the placements list', () => {
  it('filters and pages in SQL', async () => {
    const other = await makeUser(handle.db, 'caseworker');
    const secondEmployer = await makeEmployerAt(handle.db, 'Zweite GmbH', 'logistics', 'Nordhorn');
    for (let i = 0; i < 30; i++) {
      const person = await makePerson(handle.db, { sibCohort: i % 3 === 0 });
      await insertPlacement(handle.db, {
        jobSeekerId: person,
        employerId: i % 2 ? employerId : secondEmployer,
        startDate: `${2025 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`,
        funding: i % 3 === 0 ? 'sib' : 'regular',
        caseworkerId: i < 10 ? other.id : caseworker.id,
        endDate: i % 5 === 0 ? `${2025 + (i % 2)}-12-31` : null,
      });
    }
    const ctx = { userId: caseworker.id, today: '2027-01-01' };
    const all = await listPlacements(handle.db, { page: 1 }, ctx);
    expect([all.total, all.rows.length, all.pageCount]).toEqual([30, 25, 2]);
    expect((await listPlacements(handle.db, { page: 2 }, ctx)).rows).toHaveLength(5);
    // Past the last page: the last page.
    expect((await listPlacements(handle.db, { page: 9 }, ctx)).page).toBe(2);
    expect((await listPlacements(handle.db, { page: 1, year: 2026 }, ctx)).total).toBe(15);
    expect((await listPlacements(handle.db, { page: 1, funding: 'sib' }, ctx)).total).toBe(10);
    expect((await listPlacements(handle.db, { page: 1, caseworker: 'me' }, ctx)).total).toBe(20);
    expect((await listPlacements(handle.db, { page: 1, caseworker: other.id }, ctx)).total).toBe(10);
    expect((await listPlacements(handle.db, { page: 1, employer: secondEmployer }, ctx)).total).toBe(15);
    expect((await listPlacements(handle.db, { page: 1, status: 'ended' }, ctx)).total).toBe(6);
    expect((await listPlacements(handle.db, { page: 1, status: 'working' }, ctx)).total).toBe(24);
    expect((await listPlacements(handle.db, { page: 1, year: 2025, funding: 'sib', status: 'ended' }, ctx)).total).toBe(
      [0, 6, 12, 18, 24].filter((i) => i % 2 === 0 && i % 3 === 0 && i % 5 === 0).length,
    );
    // On New Year's Day 2026 the 2026 placements are logged but none has begun.
    const newYear = { ...ctx, today: '2026-01-01' };
    expect((await listPlacements(handle.db, { page: 1, status: 'upcoming' }, newYear)).total).toBe(15);
    expect((await listPlacements(handle.db, { page: 1, status: 'working' }, newYear)).total).toBe(12);
    expect((await listPlacements(handle.db, { page: 1, status: 'ended' }, newYear)).total).toBe(3);
    const rows = all.rows;
    expect(rows.map((r) => r.startDate)).toEqual([...rows.map((r) => r.startDate)].sort().reverse());
  });
});
