import { asc, isNull } from 'drizzle-orm';
import { jobSeekers } from '@/db/schema';
import type { SampleIdResolver } from '@/e2e/sample-ids';

/**
 * Ids for this feature's ':name' placeholders in its access-matrix sample paths, found in the
 * demo data. The job-seeker pages are staff only (no ownership rule): any person who has not
 * been erased opens the profile, edit form and export.
 */
export const jobSeekerResolvers: Record<string, SampleIdResolver> = {
  jobSeekerId: async (db) => {
    const [row] = await db.select({ id: jobSeekers.id }).from(jobSeekers).where(isNull(jobSeekers.erasedAt)).orderBy(asc(jobSeekers.id)).limit(1);
    if (!row) throw new Error('lib/security/access/job-seekers.sample-ids.ts: the demo data has no job seeker');
    return { own: row.id };
  },
};
