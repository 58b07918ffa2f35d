import { asc, eq } from 'drizzle-orm';
import { placements } from '@/db/schema';
import type { SampleIdResolver } from '@/e2e/sample-ids';

/**
 * Ids for the placement pages' placeholders, from the demo data. The placement pages are staff
 * only (no ownership rule): any placement opens the detail page; a SIB one, so that the page
 * shows its milestones too (for the accessibility run), else any.
 */
export const placementResolvers: Record<string, SampleIdResolver> = {
  placementId: async (db) => {
    const [sib] = await db.select({ id: placements.id }).from(placements).where(eq(placements.funding, 'sib')).orderBy(asc(placements.id)).limit(1);
    const [any] = sib ? [sib] : await db.select({ id: placements.id }).from(placements).orderBy(asc(placements.id)).limit(1);
    if (!any) throw new Error('lib/security/access/placements.sample-ids.ts: the demo data has no placement');
    return { own: any.id };
  },
};
