import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { proposals } from '@/db/schema';
import { careVacancy, makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy } from '@/lib/testing/vacancies';
import { makeEmployer, makeUser } from '@/lib/testing/users';
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
    expect(await proposeCandidatesAction({ vacancyId: w.vacancyId, jobSeekerIds: [w.seekerId], motivation: '' })).toEqual({ ok: false, code: 'unauthenticated' });
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
  const invite = (proposalId: number) => ({ proposalId, expectedVersion: 1, to: 'interview', reason: '', interviewAt: '2026-12-03T10:00' });

  it('the own employer invites; the interview time is stored as local time', async () => {
    const w = await proposed();
    signedInAs(w.employerUser);
    expect(await moveProposalAction(invite(w.proposalId))).toEqual({ ok: true, data: { version: 2 } });
    const [p] = await handle.db.select().from(proposals).where(eq(proposals.id, w.proposalId));
    expect(p!.interviewAt!.toISOString()).toBe('2026-12-03T09:00:00.000Z');
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
    expect(await moveProposalAction({ ...invite(w.proposalId), to: 'rejected', reason: '' })).toEqual({ ok: false, code: 'invalid', fieldErrors: { reason: 'reasonRequired' } });
    expect(await moveProposalAction({ ...invite(w.proposalId), to: 'rejected', reason: 'Deutsch reicht nicht' })).toMatchObject({ ok: true });
    // A form from before the rejection is stale; a current one cannot leave a final stage.
    expect(await moveProposalAction({ ...invite(w.proposalId), to: 'rejected', reason: 'nochmal' })).toEqual({ ok: false, code: 'conflict' });
    expect(await moveProposalAction({ ...invite(w.proposalId), expectedVersion: 2, to: 'interview' })).toEqual({ ok: false, code: 'illegalTransition' });
  });
});
