import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { jobSeekers, placements, proposalEvents, proposals } from '@/db/schema';
import { proposalStages } from '@/db/schema/enums';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { transitions } from '@/lib/proposals/stages';
import { careVacancy, makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy } from '@/lib/testing/vacancies';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { allowHistoryImport } from '@/db/history-import';
import { withdrawConsent } from './job-seekers';
import { moveProposal, proposalHistory, proposeCandidate, sharedCandidates, waitingForCaseworker } from './proposals';
import { testAudit } from '@/lib/testing/audit';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => resetDatabase(handle));

async function setup() {
  const db = handle.db;
  const caseworker = await makeUser(db, 'caseworker');
  const employerId = await makeEmployer(db, 'Haus Vechteblick', 'Nordhorn');
  const employerUser = await makeUser(db, 'employer', { employerId });
  const vacancyId = await makeVacancy(db, employerId, { ...careVacancy, place: 'Nordhorn' });
  const seekerId = await makeJobSeeker(db, { caseworkerId: caseworker.id });
  return { db, caseworker, employerId, employerUser, vacancyId, seekerId };
}

describe('proposing', () => {
  it('proposes once per person and vacancy, with the first step in the history', async () => {
    const { db, caseworker, vacancyId, seekerId } = await setup();
    const first = await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: 'Sehr motiviert', actorId: caseworker.id }, testAudit);
    expect(first).toMatchObject({ ok: true });
    expect(await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit)).toEqual({
      ok: false,
      code: 'alreadyProposed',
    });
    const history = await proposalHistory(db, (first as { id: number }).id);
    expect(history.map((h) => [h.fromStage, h.toStage])).toEqual([[null, 'proposed']]);
  });

  it('may propose again after a rejection', async () => {
    const { db, caseworker, employerUser, vacancyId, seekerId } = await setup();
    const first = (await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit)) as { id: number };
    await moveProposal(db, { proposalId: first.id, expectedVersion: 1, to: 'rejected', reason: 'Kein Führerschein', actorId: employerUser.id }, testAudit);
    expect(await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit)).toMatchObject({ ok: true });
  });

  it('the database refuses people with an active placement, without consent, or withdrawn', async () => {
    const { db, caseworker, employerId, vacancyId } = await setup();
    const placed = await makeJobSeeker(db);
    await db
      .insert(placements)
      .values({ jobSeekerId: placed, employerId, startDate: '2026-05-01', funding: 'regular', jobTitle: 'Helfer', hoursPerWeek: 30, contract: 'permanent' });
    expect(await proposeCandidate(db, { vacancyId, jobSeekerId: placed, motivation: null, actorId: caseworker.id }, testAudit)).toEqual({
      ok: false,
      code: 'alreadyPlaced',
    });
    const noConsent = await makeJobSeeker(db, { consent: false });
    expect(await proposeCandidate(db, { vacancyId, jobSeekerId: noConsent, motivation: null, actorId: caseworker.id }, testAudit)).toEqual({
      ok: false,
      code: 'noConsent',
    });
    const withdrawnConsent = await makeJobSeeker(db);
    await db.update(jobSeekers).set({ consentWithdrawnAt: new Date() }).where(eq(jobSeekers.id, withdrawnConsent));
    expect(await proposeCandidate(db, { vacancyId, jobSeekerId: withdrawnConsent, motivation: null, actorId: caseworker.id }, testAudit)).toEqual({
      ok: false,
      code: 'noConsent',
    });
    const withdrawn = await makeJobSeeker(db, { status: 'withdrawn' });
    expect(await proposeCandidate(db, { vacancyId, jobSeekerId: withdrawn, motivation: null, actorId: caseworker.id }, testAudit)).toEqual({
      ok: false,
      code: 'notAvailable',
    });
    expect((await db.select().from(proposals)).length).toBe(0);
  });
});

describe('moving through the pipeline', () => {
  it('the database allows exactly the transitions of lib/proposals/stages.ts', async () => {
    const { db, caseworker, vacancyId, employerId } = await setup();
    for (const from of proposalStages) {
      for (const to of proposalStages) {
        if (from === to) continue;
        const seeker = await makeJobSeeker(db);
        let proposalId = 0;
        await db.transaction(async (tx) => {
          await allowHistoryImport(tx);
          const [p] = await tx
            .insert(proposals)
            .values({ vacancyId, jobSeekerId: seeker, proposedBy: caseworker.id, stage: from })
            .returning({ id: proposals.id });
          proposalId = p!.id;
        });
        const result = await moveProposal(db, { proposalId, expectedVersion: 1, to, reason: 'x', actorId: caseworker.id }, testAudit);
        const legal = transitions[from][to] !== undefined;
        expect(result.ok, `${from} -> ${to}`).toBe(legal);
        if (!legal) expect(result).toEqual({ ok: false, code: 'illegalTransition' });
      }
    }
    expect(employerId).toBeGreaterThan(0);
  });

  it('two people moving the same candidate at once: one wins, the history has one step', async () => {
    const { db, caseworker, employerUser, vacancyId, seekerId } = await setup();
    const { id } = (await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit)) as { id: number };
    const results = await Promise.all([
      moveProposal(db, { proposalId: id, expectedVersion: 1, to: 'interview', reason: null, actorId: employerUser.id }, testAudit),
      moveProposal(db, { proposalId: id, expectedVersion: 1, to: 'rejected', reason: 'Zu weit', actorId: employerUser.id }, testAudit),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: 'conflict' }]);
    const events = await db.select().from(proposalEvents).where(eq(proposalEvents.proposalId, id));
    expect(events).toHaveLength(2);
    const [p] = await db.select().from(proposals).where(eq(proposals.id, id));
    expect(p!.version).toBe(2);
    expect(events[1]!.toStage).toBe(p!.stage);
  });
});

describe('what an employer sees', () => {
  it('only the consented parts: never address, date of birth or client number; full name only with contact consent', async () => {
    const { db } = await setup();
    const seeker = await makeJobSeeker(db, { lastName: 'Oude Egberink' });
    await db
      .update(jobSeekers)
      .set({ email: 'anna@example.nl', phone: '0612345678', consentScope: ['profile', 'languages', 'qualifications', 'contact'] })
      .where(eq(jobSeekers.id, seeker));
    const limited = (await sharedCandidates(db, [{ jobSeekerId: seeker, sharedScope: ['languages'] }])).get(seeker)!;
    expect(limited).toMatchObject({ displayName: 'Test O.', placeName: null, email: null, phone: null, qualifications: null, hoursMin: null });
    expect(limited.languages).toEqual([
      { language: 'de', level: 'B2' },
      { language: 'nl', level: 'C2' },
    ]);
    const full = (await sharedCandidates(db, [{ jobSeekerId: seeker, sharedScope: ['profile', 'contact', 'qualifications'] }])).get(seeker)!;
    expect(full).toMatchObject({ displayName: 'Test Oude Egberink', placeName: 'Enschede', email: 'anna@example.nl', languages: null });
    expect(JSON.stringify(full)).not.toMatch(/1985|7511|T-\d/);
  });
});

describe('what an employer sees follows the current consent', () => {
  async function proposedWithContact() {
    const { db, caseworker, vacancyId } = await setup();
    const seeker = await makeJobSeeker(db, { lastName: 'Oude Egberink', caseworkerId: caseworker.id });
    await db
      .update(jobSeekers)
      .set({ email: 'anna@example.nl', phone: '0612345678', consentScope: ['profile', 'languages', 'qualifications', 'contact'] })
      .where(eq(jobSeekers.id, seeker));
    const { id } = (await proposeCandidate(db, { vacancyId, jobSeekerId: seeker, motivation: null, actorId: caseworker.id }, testAudit)) as { id: number };
    const [proposal] = await db.select().from(proposals).where(eq(proposals.id, id));
    const seen = async () => (await sharedCandidates(db, [{ jobSeekerId: seeker, sharedScope: proposal!.sharedScope }])).get(seeker)!;
    return { db, caseworker, seeker, id, seen };
  }

  it('narrowed to profile: no name in full, no contact details, even though shared at the proposal', async () => {
    const { db, seeker, seen } = await proposedWithContact();
    expect(await seen()).toMatchObject({ displayName: 'Test Oude Egberink', email: 'anna@example.nl', phone: '0612345678', consentWithdrawn: false });
    await db
      .update(jobSeekers)
      .set({ consentScope: ['profile'] })
      .where(eq(jobSeekers.id, seeker));
    const now = await seen();
    expect(now).toMatchObject({
      displayName: 'Test O.',
      email: null,
      phone: null,
      languages: null,
      qualifications: null,
      placeName: 'Enschede',
      consentWithdrawn: false,
    });
  });

  it('never more than was shared at the proposal, even when consent grows later', async () => {
    const { db, caseworker, vacancyId } = await setup();
    const seeker = await makeJobSeeker(db, { caseworkerId: caseworker.id });
    await db
      .update(jobSeekers)
      .set({ email: 'later@example.nl', consentScope: ['languages'] })
      .where(eq(jobSeekers.id, seeker));
    const { id } = (await proposeCandidate(db, { vacancyId, jobSeekerId: seeker, motivation: null, actorId: caseworker.id }, testAudit)) as { id: number };
    await db
      .update(jobSeekers)
      .set({ consentScope: ['profile', 'languages', 'contact'] })
      .where(eq(jobSeekers.id, seeker));
    const [proposal] = await db.select().from(proposals).where(eq(proposals.id, id));
    expect((await sharedCandidates(db, [{ jobSeekerId: seeker, sharedScope: proposal!.sharedScope }])).get(seeker)).toMatchObject({
      email: null,
      placeName: null,
      hoursMin: null,
    });
  });

  it('withdrawn or run out: nothing at all, not even the name', async () => {
    const { db, caseworker, seeker, seen } = await proposedWithContact();
    expect(await withdrawConsent(db, seeker, 'Wil niet meer', caseworker.id, testAudit)).toMatchObject({ ok: true });
    const hidden = await seen();
    expect(hidden).toEqual({
      displayName: '—',
      consentWithdrawn: true,
      placeName: null,
      languages: null,
      qualifications: null,
      drivingLicence: null,
      hoursMin: null,
      hoursMax: null,
      availableFrom: null,
      email: null,
      phone: null,
    });
    await db.update(jobSeekers).set({ consentWithdrawnAt: null, consentUntil: '2026-01-20' }).where(eq(jobSeekers.id, seeker));
    expect(await seen()).toMatchObject({ displayName: '—', consentWithdrawn: true, email: null });
  });

  it('withdrawing closes the open proposals in the same transaction, with the cause in their history; a hire stays', async () => {
    const { db, caseworker, seeker, id } = await proposedWithContact();
    const otherEmployer = await makeEmployer(db, 'Pflege Hired GmbH', 'Gronau (Westf.)');
    const hiredVacancy = await makeVacancy(db, otherEmployer);
    const hired = (await proposeCandidate(db, { vacancyId: hiredVacancy, jobSeekerId: seeker, motivation: null, actorId: caseworker.id }, testAudit)) as {
      id: number;
    };
    for (const [to, v] of [
      ['interview', 1],
      ['hired', 2],
    ] as const) {
      expect(await moveProposal(db, { proposalId: hired.id, expectedVersion: v, to, reason: null, actorId: caseworker.id }, testAudit)).toMatchObject({
        ok: true,
      });
    }
    expect(await withdrawConsent(db, seeker, 'Op eigen verzoek', caseworker.id, testAudit)).toEqual({ ok: true, closedProposals: [id] });
    const [closed] = await db.select().from(proposals).where(eq(proposals.id, id));
    expect(closed).toMatchObject({ stage: 'withdrawn', version: 2 });
    const history = await proposalHistory(db, id);
    expect(history.at(-1)).toMatchObject({ fromStage: 'proposed', toStage: 'withdrawn', cause: 'consent_withdrawn', reason: null });
    // The caseworker's own words stay on the person's timeline: employers read proposal histories.
    expect(JSON.stringify(history)).not.toContain('Op eigen verzoek');
    expect((await db.select().from(proposals).where(eq(proposals.id, hired.id)))[0]!.stage).toBe('hired');
  });
});

describe('waitingForCaseworker', () => {
  it('lists employer replies, interviews soon and hires without a placement', async () => {
    const { db, caseworker, employerUser, vacancyId, seekerId } = await setup();
    const now = new Date();
    const { id } = (await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit)) as { id: number };
    expect(await waitingForCaseworker(db, caseworker.id, now)).toEqual([]);
    await moveProposal(
      db,
      {
        proposalId: id,
        expectedVersion: 1,
        to: 'interview',
        reason: null,
        actorId: employerUser.id,
        interviewAt: new Date(now.getTime() + 86_400_000),
      },
      testAudit,
    );
    expect((await waitingForCaseworker(db, caseworker.id, now)).map((w) => w.reason)).toEqual(['interviewSoon']);
    await moveProposal(db, { proposalId: id, expectedVersion: 2, to: 'offer', reason: null, actorId: employerUser.id, interviewAt: null }, testAudit);
    expect((await waitingForCaseworker(db, caseworker.id, now)).map((w) => w.reason)).toEqual(['employerMoved']);
    await moveProposal(db, { proposalId: id, expectedVersion: 3, to: 'hired', reason: null, actorId: employerUser.id }, testAudit);
    expect((await waitingForCaseworker(db, caseworker.id, now)).map((w) => w.reason)).toEqual(['hired']);
    const other = await makeUser(db, 'caseworker');
    expect(await waitingForCaseworker(db, other.id, now)).toEqual([]);
  });
});
