import { allowHistoryImport } from '@/db/history-import';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import {
  cohortParticipants,
  cohorts,
  eventConversations,
  eventEmployers,
  eventRegistrations,
  events,
  jobSeekers,
  placements,
  programmeTargets,
  proposalEvents,
  proposals,
} from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { insertPlacement, makeEmployerAt, makePerson } from '@/lib/testing/placements';
import { makeVacancy, placeId } from '@/lib/testing/vacancies';
import { makeUser } from '@/lib/testing/users';
import {
  cohortBreakdown,
  employerBreakdown,
  eventBreakdown,
  pipelineConversion,
  programmeTargetFigures,
  yearBreakdowns,
  yearFigures,
} from './target-dashboard';

const yearStreamFigures = async (db: DatabaseHandle['db'], year: number, today: string) => (await yearFigures(db, year, today)).streams;

/**
 * Aggregates against a small set counted by hand (see the table below). Runs on PGlite and,
 * with DATABASE_URL, on PostgreSQL.
 *
 *  #  person  employer (sector, district)        start       stream   caseworker  end
 *  1  P1      E1 (elderly_care, Kreis Borken)    2025-01-15  regular  Anja        -
 *  2  P2      E1                                 2025-02-01  regular  Anja        2025-03-10
 *  3  P3      E2 (logistics, Gr. Bentheim)       2025-03-01  regular  Bram        2025-10-01
 *  4  P5*     E1                                 2025-06-30  sib      Bram        -
 *  5  P6*     E3 (production, no place)          2025-12-31  sib      -           -
 *  6  P4      E2                                 2025-06-01  regular  Anja        2025-12-01
 *  7  P1      E2                                 2024-12-31  regular  Anja        -        (other year)
 *  8  P7*     E1                                 2026-01-01  sib      Bram        -        (other year)
 *  9  P8*     E1                                 2025-04-15  sib      Bram        2025-04-20
 *  (* SIB cohort)
 *
 * Via an event: #1 and #7 came from P1's proposal, made after a conversation at "Banenmarkt";
 * #4 from P5's proposal, after one at "Info Gronau". So in 2025: Banenmarkt 1 regular, Info
 * Gronau 1 SIB, not via an event 3 regular + 2 SIB (#7 is 2024).
 *
 * Via a cohort ("Zorg A" from 2025-01-01, "Zorg B" from 2025-05-01):
 *   Zorg A: P1 completed (#1 after the start counts; #7 is before it), P2 only invited (#2 does
 *           not count), P5 dropped during the course (would count, but see Zorg B), P8 dropped
 *           on 31 December 2024 (Dutch time), before the start (#9 does not count).
 *   Zorg B: P1 enrolled (#1 is before B's start: stays with A), P4 enrolled (#6 counts), P5
 *           enrolled (#4 is after both starts: once, for B, the later one).
 * So in 2025: Zorg B 1 regular + 1 SIB, Zorg A 1 regular, not via a cohort 2 regular (#2, #3)
 * + 2 SIB (#5, #9); 2024: #7 not via a cohort.
 */
let handle: DatabaseHandle;
const ids: Record<string, number> = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  await resetDatabase(handle);
  const db = handle.db;
  const anja = await makeUser(db, 'caseworker', { name: 'Anja' });
  const bram = await makeUser(db, 'caseworker', { name: 'Bram' });
  ids.anja = anja.id;
  ids.bram = bram.id;
  ids.e1 = await makeEmployerAt(db, 'Sonnenhof', 'elderly_care', 'Gronau (Westf.)');
  ids.e2 = await makeEmployerAt(db, 'Logistik Nord', 'logistics', 'Nordhorn');
  ids.e3 = await makeEmployerAt(db, 'Ohne Ort', 'production', null);
  for (const n of [1, 2, 3, 4]) ids[`p${n}`] = await makePerson(db);
  for (const n of [5, 6, 7, 8]) ids[`p${n}`] = await makePerson(db, { sibCohort: true });
  const rows = [
    [ids.p1, ids.e1, '2025-01-15', 'regular', anja.id, null],
    [ids.p2, ids.e1, '2025-02-01', 'regular', anja.id, '2025-03-10'],
    [ids.p3, ids.e2, '2025-03-01', 'regular', bram.id, '2025-10-01'],
    [ids.p5, ids.e1, '2025-06-30', 'sib', bram.id, null],
    [ids.p6, ids.e3, '2025-12-31', 'sib', null, null],
    [ids.p4, ids.e2, '2025-06-01', 'regular', anja.id, '2025-12-01'],
    [ids.p1, ids.e2, '2024-12-31', 'regular', anja.id, null],
    [ids.p7, ids.e1, '2026-01-01', 'sib', bram.id, null],
    [ids.p8, ids.e1, '2025-04-15', 'sib', bram.id, '2025-04-20'],
  ] as const;
  for (const [jobSeekerId, employerId, startDate, funding, caseworkerId, endDate] of rows) {
    await insertPlacement(db, { jobSeekerId: jobSeekerId!, employerId: employerId!, startDate, funding, caseworkerId, endDate });
  }

  // Pipeline: five proposals made in 2025 (Dutch time), one in 2026.
  const vacancy = await makeVacancy(db, ids.e1, { positions: 10 });
  const proposalIds: Record<number, number> = {};
  const proposal = async (seeker: number, stage: 'hired' | 'rejected' | 'interview' | 'withdrawn', createdAt: string, path: string[]) => {
    // Pipeline history as it happened, loaded past the rules for new proposals.
    const [row] = await db.transaction(async (tx) => {
      await allowHistoryImport(tx);
      return tx
        .insert(proposals)
        .values({ vacancyId: vacancy, jobSeekerId: seeker, proposedBy: anja.id, stage, createdAt: new Date(createdAt) })
        .returning({ id: proposals.id });
    });
    proposalIds[seeker] = row!.id;
    let from: string | null = null;
    for (const to of path) {
      await db.insert(proposalEvents).values({ proposalId: row!.id, fromStage: from as never, toStage: to as never, actorId: anja.id });
      from = to;
    }
  };
  await proposal(ids.p1!, 'hired', '2025-03-01T10:00:00Z', ['proposed', 'seen', 'interview', 'offer', 'hired']);
  await proposal(ids.p2!, 'rejected', '2025-03-02T10:00:00Z', ['proposed', 'seen', 'interview', 'rejected']);
  await proposal(ids.p3!, 'rejected', '2025-05-02T10:00:00Z', ['proposed', 'seen', 'rejected']);
  await proposal(ids.p4!, 'interview', '2025-06-02T10:00:00Z', ['proposed']);
  // 23:30 UTC on 31 December 2024 is 00:30 on 1 January 2025 in Enschede.
  await proposal(ids.p5!, 'withdrawn', '2024-12-31T23:30:00Z', ['proposed', 'withdrawn']);
  await proposal(ids.p6!, 'interview', '2025-12-31T23:30:00Z', ['proposed', 'interview']);

  // Two events; a conversation at each led to a proposal, and the placements name it.
  const hengelo = await placeId(db, 'Hengelo');
  const eventRows = await db
    .insert(events)
    .values(
      ['Banenmarkt', 'Info Gronau'].map((title) => ({
        kind: 'job_fair' as const,
        title,
        startsAt: new Date('2024-11-01T12:00:00Z'),
        endsAt: new Date('2024-11-01T16:00:00Z'),
        venue: 'De Gieterij',
        placeId: hengelo,
        capacity: 100,
        descriptionNl: 'x',
        descriptionDe: 'x',
      })),
    )
    .returning({ id: events.id });
  for (const [event, seeker] of [
    [eventRows[0]!.id, ids.p1!],
    [eventRows[1]!.id, ids.p5!],
  ] as const) {
    await db.insert(eventEmployers).values({ eventId: event, employerId: ids.e1!, stand: 'A' }).onConflictDoNothing();
    const [reg] = await db
      .insert(eventRegistrations)
      .values({ eventId: event, origin: 'job_seeker', jobSeekerId: seeker, checkedInAt: new Date('2024-11-01T13:00:00Z') })
      .returning({ id: eventRegistrations.id });
    await db.insert(eventConversations).values({ eventId: event, registrationId: reg!.id, employerId: ids.e1!, proposalId: proposalIds[seeker]! });
    await db.update(placements).set({ proposalId: proposalIds[seeker]! }).where(eq(placements.jobSeekerId, seeker));
  }

  const [zorgA, zorgB] = await db
    .insert(cohorts)
    .values([
      { name: 'Zorg A', provider: 'ROC van Twente', startDate: '2025-01-01', endDate: '2025-06-30', capacity: 10 },
      { name: 'Zorg B', provider: 'ROC van Twente', startDate: '2025-05-01', endDate: '2025-10-31', capacity: 10 },
    ])
    .returning({ id: cohorts.id });
  const enrolled = new Date('2024-12-01T10:00:00Z');
  await db.insert(cohortParticipants).values([
    { cohortId: zorgA!.id, jobSeekerId: ids.p1!, state: 'completed', enrolledAt: enrolled, activeAt: enrolled, completedAt: new Date('2025-06-30T10:00:00Z') },
    { cohortId: zorgA!.id, jobSeekerId: ids.p2!, state: 'invited' },
    { cohortId: zorgA!.id, jobSeekerId: ids.p5!, state: 'dropped', dropReason: 'health', enrolledAt: enrolled, droppedAt: new Date('2025-03-01T10:00:00Z') },
    // 23:30 on 31 December 2024 in Enschede: the day before the first lesson.
    { cohortId: zorgA!.id, jobSeekerId: ids.p8!, state: 'dropped', dropReason: 'health', enrolledAt: enrolled, droppedAt: new Date('2024-12-31T22:30:00Z') },
    { cohortId: zorgB!.id, jobSeekerId: ids.p1!, state: 'enrolled', enrolledAt: enrolled },
    { cohortId: zorgB!.id, jobSeekerId: ids.p4!, state: 'active', enrolledAt: enrolled, activeAt: new Date('2025-05-01T10:00:00Z') },
    { cohortId: zorgB!.id, jobSeekerId: ids.p5!, state: 'enrolled', enrolledAt: enrolled },
  ]);

  await db.insert(programmeTargets).values([
    { name: 'Twente-breed 200', fromYear: 2024, toYear: 2026, funding: null, target: 200 },
    { name: 'SIB 2025', fromYear: 2025, toYear: 2025, funding: 'sib', target: 30 },
  ]);
});
afterAll(async () => handle?.close());

describe('targets dashboard aggregates (hand-counted)', () => {
  it('counts per stream in the year of the start date, with the stored targets', async () => {
    expect(await yearStreamFigures(handle.db, 2025, '2026-03-15')).toEqual([
      { funding: 'regular', target: 50, counted: 4, startedToDate: 4, ended: 3 },
      { funding: 'sib', target: 30, counted: 3, startedToDate: 3, ended: 1 },
    ]);
    // Mid-year: what has started by today, and what had ended by then.
    expect(await yearStreamFigures(handle.db, 2025, '2025-06-15')).toEqual([
      { funding: 'regular', target: 50, counted: 4, startedToDate: 4, ended: 1 },
      { funding: 'sib', target: 30, counted: 3, startedToDate: 1, ended: 1 },
    ]);
    // The year boundaries: 31 December and 1 January land in their own years.
    const y2024 = await yearStreamFigures(handle.db, 2024, '2026-03-15');
    expect(y2024.map((s) => s.counted)).toEqual([1, 0]);
    const y2026 = await yearStreamFigures(handle.db, 2026, '2026-03-15');
    expect(y2026.map((s) => s.counted)).toEqual([0, 1]);
    // A year with no stored target gets the default.
    expect((await yearStreamFigures(handle.db, 2099, '2026-03-15')).map((s) => [s.target, s.counted])).toEqual([
      [50, 0],
      [30, 0],
    ]);
  });

  it('counts per start month', async () => {
    expect((await yearBreakdowns(handle.db, 2025)).months).toEqual([
      { month: 1, regular: 1, sib: 0 },
      { month: 2, regular: 1, sib: 0 },
      { month: 3, regular: 1, sib: 0 },
      { month: 4, regular: 0, sib: 1 },
      { month: 6, regular: 1, sib: 1 },
      { month: 12, regular: 0, sib: 1 },
    ]);
  });

  it('breaks down by sector, district, employer and caseworker, adding up to the total', async () => {
    const { bySector, byDistrict, byCaseworker } = await yearBreakdowns(handle.db, 2025);
    expect(bySector.rows.map((r) => [r.key, r.regular, r.sib, r.total])).toEqual([
      ['elderly_care', 2, 2, 4],
      ['logistics', 2, 0, 2],
      ['production', 0, 1, 1],
    ]);
    expect(byDistrict.rows.map((r) => [r.key, r.total])).toEqual([
      ['Kreis Borken', 4],
      ['Landkreis Grafschaft Bentheim', 2],
      [null, 1],
    ]);
    const byEmployer = await employerBreakdown(handle.db, { year: 2025 });
    expect(byEmployer.rows.map((r) => [r.label, r.total])).toEqual([
      ['Sonnenhof', 4],
      ['Logistik Nord', 2],
      ['Ohne Ort', 1],
    ]);
    expect(byEmployer.others).toBeNull();
    const top2 = await employerBreakdown(handle.db, { year: 2025, limit: 2 });
    expect(top2.rows.map((r) => r.label)).toEqual(['Sonnenhof', 'Logistik Nord']);
    expect(top2.others).toEqual({ groups: 1, regular: 0, sib: 1, total: 1 });
    expect((await employerBreakdown(handle.db, { year: 2025, limit: 3 })).others).toBeNull();
    expect(byCaseworker.rows.map((r) => [r.label, r.regular, r.sib, r.total])).toEqual([
      ['Anja', 3, 0, 3],
      ['Bram', 1, 2, 3],
      [null, 0, 1, 1],
    ]);
  });

  it('breaks down via event: each event its traced placements, the rest not via an event, adding up to the total', async () => {
    const byEvent = await eventBreakdown(handle.db, 2025);
    expect(byEvent.rows.map((r) => [r.label, r.regular, r.sib, r.total])).toEqual([
      ['Banenmarkt', 1, 0, 1],
      ['Info Gronau', 0, 1, 1],
      [null, 3, 2, 5],
    ]);
    expect(byEvent.rows.reduce((n, r) => n + r.total, 0)).toBe(7);
    expect((await eventBreakdown(handle.db, 2024)).rows.map((r) => [r.label, r.total])).toEqual([['Banenmarkt', 1]]);
  });

  it('breaks down via cohort: after the first lesson day of a cohort taken part in, each placement once, adding up to the total', async () => {
    const byCohort = await cohortBreakdown(handle.db, 2025);
    expect(byCohort.rows.map((r) => [r.label, r.regular, r.sib, r.total])).toEqual([
      ['Zorg B', 1, 1, 2],
      ['Zorg A', 1, 0, 1],
      [null, 2, 2, 4],
    ]);
    expect(byCohort.rows.reduce((n, r) => n + r.total, 0)).toBe(7);
    expect((await cohortBreakdown(handle.db, 2024)).rows.map((r) => [r.label, r.total])).toEqual([[null, 1]]);
    expect((await cohortBreakdown(handle.db, 2027)).rows).toEqual([]);
  });

  it('retention counts only placements old enough, by their end dates (an end on the mark lasted)', async () => {
    const rows = (await yearFigures(handle.db, 2025, '2026-03-15')).retention;
    const get = (months: number, funding: string) => rows.find((r) => r.months === months && r.funding === funding);
    expect(get(3, 'regular')).toMatchObject({ eligible: 4, lasted: 3 });
    expect(get(3, 'sib')).toMatchObject({ eligible: 2, lasted: 1 });
    expect(get(6, 'regular')).toMatchObject({ eligible: 4, lasted: 3 });
    expect(get(6, 'sib')).toMatchObject({ eligible: 2, lasted: 1 });
    expect(get(6, 'total')).toMatchObject({ eligible: 6, lasted: 4 });
    expect(get(12, 'regular')).toMatchObject({ eligible: 3, lasted: 1 });
    expect(get(12, 'sib')).toMatchObject({ eligible: 0, lasted: 0 });
  });

  it('retention at month ends: 30 November + 3 months is 29 February in a leap year', async () => {
    await insertPlacement(handle.db, { jobSeekerId: ids.p2!, employerId: ids.e2!, startDate: '2023-11-30', funding: 'regular', endDate: '2024-02-29' });
    await insertPlacement(handle.db, { jobSeekerId: ids.p3!, employerId: ids.e2!, startDate: '2023-12-01', funding: 'regular' });
    const rows = (await yearFigures(handle.db, 2023, '2024-02-29')).retention;
    // Old enough: only the first; it ended on its mark, so it lasted.
    expect(rows.find((r) => r.months === 3 && r.funding === 'regular')).toMatchObject({ eligible: 1, lasted: 1 });
    const dayBefore = (await yearFigures(handle.db, 2023, '2024-02-28')).retention;
    expect(dayBefore.find((r) => r.months === 3 && r.funding === 'regular')).toMatchObject({ eligible: 0, lasted: 0 });
  });

  it('converts the pipeline of the proposals made in the year (Dutch time)', async () => {
    expect(await pipelineConversion(handle.db, 2025)).toEqual({ proposed: 5, interviewed: 3, hired: 1, rejected: 2, withdrawn: 1 });
    expect(await pipelineConversion(handle.db, 2026)).toEqual({ proposed: 1, interviewed: 1, hired: 0, rejected: 0, withdrawn: 0 });
  });

  it('counts programme targets over their years and stream', async () => {
    const rows = await programmeTargetFigures(handle.db, '2026-03-15');
    expect(rows.map((r) => [r.name, r.counted, r.startedToDate])).toEqual([
      ['Twente-breed 200', 9, 9],
      ['SIB 2025', 3, 3],
    ]);
  });

  it('an erased person keeps counting everywhere', async () => {
    await handle.db
      .update(jobSeekers)
      .set({ firstName: null, lastName: null, clientNumber: null, email: null, erasedAt: new Date() })
      .where(eq(jobSeekers.id, ids.p1!));
    expect((await yearStreamFigures(handle.db, 2025, '2026-03-15')).map((s) => s.counted)).toEqual([4, 3]);
    expect((await yearBreakdowns(handle.db, 2025)).byCaseworker.rows[0]).toMatchObject({ label: 'Anja', total: 3 });
    expect((await cohortBreakdown(handle.db, 2025)).rows.find((r) => r.label === 'Zorg A')).toMatchObject({ total: 1 });
  });
});
