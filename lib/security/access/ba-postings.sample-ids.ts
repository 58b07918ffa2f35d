import { and, asc, eq, isNull } from 'drizzle-orm';
import { baPostings } from '@/db/schema';
import type { SampleIdResolver } from '@/e2e/sample-ids';

/** A current, named (not Chiffre) posting of the demo import (db/seed: one run of the local fixtures). */
export const baPostingResolvers: Record<string, SampleIdResolver> = {
  baPostingId: async (db) => {
    const [row] = await db
      .select({ id: baPostings.id })
      .from(baPostings)
      .where(and(eq(baPostings.anonymous, false), isNull(baPostings.expiredAt)))
      .orderBy(asc(baPostings.id))
      .limit(1);
    if (!row) throw new Error('lib/security/access/ba-postings.sample-ids.ts: the demo data needs an imported BA posting');
    return { own: row.id };
  },
};
