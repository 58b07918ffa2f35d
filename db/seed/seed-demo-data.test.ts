import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNotNull, isNull, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import { verifyPassword } from '@/lib/auth/password';
import type { DatabaseHandle } from '../client';
import {
  employers,
  jobSeekers,
  placementChecks,
  placementMilestones,
  placements,
  places,
  proposalEvents,
  proposals,
  sibClaims,
  sibContracts,
  sibMilestones,
  users,
  vacancies,
} from '../schema';
import { syncReferenceData } from '../reference-data';
import { createTestDatabase, resetDatabase } from '../testing';
import { demoAccounts, demoEmployerName } from './demo-accounts';
import { planDemoData } from './demo-plan';
import { seedDemoData } from './seed-demo-data';

const today = new Date('2026-11-23T12:00:00Z');

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

async function tally(table: PgTable, where?: SQL) {
  const rows = await handle.db.select({ n: count() }).from(table).where(where);
  return rows[0]!.n;
}

async function placementsPerYear(): Promise<Map<string, number>> {
  const year = sql<number>`extract(year from ${placements.startDate})::int`;
  const rows = await handle.db.select({ year, funding: placements.funding, n: count() }).from(placements).groupBy(year, placements.funding);
  return new Map(rows.map((r) => [`${r.year}:${r.funding}`, r.n]));
}

async function allCounts() {
  return {
    users: await tally(users),
    employers: await tally(employers),
    vacancies: await tally(vacancies),
    jobSeekers: await tally(jobSeekers),
    proposals: await tally(proposals),
    events: await tally(proposalEvents),
    placements: await tally(placements),
    checks: await tally(placementChecks),
    milestones: await tally(placementMilestones),
  };
}

describe('demo seed on 23 November 2026', () => {
  let firstRun: { seeded: boolean };
  beforeAll(async () => {
    await resetDatabase(handle);
    const started = performance.now();
    firstRun = await seedDemoData(handle.db, { today });
    console.log(`demo seed (${handle.kind}): ${Math.round(performance.now() - started)} ms`);
  });

  it('loads employers, vacancies and job seekers', async () => {
    expect(firstRun).toEqual({ seeded: true });
    const c = await allCounts();
    expect(c.employers).toBeGreaterThanOrEqual(10);
    expect(c.employers).toBeLessThanOrEqual(14);
    expect(c.vacancies).toBe(40);
    expect(c.jobSeekers).toBe(150);
    expect(c.proposals).toBeGreaterThanOrEqual(35);
    expect(c.proposals).toBeLessThanOrEqual(45);
  });

  it('creates the demo accounts with their passwords, the employer one at the demo employer', async () => {
    for (const account of demoAccounts) {
      const [user] = await handle.db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.email})`, account.email.toLowerCase()));
      expect(user, account.email).toBeDefined();
      expect(user!.role).toBe(account.role);
      expect(await verifyPassword(user!.passwordHash, account.password)).toBe(true);
    }
    const [employerUser] = await handle.db
      .select({ employer: employers.name, place: places.name, postcode: employers.postcode })
      .from(users)
      .innerJoin(employers, eq(employers.id, users.employerId))
      .innerJoin(places, eq(places.id, employers.placeId))
      .where(eq(users.role, 'employer'))
      .orderBy(users.id)
      .limit(1);
    expect(employerUser).toEqual({ employer: demoEmployerName, place: 'Gronau (Westf.)', postcode: '48599' });
  });

  it('stands part way to this year’s targets, with last year roughly met', async () => {
    const perYear = await placementsPerYear();
    expect(perYear.get('2026:regular')).toBeGreaterThan(0);
    expect(perYear.get('2026:regular')).toBeLessThan(50);
    expect(perYear.get('2026:sib')).toBeGreaterThan(0);
    expect(perYear.get('2026:sib')).toBeLessThan(30);
    for (const y of [2024, 2025]) {
      expect(perYear.get(`${y}:regular`)).toBeGreaterThanOrEqual(45);
      expect(perYear.get(`${y}:regular`)).toBeLessThanOrEqual(55);
      expect(perYear.get(`${y}:sib`)).toBeGreaterThanOrEqual(25);
      expect(perYear.get(`${y}:sib`)).toBeLessThanOrEqual(32);
    }
    expect([...perYear.keys()].every((k) => ['2024', '2025', '2026'].includes(k.slice(0, 4)))).toBe(true);
  });

  it('funds SIB placements only for the SIB cohort, and starts and ends nothing after today', async () => {
    const [sibOutsideCohort] = await handle.db
      .select({ n: count() })
      .from(placements)
      .innerJoin(jobSeekers, eq(jobSeekers.id, placements.jobSeekerId))
      .where(and(eq(placements.funding, 'sib'), eq(jobSeekers.sibCohort, false)));
    expect(sibOutsideCohort!.n).toBe(0);
    expect(await tally(placements, sql`${placements.startDate} > '2026-11-23' or ${placements.endDate} > '2026-11-23'`)).toBe(0);
    const cohort = await tally(jobSeekers, eq(jobSeekers.sibCohort, true));
    expect(cohort / 150).toBeGreaterThan(0.3);
    expect(cohort / 150).toBeLessThan(0.4);
  });

  it('calls exactly those people placed who are working now, in one job at a time', async () => {
    expect(
      await tally(
        jobSeekers,
        sql`(${jobSeekers.status} = 'placed') <> exists (select 1 from ${placements} where ${placements.jobSeekerId} = ${jobSeekers.id} and ${placements.endDate} is null)`,
      ),
    ).toBe(0);
    const other = alias(placements, 'other');
    const [overlaps] = await handle.db
      .select({ n: count() })
      .from(placements)
      .innerJoin(other, and(eq(other.jobSeekerId, placements.jobSeekerId), sql`${other.id} > ${placements.id}`))
      .where(
        sql`daterange(${placements.startDate}, coalesce(${placements.endDate}, 'infinity'), '[]') && daterange(${other.startDate}, coalesce(${other.endDate}, 'infinity'), '[]')`,
      );
    expect(overlaps!.n).toBe(0);
    const statuses = await handle.db.select({ status: jobSeekers.status, n: count() }).from(jobSeekers).groupBy(jobSeekers.status);
    expect(statuses.map((s) => s.status).sort()).toEqual(['active', 'in_training', 'intake', 'placed', 'withdrawn']);
  });

  it('fills vacancies only through placements, and every hire has its placement', async () => {
    const linked = await handle.db
      .select({ filled: vacancies.positionsFilled, positions: vacancies.positions, placed: count(placements.id) })
      .from(vacancies)
      .leftJoin(placements, eq(placements.vacancyId, vacancies.id))
      .groupBy(vacancies.id);
    for (const v of linked) {
      expect(v.filled).toBe(v.placed);
      expect(v.filled).toBeLessThanOrEqual(v.positions);
    }
    const hired = await tally(proposals, eq(proposals.stage, 'hired'));
    expect(hired).toBeGreaterThan(0);
    expect(await tally(placements, isNotNull(placements.proposalId))).toBe(hired);
  });

  it('keeps each proposal’s history consistent with its stage and the person’s consent', async () => {
    const events = await handle.db
      .select({
        proposal: proposalEvents.proposalId,
        from: proposalEvents.fromStage,
        to: proposalEvents.toStage,
        at: proposalEvents.at,
        reason: proposalEvents.reason,
      })
      .from(proposalEvents)
      .orderBy(proposalEvents.proposalId, proposalEvents.at);
    const rows = await handle.db
      .select({
        id: proposals.id,
        stage: proposals.stage,
        createdAt: proposals.createdAt,
        stageChangedAt: proposals.stageChangedAt,
        consentGivenOn: jobSeekers.consentGivenOn,
        seekerStatus: jobSeekers.status,
        vacancyStatus: vacancies.status,
      })
      .from(proposals)
      .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
      .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId));
    for (const p of rows) {
      const history = events.filter((e) => e.proposal === p.id);
      expect(history[0]).toMatchObject({ from: null, to: 'proposed' });
      for (const [i, e] of history.slice(1).entries()) expect(e.from).toBe(history[i]!.to);
      expect(history[history.length - 1]!.to).toBe(p.stage);
      expect(history[0]!.at.getTime()).toBe(p.createdAt.getTime());
      expect(history[history.length - 1]!.at.getTime()).toBe(p.stageChangedAt.getTime());
      expect(p.stageChangedAt.getTime()).toBeLessThanOrEqual(today.getTime());
      expect(p.consentGivenOn).not.toBeNull();
      expect(p.consentGivenOn! <= p.createdAt.toISOString().slice(0, 10)).toBe(true);
      if (p.stage === 'rejected' || p.stage === 'withdrawn') expect(history[history.length - 1]!.reason).toBeTruthy();
      if (!['hired', 'rejected', 'withdrawn'].includes(p.stage)) {
        expect(p.vacancyStatus).toBe('open');
        expect(['active', 'in_training']).toContain(p.seekerStatus);
      }
    }
  });

  it('checks retention at 1, 3, 6 and 12 months, and gives SIB placements their milestones', async () => {
    expect(await tally(placementChecks)).toBe(4 * (await tally(placements)));
    expect(
      await tally(
        placementChecks,
        sql`${placementChecks.dueOn} <> (select (${placements.startDate} + make_interval(months => ${placementChecks.months}))::date from ${placements} where ${placements.id} = ${placementChecks.placementId})`,
      ),
    ).toBe(0);
    // Nothing is judged before it is due, and an ended placement is never still working after its end.
    expect(await tally(placementChecks, and(ne(placementChecks.outcome, 'pending'), sql`${placementChecks.checkedAt} is null`))).toBe(0);
    expect(
      await tally(
        placementChecks,
        sql`${placementChecks.outcome} = 'still_working' and exists (select 1 from ${placements} where ${placements.id} = ${placementChecks.placementId} and (${placements.endDate} < ${placementChecks.dueOn} or ${placementChecks.dueOn} > '2026-11-23'))`,
      ),
    ).toBe(0);
    const sib = await tally(placements, eq(placements.funding, 'sib'));
    // The demo contract (2024-2027) pays five outcomes; every SIB placement starts inside it.
    expect(await tally(placementMilestones)).toBe(5 * sib);
    expect(await tally(placementMilestones, sql`${placementMilestones.outcomeId} is null`)).toBe(0);
    expect(await tally(sibContracts)).toBe(1);
    // The claim history: every verified milestone rests on a verified claim decided by someone else, with evidence.
    expect(await tally(placementMilestones, eq(placementMilestones.state, 'verified'))).toBeGreaterThan(0);
    expect(
      await tally(
        placementMilestones,
        sql`${placementMilestones.state} = 'verified' and not exists (select 1 from ${sibClaims} k where k.placement_id = ${placementMilestones.placementId} and k.milestone = ${placementMilestones.milestone} and k.decision = 'verified' and k.decided_by <> k.claimed_by and exists (select 1 from sib_claim_evidence e where e.claim_id = k.id))`,
      ),
    ).toBe(0);
    expect(await tally(sibClaims, eq(sibClaims.decision, 'denied'))).toBeGreaterThan(0);
    expect(
      await tally(
        placementMilestones,
        sql`exists (select 1 from ${placements} where ${placements.id} = ${placementMilestones.placementId} and ${placements.funding} = 'regular')`,
      ),
    ).toBe(0);
  });

  it('gives job seekers Dutch postcodes of their own place and a caseworker', async () => {
    const rows = await handle.db
      .select({ postcode: jobSeekers.postcode, placePostcode: places.postcode, country: places.country })
      .from(jobSeekers)
      .innerJoin(places, eq(places.id, jobSeekers.placeId));
    expect(rows).toHaveLength(150);
    for (const r of rows) {
      expect(r.country).toBe('NL');
      expect(r.postcode).toMatch(new RegExp(`^${r.placePostcode} [A-Z]{2}$`));
    }
    expect(await tally(jobSeekers, isNull(jobSeekers.caseworkerId))).toBe(0);
    const dutchAdverts = await tally(vacancies, eq(vacancies.textLanguage, 'nl'));
    expect(dutchAdverts).toBeGreaterThan(0);
    expect(await tally(vacancies, notInArray(vacancies.status, ['open', 'draft', 'paused', 'filled', 'closed']))).toBe(0);
  });

  it('changes nothing when run again', async () => {
    const before = await allCounts();
    expect(await seedDemoData(handle.db, { today })).toEqual({ seeded: false });
    expect(await allCounts()).toEqual(before);
  });
});

describe('demo seed on other days', () => {
  it('plans the same world twice from the same day', async () => {
    const placeRows = await handle.db.select().from(places);
    const input = { today, places: placeRows, target: (_y: number, f: 'regular' | 'sib') => (f === 'regular' ? 50 : 30) };
    expect(JSON.stringify(planDemoData(input))).toBe(JSON.stringify(planDemoData(input)));
  });

  it('leaves nothing behind when it fails half way', async () => {
    await resetDatabase(handle);
    // Without this milestone kind the very last inserts (the SIB contract's outcomes) fail on their foreign key.
    await handle.db.delete(sibMilestones).where(eq(sibMilestones.code, 'benefit_ended'));
    try {
      await expect(seedDemoData(handle.db, { today })).rejects.toThrow();
      expect(await allCounts()).toEqual({
        users: 0,
        employers: 0,
        vacancies: 0,
        jobSeekers: 0,
        proposals: 0,
        events: 0,
        placements: 0,
        checks: 0,
        milestones: 0,
      });
    } finally {
      await syncReferenceData(handle.db);
    }
  });

  it.each(['2027-01-04T09:00:00Z', '2027-06-30T12:00:00Z'])('stays valid and part way on %s', async (day) => {
    await resetDatabase(handle);
    const when = new Date(day);
    expect(await seedDemoData(handle.db, { today: when })).toEqual({ seeded: true });
    const perYear = await placementsPerYear();
    expect(perYear.get('2027:regular')).toBeGreaterThan(0);
    expect(perYear.get('2027:regular')).toBeLessThan(50);
    expect(perYear.get('2027:sib')).toBeGreaterThan(0);
    expect(perYear.get('2027:sib')).toBeLessThan(30);
    expect(perYear.get('2026:regular')).toBeGreaterThanOrEqual(45);
    expect(await tally(placements, sql`${placements.startDate} > ${day.slice(0, 10)}`)).toBe(0);
  });
});
