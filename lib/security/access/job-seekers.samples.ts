import { eq } from 'drizzle-orm';
import { jobSeekers } from '@/db/schema';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';
import { makeJobSeeker, placeId } from '@/lib/testing/job-seekers';
import { makeUser } from '@/lib/testing/users';

/**
 * Rows this feature's access-matrix samples need, by name (SampleIds.more):
 *   jobSeekerId:         a live person in intake with consent given and no caseworker yet, version 1
 *                        (status change, consent, note, check, edit);
 *   erasableJobSeekerId: a live person of the base caseworker whose client number is WEG-<id>;
 *   ownJobSeekerId:      a live person of the base caseworker, to hand over to colleagueId (only the
 *                        owner, a manager or an admin may hand a person over);
 *   colleagueId:         another active caseworker;
 *   dutchPlaceId:        a Dutch place for the register/edit form.
 */
export const jobSeekerSamples: FeatureSamples = async (db, base) => {
  const jobSeekerId = await makeJobSeeker(db, { consentGivenOn: '2025-01-10', consentScope: ['profile'] });
  const erasableJobSeekerId = await makeJobSeeker(db, { caseworkerId: base.userId });
  await db
    .update(jobSeekers)
    .set({ clientNumber: `WEG-${erasableJobSeekerId}` })
    .where(eq(jobSeekers.id, erasableJobSeekerId));
  const ownJobSeekerId = await makeJobSeeker(db, { caseworkerId: base.userId });
  const colleague = await makeUser(db, 'caseworker', { name: 'Collega Klantmanager' });
  return { jobSeekerId, erasableJobSeekerId, ownJobSeekerId, colleagueId: colleague.id, dutchPlaceId: await placeId(db, 'Enschede') };
};
