import { asc } from 'drizzle-orm';
import { sibContracts } from '@/db/schema';
import type { SampleIdResolver } from '@/e2e/sample-ids';

/** The contract page opens the demo data's SIB contract. */
export const sibResolvers: Record<string, SampleIdResolver> = {
  sibContractId: async (db) => {
    const [contract] = await db.select({ id: sibContracts.id }).from(sibContracts).orderBy(asc(sibContracts.id)).limit(1);
    if (!contract) throw new Error('lib/security/access/sib.sample-ids.ts: the demo data has no SIB contract');
    return { own: contract.id };
  },
};
