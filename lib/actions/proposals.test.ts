import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, proposalEvents, proposals } from '@/db/schema';
import { careVacancy, makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy } from '@/lib/testing/vacancies';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { withdrawConsentAction } from './job-seekers';
import { moveProposalAction, proposeCandidatesAction } from './proposals';

withTestDatabase();

async function world() {
  const db = handle.db;
  const ownEmployer = await makeEmployer(db, 'Eigene Pflege GmbH');
  const otherEmployer = await makeEmployer(db, 'Fremde Pflege GmbH');
  const employerUser = await makeUser(db, 'employer', { employerId: ownEmployer });
  const otherEmployerUser = await makeUser(db, 'employer', { employerId: otherEmployer });
  const caseworker = await makeUser(db, 'caseworker');
  const vacancyId = await makeVacancy(db, ownEmployer, careVacancy);
  const seekerId = await makeJobSeeker(db, { caseworkerId: caseworker.id });
  return { ownEmployer, employerUser, otherEmployerUser, caseworker, vacancyId, seekerId };
}

describe('proposeCandidatesAction: role x action', () => {
  it.each([
    ['admin', true],
    ['caseworker', true],
    ['manager', false],
    ['employer', false],
  ] as const)('%s may propose: %s', async (role, allowed) => {
    const w = await world();
    signedInAs(role === 'employer' ? w.employerUser : await makeUser(handle.db, role));
    const result = await proposeCandidatesAction({ vacancyId: w.vacancyId, jobSeekerIds: [w.seekerId], motivation: 'Passt gut' });
    if (allowed) expect(result).toEqual({ ok: true, data: { proposed: [w.seekerId], refused: [] } });
    else expect(result).toEqual({ ok: false, code: 'forbidden' });
  });

  it('anonymous: unauthenticated', async () => {
    const w = await world();
    signedInAs(null);
    expect(await proposeCandidatesAction({ vacancyId: w.vacancyId, jobSeekerIds: [w.seekerId], motivation: '' })).toEqual({
      ok: false,
      code: 'unauthenticated',
    });
  });

  it('refuses closed vacancies and reports each refused person', async () => {
    const w = await world();
    signedInAs(w.caseworker);
    const noConsent = await makeJobSeeker(handle.db, { consent: false });
    expect(await proposeCandidatesAction({ vacancyId: w.vacancyId, jobSeekerIds: [w.seekerId, noConsent], motivation: '' })).toEqual({
      ok: true,
      data: { proposed: [w.seekerId], refused: [{ jobSeekerId: noConsent, code: 'noConsent' }] },
    });
    const closed = await makeVacancy(handle.db, w.ownEmployer, { ...careVacancy, status: 'closed' });
    expect(await proposeCandidatesAction({ vacancyId: closed, jobSeekerIds: [w.seekerId], motivation: '' })).toEqual({ ok: false, code: 'vacancyNotOpen' });
  });
});

describe('moveProposalAction: role x action and ownership', () => {
  async function proposed() {
    const w = await world();
    signedInAs(w.caseworker);
    await proposeCandidatesAction({ vacancyId: w.vacancyId, jobSeekerIds: [w.seekerId], motivation: '' });
    const [p] = await handle.db.select().from(proposals);
    return { ...w, proposalId: p!.id };
  }
  const invite = (proposalId: number) => ({ proposalId, expectedVersion: 1, to: 'interview', reason: '', interviewAt: '2030-01-15T10:00' });

  it('the own employer invites; the interview time is stored as local time', async () => {
    const w = await proposed();
    signedInAs(w.employerUser);
    expect(await moveProposalAction(invite(w.proposalId))).toEqual({ ok: true, data: { version: 2 } });
    const [p] = await handle.db.select().from(proposals).where(eq(proposals.id, w.proposalId));
    expect(p!.interviewAt!.toISOString()).toBe('2030-01-15T09:00:00.000Z');
  });

  it('another employer gets "not found", as for an id that does not exist', async () => {
    const w = await proposed();
    signedInAs(w.otherEmployerUser);
    expect(await moveProposalAction(invite(w.proposalId))).toEqual({ ok: false, code: 'notFound' });
    expect(await moveProposalAction(invite(w.proposalId + 1000))).toEqual({ ok: false, code: 'notFound' });
  });

  it('a caseworker cannot take the employer’s step when the employer has an account; a manager cannot move at all', async () => {
    const w = await proposed();
    signedInAs(w.caseworker);
    expect(await moveProposalAction(invite(w.proposalId))).toEqual({ ok: false, code: 'notYourStep' });
    signedInAs(await makeUser(handle.db, 'manager'));
    expect(await moveProposalAction(invite(w.proposalId))).toEqual({ ok: false, code: 'forbidden' });
  });

  it('an employer cannot withdraw, needs a reason to reject, and a stale version is a conflict', async () => {
    const w = await proposed();
    signedInAs(w.employerUser);
    expect(await moveProposalAction({ ...invite(w.proposalId), to: 'withdrawn', reason: 'x' })).toEqual({ ok: false, code: 'notYourStep' });
    expect(await moveProposalAction({ ...invite(w.proposalId), to: 'rejected', reason: '' })).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { reason: 'reasonRequired' },
    });
    expect(await moveProposalAction({ ...invite(w.proposalId), to: 'rejected', reason: 'Deutsch reicht nicht' })).toMatchObject({ ok: true });
    // A form from before the rejection is stale; a current one cannot leave a final stage.
    expect(await moveProposalAction({ ...invite(w.proposalId), to: 'rejected', reason: 'nochmal' })).toEqual({ ok: false, code: 'conflict' });
    expect(await moveProposalAction({ ...invite(w.proposalId), expectedVersion: 2, to: 'interview' })).toEqual({ ok: false, code: 'illegalTransition' });
  });
});

describe('appointments: only ahead, and may be moved', () => {
  async function invited() {
    const w = await world();
    signedInAs(w.caseworker);
    await proposeCandidatesAction({ vacancyId: w.vacancyId, jobSeekerIds: [w.seekerId], motivation: '' });
    const [p] = await handle.db.select().from(proposals);
    signedInAs(w.employerUser);
    return { ...w, proposalId: p!.id };
  }

  it('refuses an interview or trial day in the past, in both the form schema and the action', async () => {
    const w = await invited();
    for (const to of ['interview', 'trial_day'] as const) {
      const past = { proposalId: w.proposalId, expectedVersion: 1, to, reason: '', interviewAt: '2020-03-02T10:00' };
      expect(await moveProposalAction(past)).toEqual({ ok: false, code: 'invalid', fieldErrors: { interviewAt: 'appointmentInPast' } });
    }
    const [p] = await handle.db.select().from(proposals).where(eq(proposals.id, w.proposalId));
    expect(p).toMatchObject({ stage: 'proposed', version: 1, interviewAt: null });
  });

  it('moves an interview to a new date, kept in the history; the caseworker may not when the employer has an account', async () => {
    const w = await invited();
    expect(await moveProposalAction({ proposalId: w.proposalId, expectedVersion: 1, to: 'interview', reason: '', interviewAt: '2030-01-15T10:00' })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    const later = { proposalId: w.proposalId, expectedVersion: 2, to: 'interview', reason: 'Krank,\nneuer Termin', interviewAt: '2030-01-22T14:30' };
    expect(await moveProposalAction({ ...later, interviewAt: '' })).toEqual({ ok: false, code: 'invalid', fieldErrors: { interviewAt: 'required' } });
    signedInAs(w.caseworker);
    expect(await moveProposalAction(later)).toEqual({ ok: false, code: 'notYourStep' });
    signedInAs(w.employerUser);
    expect(await moveProposalAction(later)).toEqual({ ok: true, data: { version: 3 } });
    const [p] = await handle.db.select().from(proposals).where(eq(proposals.id, w.proposalId));
    expect(p).toMatchObject({ stage: 'interview', version: 3 });
    expect(p!.interviewAt!.toISOString()).toBe('2030-01-22T13:30:00.000Z');
    const history = await handle.db.select().from(proposalEvents).where(eq(proposalEvents.proposalId, w.proposalId)).orderBy(proposalEvents.id);
    expect(history.map((h) => [h.fromStage, h.toStage, h.cause, h.interviewAt?.toISOString() ?? null, h.reason])).toEqual([
      [null, 'proposed', null, null, null],
      ['proposed', 'interview', null, '2030-01-15T09:00:00.000Z', null],
      ['interview', 'interview', 'rescheduled', '2030-01-22T13:30:00.000Z', 'Krank,\nneuer Termin'],
    ]);
    // A stage without an appointment cannot be "moved" to itself.
    expect(await moveProposalAction({ ...later, expectedVersion: 3, to: 'offer', interviewAt: '' })).toMatchObject({ ok: true });
    expect(await moveProposalAction({ ...later, expectedVersion: 4, to: 'offer', interviewAt: '' })).toEqual({ ok: false, code: 'illegalTransition' });
  });
});

describe('consent withdrawn: reaches the employer at once', () => {
  it('the caseworker withdraws; the open proposal is closed with that cause, audited, and the employer can no longer move it', async () => {
    const w = await world();
    signedInAs(w.caseworker);
    await proposeCandidatesAction({ vacancyId: w.vacancyId, jobSeekerIds: [w.seekerId], motivation: '' });
    const [p] = await handle.db.select().from(proposals);
    expect(await withdrawConsentAction({ id: w.seekerId, reason: 'Wil niet\nmeer gedeeld worden' })).toEqual({ ok: true, data: undefined });
    const [closed] = await handle.db.select().from(proposals).where(eq(proposals.id, p!.id));
    expect(closed).toMatchObject({ stage: 'withdrawn', version: 2 });
    const events = await handle.db
      .select()
      .from(proposalEvents)
      .where(and(eq(proposalEvents.proposalId, p!.id), eq(proposalEvents.toStage, 'withdrawn')));
    expect(events).toMatchObject([{ cause: 'consent_withdrawn', actorId: w.caseworker.id, reason: null }]);
    const [audit] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'job_seeker.withdraw_consent'));
    expect(audit).toMatchObject({ result: 'ok', jobSeekerId: w.seekerId, details: { closedProposals: [p!.id] } });
    signedInAs(w.employerUser);
    expect(await moveProposalAction({ proposalId: p!.id, expectedVersion: 2, to: 'interview', reason: '', interviewAt: '' })).toEqual({
      ok: false,
      code: 'illegalTransition',
    });
  });
});
