import { testAudit } from '@/lib/testing/audit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, jobSeekers, placementMilestones, sibClaimEvidence, sibClaims } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/current-user';
import { insertPlacement, makeEmployerAt, makePerson } from '@/lib/testing/placements';
import { decidedClaim, evidenceOf } from '@/lib/testing/sib';
import { makeUser } from '@/lib/testing/users';
import { eraseJobSeeker } from './job-seekers';
import { endPlacement } from './placements';
import { insertContract } from './sib-contracts';
import { claimMilestone, claimsOfPlacement, decideClaim, ledgerRows, periodTotals, workList } from './sib-ledger';
import { investorReport } from './sib-report';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

const actor = (u: SessionUser) => ({ actor: { id: u.id, role: u.role, email: u.email }, origin: null });

/**
 * The hand-counted world. Contract 2026, cap EUR 10,000, claim window 13 weeks:
 *   started   EUR 2,000 per placement, due on the start;
 *   weeks_13  EUR 3,000 per placement, due 13 weeks (91 days) after the start;
 *   benefit_ended EUR 2,500 once per person, due 8 weeks after the start; floor 16 h a week.
 * People and placements:
 *   A: PA starts 2026-01-05 (32 h) and PA2 2026-03-02 (32 h, another employer);
 *   B: PB starts 2026-01-12 (32 h);  C: PC starts 2026-02-02 at 12 h (below the floor);
 *   D: PD starts 2026-01-05, ended 2026-02-20 (before week 13, due 2026-04-06).
 */
let cw: SessionUser;
let mg: SessionUser;
let mg2: SessionUser;
let contractId: number;
let ids: Record<'A' | 'B' | 'C' | 'D', number>;
let pl: Record<'PA' | 'PA2' | 'PB' | 'PC' | 'PD', number>;
let doc: Record<'PA' | 'PA2' | 'PB' | 'PC' | 'PD', number>;

beforeEach(async () => {
  await resetDatabase(handle);
  cw = await makeUser(handle.db, 'caseworker', { name: 'Klant Manager' });
  mg = await makeUser(handle.db, 'manager', { name: 'Team Leider' });
  mg2 = await makeUser(handle.db, 'admin', { name: 'Functioneel Beheer' });
  const e1 = await makeEmployerAt(handle.db, 'Haus Sonnenblick', 'elderly_care', 'Gronau (Westf.)');
  const e2 = await makeEmployerAt(handle.db, 'Vechteblick', 'elderly_care', 'Nordhorn');
  ids = {
    A: await makePerson(handle.db, { sibCohort: true, caseworkerId: cw.id }),
    B: await makePerson(handle.db, { sibCohort: true, caseworkerId: cw.id }),
    C: await makePerson(handle.db, { sibCohort: true, caseworkerId: cw.id }),
    D: await makePerson(handle.db, { sibCohort: true, caseworkerId: cw.id }),
  };
  const place = (jobSeekerId: number, employerId: number, startDate: string, endDate: string | null = null) =>
    insertPlacement(handle.db, { jobSeekerId, employerId, startDate, funding: 'sib', caseworkerId: cw.id, endDate });
  pl = {
    PA: await place(ids.A, e1, '2026-01-05'),
    PA2: await place(ids.A, e2, '2026-03-02'),
    PB: await place(ids.B, e1, '2026-01-12'),
    PC: await place(ids.C, e1, '2026-02-02'),
    PD: await place(ids.D, e2, '2026-01-05', '2026-02-20'),
  };
  await handle.db.execute(`update placements set hours_per_week = 12 where id = ${pl.PC}` as never);
  contractId = await insertContract(handle.db, {
    name: 'SIB 2026',
    investor: 'Fonds',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    capCents: 1_000_000,
    claimWindowWeeks: 13,
    outcomes: [
      { milestone: 'started', weeksAfterStart: 0, minHoursPerWeek: 16, priceCents: 200_000, countsPer: 'placement', evidenceNeeded: 'Start' },
      { milestone: 'weeks_13', weeksAfterStart: 13, minHoursPerWeek: 16, priceCents: 300_000, countsPer: 'placement', evidenceNeeded: 'Loonstroken' },
      { milestone: 'benefit_ended', weeksAfterStart: 8, minHoursPerWeek: 16, priceCents: 250_000, countsPer: 'person', evidenceNeeded: 'Besluit' },
    ],
  });
  const person = { PA: ids.A, PA2: ids.A, PB: ids.B, PC: ids.C, PD: ids.D } as const;
  doc = {} as typeof doc;
  for (const k of Object.keys(pl) as (keyof typeof pl)[])
    doc[k] = await evidenceOf(handle.db, { jobSeekerId: person[k], placementId: pl[k], uploadedBy: cw.id });
});

/** The decisions of the fixture, at known moments (Amsterdam is UTC+1 in winter, +2 in summer). */
async function decideTheYear() {
  const v = (placementId: number, milestone: string, at: string, documentId: number, decision: 'verified' | 'denied' = 'verified') =>
    decidedClaim(handle.db, { placementId, milestone, claimedBy: cw.id, decidedBy: mg.id, decision, at, documentId });
  // Q1: 2,000 + 2,000 + 2,000 + 2,500 = 8,500 paid; 1,500 of the cap left.
  await v(pl.PA, 'started', '2026-01-20T10:00:00Z', doc.PA);
  await v(pl.PB, 'started', '2026-02-10T10:00:00Z', doc.PB);
  await v(pl.PD, 'started', '2026-03-01T10:00:00Z', doc.PD);
  await v(pl.PA, 'benefit_ended', '2026-03-10T10:00:00Z', doc.PA);
  // Q2: PB's 13 weeks denied first (no payslip), then claimed again and verified.
  await v(pl.PB, 'weeks_13', '2026-04-15T10:00:00Z', doc.PB, 'denied');
  // The cap is reached mid-quarter: PA's 13 weeks (3,000) gets the last 1,500; PB's 3,000 is all over.
  await v(pl.PA, 'weeks_13', '2026-04-20T10:00:00Z', doc.PA);
  await v(pl.PB, 'weeks_13', '2026-05-05T10:00:00Z', doc.PB);
}

describe('claiming and verifying: four eyes, evidence, per person', () => {
  it('a caseworker claims with evidence; the claimant cannot verify; another manager can; audit rows of both', async () => {
    const claim = await claimMilestone(
      handle.db,
      { placementId: pl.PA, milestone: 'started', documentIds: [doc.PA], note: 'Eerste loonstrook', today: '2026-01-15' },
      actor(cw),
    );
    expect(claim).toMatchObject({ ok: true });
    const claimId = (claim as { data: { claimId: number } }).data.claimId;
    // A manager who claimed may not verify their own claim either.
    const own = await claimMilestone(
      handle.db,
      { placementId: pl.PB, milestone: 'started', documentIds: [doc.PB], note: null, today: '2026-01-15' },
      actor(mg),
    );
    expect(
      await decideClaim(handle.db, { claimId: (own as { data: { claimId: number } }).data.claimId, decision: 'verified', reason: null }, actor(mg)),
    ).toEqual({
      ok: false,
      code: 'sib.fourEyes',
    });
    // A caseworker cannot decide at all: the database refuses it even when the code would not.
    await expect(
      handle.db.update(sibClaims).set({ decision: 'verified', decidedBy: cw.id, decidedAt: new Date() }).where(eq(sibClaims.id, claimId)),
    ).rejects.toThrow();
    expect(await decideClaim(handle.db, { claimId, decision: 'verified', reason: null }, actor(mg))).toEqual({ ok: true, data: undefined });
    expect(await decideClaim(handle.db, { claimId, decision: 'denied', reason: 'te laat' }, actor(mg2))).toEqual({ ok: false, code: 'conflict' });
    const [m] = await handle.db
      .select()
      .from(placementMilestones)
      .where(and(eq(placementMilestones.placementId, pl.PA), eq(placementMilestones.milestone, 'started')));
    expect(m?.state).toBe('verified');
    const trail = await handle.db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(eq(auditEvents.objectId, String(pl.PA)));
    expect(trail).toEqual([
      { action: 'sib.claim', actorId: cw.id },
      { action: 'sib.decide', actorId: mg.id },
    ]);
    // The four-eyes rule is a CHECK: even a direct write cannot make the claimant the decider.
    await expect(
      handle.db.insert(sibClaims).values({
        placementId: pl.PB,
        milestone: 'weeks_13',
        claimedBy: mg.id,
        evidenceCount: 1,
        decision: 'verified',
        decidedBy: mg.id,
        decidedAt: new Date(),
      }),
    ).rejects.toThrow();
  });

  it('refuses a claim before its day, after it lapsed, without evidence of this placement, and twice per person', async () => {
    const claim = (placementId: number, milestone: string, documentIds: number[], today: string) =>
      claimMilestone(handle.db, { placementId, milestone, documentIds, note: null, today }, actor(cw));
    expect(await claim(pl.PA, 'weeks_13', [doc.PA], '2026-04-05')).toEqual({ ok: false, code: 'sib.notDueYet' });
    expect(await claim(pl.PD, 'weeks_13', [doc.PD], '2026-04-07')).toEqual({ ok: false, code: 'sib.lapsed' });
    expect(await claim(pl.PC, 'started', [doc.PC], '2026-02-03')).toEqual({ ok: false, code: 'sib.lapsed' });
    expect(await claim(pl.PA, 'started', [doc.PB], '2026-01-06')).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { documentIds: 'sib.evidenceOfPlacement' },
    });
    // 13 weeks after its due day the window closes.
    expect(await claim(pl.PA, 'started', [doc.PA], '2026-04-07')).toEqual({ ok: false, code: 'sib.lapsed' });
    expect(await claim(pl.PA, 'benefit_ended', [doc.PA], '2026-03-02')).toMatchObject({ ok: true });
    expect(await claim(pl.PA2, 'benefit_ended', [doc.PA2], '2026-04-27')).toEqual({ ok: false, code: 'sib.oncePerPerson' });
    expect(await claim(pl.PA, 'benefit_ended', [doc.PA], '2026-03-02')).toEqual({ ok: false, code: 'conflict' });
  });

  it('a denied milestone is claimed again with a new claim; the denial and its reason stay', async () => {
    const first = await claimMilestone(
      handle.db,
      { placementId: pl.PB, milestone: 'weeks_13', documentIds: [doc.PB], note: null, today: '2026-04-14' },
      actor(cw),
    );
    const firstId = (first as { data: { claimId: number } }).data.claimId;
    expect(await decideClaim(handle.db, { claimId: firstId, decision: 'denied', reason: null }, actor(mg))).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { reason: 'sib.reasonRequired' },
    });
    expect(await decideClaim(handle.db, { claimId: firstId, decision: 'denied', reason: 'Loonstrook week 13 ontbreekt' }, actor(mg))).toMatchObject({
      ok: true,
    });
    const extra = await evidenceOf(handle.db, { jobSeekerId: ids.B, placementId: pl.PB, uploadedBy: cw.id });
    const again = await claimMilestone(
      handle.db,
      { placementId: pl.PB, milestone: 'weeks_13', documentIds: [doc.PB, extra], note: 'Nu met week 13', today: '2026-04-20' },
      actor(cw),
    );
    expect(again).toMatchObject({ ok: true });
    await decideClaim(handle.db, { claimId: (again as { data: { claimId: number } }).data.claimId, decision: 'verified', reason: null }, actor(mg2));
    const claims = await claimsOfPlacement(handle.db, pl.PB);
    expect(claims.map((c) => [c.decision, c.reason, c.evidenceCount, c.documents.length])).toEqual([
      ['denied', 'Loonstrook week 13 ontbreekt', 1, 1],
      ['verified', null, 2, 2],
    ]);
    // A decided claim is final, in the database.
    await expect(handle.db.update(sibClaims).set({ decision: 'verified' }).where(eq(sibClaims.id, firstId))).rejects.toThrow();
    await expect(handle.db.delete(sibClaims).where(eq(sibClaims.id, firstId))).rejects.toThrow();
  });
});

describe('the ledger, hand-counted', () => {
  it('totals per quarter against the cap: the cap reached mid-quarter is shown over, not paid', async () => {
    await decideTheYear();
    expect(await periodTotals(handle.db, contractId)).toEqual({
      capCents: 1_000_000,
      quarters: [
        { quarter: '2026-Q1', verified: 4, dueCents: 850_000, paidCents: 850_000, overCents: 0, remainingCents: 150_000 },
        { quarter: '2026-Q2', verified: 2, dueCents: 600_000, paidCents: 150_000, overCents: 450_000, remainingCents: 0 },
      ],
    });
  });

  it('every milestone due in Q2 with its status on 2026-06-30, and the counts per status', async () => {
    await decideTheYear();
    const q2 = await ledgerRows(handle.db, { contractId, from: '2026-04-01', to: '2026-06-30', status: null, today: '2026-06-30', page: 1 });
    // Due in Q2: weeks_13 of PA (04-06), PD (04-06), PB (04-13), PC (05-04), PA2 (06-01); benefit_ended of PA2 (04-27).
    expect(q2.rows.map((r) => [r.placementId, r.milestone, r.dueOn, r.status, r.deniedBefore])).toEqual([
      [pl.PA, 'weeks_13', '2026-04-06', 'verified', 0],
      [pl.PD, 'weeks_13', '2026-04-06', 'lapsed', 0],
      [pl.PB, 'weeks_13', '2026-04-13', 'verified', 1],
      // A's benefit ended counts once per person: verified on PA, so on PA2 it lapses.
      [pl.PA2, 'benefit_ended', '2026-04-27', 'lapsed', 0],
      [pl.PC, 'weeks_13', '2026-05-04', 'lapsed', 0],
      [pl.PA2, 'weeks_13', '2026-06-01', 'due', 0],
    ]);
    expect(q2.rows.find((r) => r.placementId === pl.PD)?.lapsedOn).toBe('2026-02-20');
    expect(q2.byStatus).toEqual({ upcoming: 0, due: 1, claimed: 0, verified: 2, denied: 0, lapsed: 3 });
    const lapsed = await ledgerRows(handle.db, { contractId, from: '2026-04-01', to: '2026-06-30', status: 'lapsed', today: '2026-06-30', page: 1 });
    expect(lapsed.rows.map((r) => r.placementId)).toEqual([pl.PD, pl.PA2, pl.PC]);
    expect(lapsed.total).toBe(3);
  });

  it('an erased person: names and notes go, evidence files go, the outcomes and amounts still count', async () => {
    await decideTheYear();
    const [b] = await handle.db.select({ clientNumber: jobSeekers.clientNumber }).from(jobSeekers).where(eq(jobSeekers.id, ids.B));
    expect(await eraseJobSeeker(handle.db, ids.B, b!.clientNumber!, testAudit)).toMatchObject({ ok: true });
    expect((await periodTotals(handle.db, contractId)).quarters.map((q) => [q.dueCents, q.paidCents])).toEqual([
      [850_000, 850_000],
      [600_000, 150_000],
    ]);
    const claims = await claimsOfPlacement(handle.db, pl.PB);
    expect(claims.map((c) => [c.decision, c.reason, c.evidenceCount, c.documents.length])).toEqual([
      ['verified', null, 1, 0],
      ['denied', 'Bewijs onvolledig', 1, 0],
      ['verified', null, 1, 0],
    ]);
    expect(await handle.db.select().from(sibClaimEvidence).where(eq(sibClaimEvidence.documentId, doc.PB))).toEqual([]);
    const q1 = await ledgerRows(handle.db, { contractId, from: '2026-01-01', to: '2026-03-31', status: 'verified', today: '2026-06-30', page: 1 });
    expect(q1.rows.find((r) => r.placementId === pl.PB)).toMatchObject({ personName: null, status: 'verified', priceCents: 200_000 });
  });

  it('the work list: due soon and overdue to claim, claims waiting for a decision; nothing lapsed or verified', async () => {
    await decideTheYear();
    const list = await workList(handle.db, { today: '2026-04-20', caseworkerId: cw.id, section: 'claim' });
    const items = list.rows;
    expect([list.total, list.page, list.pageCount]).toEqual([2, 1, 1]);
    // PA2's start (due 03-02) and B's benefit ended (due 03-09) are overdue to claim; PA2's
    // benefit ended is not listed (A's was verified on PA), nor PC's (below 16 hours) or PD's.
    expect(items.map((i) => [i.placementId, i.milestone, i.status])).toEqual([
      [pl.PA2, 'started', 'due'],
      [pl.PB, 'benefit_ended', 'due'],
    ]);
    expect(items[0]!.claimBy).toBe('2026-06-01');
    // A page past the end answers the last page, not an empty one.
    expect((await workList(handle.db, { today: '2026-04-20', caseworkerId: cw.id, section: 'claim', page: 9 })).rows).toEqual(items);
    expect(await workList(handle.db, { today: '2026-04-20', caseworkerId: mg.id, section: 'claim' })).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
    // Claimed, it moves from the section to claim to the one to verify.
    expect(
      await claimMilestone(handle.db, { placementId: pl.PA2, milestone: 'started', documentIds: [doc.PA2], note: null, today: '2026-04-20' }, actor(cw)),
    ).toMatchObject({ ok: true });
    const sectionOf = async (section: 'claim' | 'verify') =>
      (await workList(handle.db, { today: '2026-04-20', caseworkerId: null, section })).rows.map((i) => [i.placementId, i.milestone, i.status]);
    expect(await sectionOf('claim')).toEqual([[pl.PB, 'benefit_ended', 'due']]);
    expect(await sectionOf('verify')).toEqual([[pl.PA2, 'started', 'claimed']]);
  });
});

describe('the investor report, hand-counted', () => {
  const report = (from: string, to: string, key = 'sib-2026') =>
    investorReport(handle.db, { contractId, from, to, today: '2026-06-30', key, secret: 's3cret' });

  it('Q1 2026: people entered, outcomes, lapses, drop-outs, amounts, per cohort and per pseudonymised person', async () => {
    await decideTheYear();
    const q1 = await report('2026-01-01', '2026-03-31');
    expect(q1).toMatchObject({
      peopleEntered: 4,
      placementsEntered: 5,
      claimed: 4,
      verified: 4,
      denied: 0,
      // PC's start and benefit (12 hours), PD's 13 weeks and benefit (ended 2026-02-20).
      lapsed: 4,
      dueCents: 850_000,
      paidCents: 850_000,
      remainingCents: 150_000,
      capCents: 1_000_000,
      dropOuts: { before_13_weeks: 1, before_26_weeks: 0, before_52_weeks: 0, after_52_weeks: 0 },
      // PD ended with only a free-text reason (as before the codes): counted, as not coded.
      dropOutReasons: { uncoded: 1 },
      cohorts: [{ cohort: '2026-Q1', people: 4, placements: 5, verified: 4, amountCents: 850_000, dropOuts: 1 }],
    });
    expect(q1.people.map((p) => [p.verified, p.amountCents, p.dropOut, p.dropOutReason]).sort((a, b) => String(a).localeCompare(String(b)))).toEqual(
      [
        [['benefit_ended', 'started'], 450_000, null, null],
        [['started'], 200_000, null, null],
        [['started'], 200_000, 'before_13_weeks', 'uncoded'],
        [[], 0, null, null],
      ].sort((a, b) => String(a).localeCompare(String(b))),
    );
    // Pseudonyms: stable for the same report, different in another, never a name or client number.
    expect((await report('2026-01-01', '2026-03-31')).people.map((p) => p.pseudonym)).toEqual(q1.people.map((p) => p.pseudonym));
    const other = await report('2026-01-01', '2026-03-31', 'sib-2026-Q1');
    expect(other.people.map((p) => p.pseudonym).filter((x) => q1.people.some((p) => p.pseudonym === x))).toEqual([]);
    expect(q1.people.every((p) => /^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/.test(p.pseudonym))).toBe(true);
    expect(JSON.stringify(q1)).not.toMatch(/Persoon|Test|T-\d/);

    // One page at a time on screen: the same people in the same order, the cohorts and figures of all of them.
    const paged = (page: number) =>
      investorReport(handle.db, {
        contractId,
        from: '2026-01-01',
        to: '2026-03-31',
        today: '2026-06-30',
        key: 'sib-2026',
        secret: 's3cret',
        peoplePage: { page, size: 3 },
      });
    const [one, two, three] = [await paged(1), await paged(2), await paged(3)];
    expect([one.people.length, two.people.length, three.people.length]).toEqual([3, 1, 0]);
    expect([...one.people, ...two.people].map((p) => p.pseudonym)).toEqual(q1.people.map((p) => p.pseudonym));
    expect([q1.peopleTotal, one.peopleTotal, two.peopleTotal, three.peopleTotal]).toEqual([4, 4, 4, 4]);
    expect(two.cohorts).toEqual(q1.cohorts);
    expect(two.dropOutReasons).toEqual(q1.dropOutReasons);
  });

  it('the year so far: a denial, the cap reached, a once-per-person outcome lapsed on the second placement; an erased person still counts', async () => {
    await decideTheYear();
    const [b] = await handle.db.select({ clientNumber: jobSeekers.clientNumber }).from(jobSeekers).where(eq(jobSeekers.id, ids.B));
    await eraseJobSeeker(handle.db, ids.B, b!.clientNumber!, testAudit);
    expect(await report('2026-01-01', '2026-12-31')).toMatchObject({
      peopleEntered: 4,
      placementsEntered: 5,
      claimed: 7,
      verified: 6,
      denied: 1,
      // Q1's four; PC's 13 weeks (hours); PA2's benefit (once per person: A had it on PA); and two
      // never claimed within the 13-week window: PA2's start (window to 06-01), B's benefit (to 06-08).
      lapsed: 8,
      dueCents: 1_450_000,
      paidCents: 1_000_000,
      remainingCents: 0,
    });
  });
  it('drop-outs per coded reason: chosen when the placement ends, per mark and per person; the free text stays out', async () => {
    // PB leaves for other work on 2026-03-13 (60 days: before week 13), PA2 for health on
    // 2026-06-10 (100 days after 2026-03-02: past week 13, before week 26). PD's end has only
    // its free text, as ends from before the codes do.
    const end = (placementId: number, endDate: string, endReasonCode: 'other_job' | 'health', endReason: string | null) =>
      endPlacement(handle.db, { placementId, version: 1, endDate, endReasonCode, endReason }, testAudit);
    expect((await end(pl.PB, '2026-03-13', 'other_job', 'Baan in Enschede, dichter bij huis')).ok).toBe(true);
    expect((await end(pl.PA2, '2026-06-10', 'health', null)).ok).toBe(true);

    const q1 = await report('2026-01-01', '2026-03-31');
    expect(q1.dropOuts).toEqual({ before_13_weeks: 2, before_26_weeks: 0, before_52_weeks: 0, after_52_weeks: 0 });
    expect(q1.dropOutReasons).toEqual({ uncoded: 1, other_job: 1 });
    const q2 = await report('2026-04-01', '2026-06-30');
    expect(q2.dropOuts).toEqual({ before_13_weeks: 0, before_26_weeks: 1, before_52_weeks: 0, after_52_weeks: 0 });
    expect(q2.dropOutReasons).toEqual({ health: 1 });

    const year = await report('2026-01-01', '2026-12-31');
    expect(year.dropOuts).toEqual({ before_13_weeks: 2, before_26_weeks: 1, before_52_weeks: 0, after_52_weeks: 0 });
    expect(year.dropOutReasons).toEqual({ uncoded: 1, other_job: 1, health: 1 });
    // Per person: A's latest end (PA2, health), B's other work, D not coded, C none.
    expect(year.people.map((p) => `${p.dropOut ?? '-'}/${p.dropOutReason ?? '-'}`).sort()).toEqual(
      ['-/-', 'before_13_weeks/other_job', 'before_13_weeks/uncoded', 'before_26_weeks/health'].sort(),
    );
    expect(year.cohorts).toMatchObject([{ cohort: '2026-Q1', dropOuts: 3 }]);
    expect(JSON.stringify(year)).not.toMatch(/Enschede|Proeftijd/);
  });
});
