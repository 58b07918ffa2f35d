import { sibContractOutcomes } from '@/db/schema';
import { insertContract } from '@/db/queries/sib-contracts';
import { eq } from 'drizzle-orm';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';

/** A contract of its own period (no placements in it) with one outcome, at version 1. */
export const sibSamples: FeatureSamples = async (db) => {
  const sibContractId = await insertContract(db, {
    name: 'SIB Proefcontract',
    investor: 'Fonds',
    startsOn: '2140-01-01',
    endsOn: '2141-12-31',
    capCents: 10_000_000,
    claimWindowWeeks: 13,
    outcomes: [{ milestone: 'weeks_13', weeksAfterStart: 13, minHoursPerWeek: 16, priceCents: 300_000, countsPer: 'placement', evidenceNeeded: 'Loonstroken' }],
  });
  const [outcome] = await db.select({ id: sibContractOutcomes.id }).from(sibContractOutcomes).where(eq(sibContractOutcomes.contractId, sibContractId));
  return { sibContractId, sibOutcomeId: outcome!.id };
};
