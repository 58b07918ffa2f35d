import { eq } from 'drizzle-orm';
import { cohortEmployers, cohortParticipants, cohortRecognitionSteps, cohorts, cohortSessions, jobSeekers } from '@/db/schema';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';
import { makeJobSeeker } from '@/lib/testing/fixtures';
import { makeUser } from '@/lib/testing/users';

/**
 * cohortId: a cohort (2140) linked to the signed-in employer's company, with a session
 * (cohortSessionId), an invited participant (cohortParticipantId, version 1) and one with the
 * recognition step 'applied' (cohortTrainedParticipantId);
 * cohortNewSeekerId: a job seeker not in it, client number CO-<id>.
 */
export const cohortSamples: FeatureSamples = async (db, base) => {
  const caseworker = await makeUser(db, 'caseworker');
  const [cohort] = await db
    .insert(cohorts)
    .values({ name: 'Zorg proef', provider: 'ROC van Twente', startDate: '2140-02-01', endDate: '2140-06-30', capacity: 100 })
    .returning({ id: cohorts.id });
  const cohortId = cohort!.id;
  await db.insert(cohortEmployers).values({ cohortId, employerId: base.employerId });
  const [session] = await db.insert(cohortSessions).values({ cohortId, sessionDate: '2140-02-03', topic: 'Deutsch' }).returning({ id: cohortSessions.id });
  const inside = await makeJobSeeker(db, { caseworkerId: caseworker.id });
  const [participant] = await db.insert(cohortParticipants).values({ cohortId, jobSeekerId: inside }).returning({ id: cohortParticipants.id });
  // A second participant with a recognition step on record (the first one has no history, so it can be removed).
  const trained = await makeJobSeeker(db, { caseworkerId: caseworker.id });
  const [second] = await db.insert(cohortParticipants).values({ cohortId, jobSeekerId: trained }).returning({ id: cohortParticipants.id });
  await db.insert(cohortRecognitionSteps).values({ participantId: second!.id, step: 'applied', stepDate: '2140-03-01' });
  const cohortNewSeekerId = await makeJobSeeker(db, { caseworkerId: caseworker.id });
  await db
    .update(jobSeekers)
    .set({ clientNumber: `CO-${cohortNewSeekerId}` })
    .where(eq(jobSeekers.id, cohortNewSeekerId));
  return { cohortId, cohortSessionId: session!.id, cohortParticipantId: participant!.id, cohortTrainedParticipantId: second!.id, cohortNewSeekerId };
};
