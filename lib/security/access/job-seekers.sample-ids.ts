import { and, asc, eq, isNull } from 'drizzle-orm';
import { jobSeekers, users } from '@/db/schema';
import { demoAccounts } from '@/db/seed/demo-accounts';
import type { SampleIdResolver } from '@/e2e/sample-ids';

/**
 * Ids for this feature's ':name' placeholders in its access-matrix sample paths, found in the
 * demo data. The job-seeker pages are staff only (no ownership rule between companies), but a
 * caseworker opens only their own caseload without a reason (need-to-know): the sample person
 * belongs to the demo caseworker, so every staff role opens the profile, edit form and export
 * directly. e2e/need-to-know.spec.ts opens someone else's client.
 */
export const jobSeekerResolvers: Record<string, SampleIdResolver> = {
  jobSeekerId: async (db) => {
    const email = demoAccounts.find((a) => a.role === 'caseworker')!.email;
    const [row] = await db
      .select({ id: jobSeekers.id })
      .from(jobSeekers)
      .innerJoin(users, eq(users.id, jobSeekers.caseworkerId))
      .where(and(isNull(jobSeekers.erasedAt), eq(users.email, email)))
      .orderBy(asc(jobSeekers.id))
      .limit(1);
    if (!row) throw new Error('lib/security/access/job-seekers.sample-ids.ts: the demo caseworker has no client in the demo data');
    return { own: row.id };
  },
};
