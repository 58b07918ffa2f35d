import { asc } from 'drizzle-orm';
import { cohorts } from '@/db/schema';
import type { SampleIdResolver } from '@/e2e/sample-ids';

/** The demo's training cohort (db/seed/demo-cohorts.ts); no ownership rule (staff only). */
export const cohortResolvers: Record<string, SampleIdResolver> = {
  cohortId: async (db) => {
    const [row] = await db.select({ id: cohorts.id }).from(cohorts).orderBy(asc(cohorts.id)).limit(1);
    if (!row) throw new Error('lib/security/access/cohorts.sample-ids.ts: the demo data needs a training cohort');
    return { own: row.id };
  },
};
