import { testAudit } from '@/lib/testing/audit';
import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { listNotifications, unreadNotificationCount } from '@/db/queries/notifications';
import { moveProposal, proposeCandidate } from '@/db/queries/proposals';
import { makeJobSeeker } from '@/lib/testing/fixtures';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { makeVacancy } from '@/lib/testing/vacancies';
import { markAllNotificationsReadAction, markNotificationReadAction } from './notifications';

withTestDatabase();

describe('in-app notifications', () => {
  it('a proposal and the employer steps notify the right people, each only in their own list', async () => {
    const db = handle.db;
    const caseworker = await makeUser(db, 'caseworker');
    const employerId = await makeEmployer(db, 'Haus Vechteblick', 'Nordhorn');
    const employer = await makeUser(db, 'employer', { employerId });
    const outsider = await makeUser(db, 'employer');
    const seekerId = await makeJobSeeker(db, { caseworkerId: caseworker.id });
    const vacancyId = await makeVacancy(db, employerId, { title: 'Pflegefachkraft' });
    const proposal = (await proposeCandidate(db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit)) as { id: number };
    await moveProposal(db, { proposalId: proposal.id, expectedVersion: 1, to: 'seen', reason: null, actorId: employer.id }, testAudit);

    expect(await unreadNotificationCount(db, employer.id)).toBe(1);
    expect(await unreadNotificationCount(db, caseworker.id)).toBe(1);
    expect(await listNotifications(db, outsider.id)).toEqual([]);
    const [forEmployer] = await listNotifications(db, employer.id);
    expect(forEmployer).toMatchObject({ kind: 'proposalNew', proposalId: proposal.id, vacancyTitle: 'Pflegefachkraft', readAt: null });
    const [forCaseworker] = await listNotifications(db, caseworker.id);
    expect(forCaseworker).toMatchObject({ kind: 'proposalStep', stage: 'seen', employerName: 'Haus Vechteblick' });

    // Another user cannot mark it read; its owner can.
    signedInAs(outsider);
    expect(await markNotificationReadAction({ id: forEmployer!.id })).toEqual({ ok: true, data: { marked: 0 } });
    expect(await unreadNotificationCount(db, employer.id)).toBe(1);
    signedInAs(employer);
    expect(await markNotificationReadAction({ id: forEmployer!.id })).toEqual({ ok: true, data: { marked: 1 } });
    expect(await unreadNotificationCount(db, employer.id)).toBe(0);
    signedInAs(caseworker);
    expect(await markAllNotificationsReadAction({ all: true })).toEqual({ ok: true, data: { marked: 1 } });
    expect(await unreadNotificationCount(db, caseworker.id)).toBe(0);
  });
});
