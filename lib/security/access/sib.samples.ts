import { eq } from 'drizzle-orm';
import { sibContractOutcomes, sibClaims, placementMilestones } from '@/db/schema';
import { insertContract } from '@/db/queries/sib-contracts';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';
import { insertPlacement, makePerson } from '@/lib/testing/placements';
import { evidenceOf } from '@/lib/testing/sib';
import { addDays } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';

/**
 * sibContractId/sibOutcomeId: a contract of its own far period (no placements) at version 1.
 * sibClaimPlacementId/sibEvidenceId: a SIB placement of last week under a contract of the
 * last 60 days, its start due, with an evidence document. sibOpenClaimId: a claim of the
 * sample caseworker waiting for a decision on a second such placement.
 */
export const sibSamples: FeatureSamples = async (db, base) => {
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
  const today = todayInAppZone();
  const start = addDays(today, -7);
  const sibPlacement = async () => {
    const jobSeekerId = await makePerson(db, { sibCohort: true, caseworkerId: base.userId });
    const placementId = await insertPlacement(db, { jobSeekerId, employerId: base.employerId, startDate: start, funding: 'sib', caseworkerId: base.userId });
    return { jobSeekerId, placementId };
  };
  const claimable = await sibPlacement();
  const claimed = await sibPlacement();
  await insertContract(db, {
    name: 'SIB Lopend',
    investor: 'Fonds',
    startsOn: addDays(today, -60),
    endsOn: addDays(today, -1),
    capCents: 10_000_000,
    claimWindowWeeks: 13,
    outcomes: [
      { milestone: 'started', weeksAfterStart: 0, minHoursPerWeek: 16, priceCents: 200_000, countsPer: 'placement', evidenceNeeded: 'Startbevestiging' },
    ],
  });
  const sibEvidenceId = await evidenceOf(db, { ...claimable, uploadedBy: base.userId });
  await evidenceOf(db, { ...claimed, uploadedBy: base.userId });
  const [claim] = await db
    .insert(sibClaims)
    .values({ placementId: claimed.placementId, milestone: 'started', claimedBy: base.userId, evidenceCount: 1 })
    .returning({ id: sibClaims.id });
  await db.update(placementMilestones).set({ state: 'claimed' }).where(eq(placementMilestones.placementId, claimed.placementId));
  return { sibContractId, sibOutcomeId: outcome!.id, sibClaimPlacementId: claimable.placementId, sibEvidenceId, sibOpenClaimId: claim!.id };
};
