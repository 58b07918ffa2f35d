import type { Database } from '@/db/client';
import { placementChecks, programmeTargets } from '@/db/schema';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';
import { insertPlacement, makePerson } from '@/lib/testing/placements';
import { addDays, addMonths } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';

const RETENTION_MONTHS = [1, 3, 6, 12] as const;

/** A placement (version 1) with its four pending retention checks, straight into the tables (no audit rows). */
async function placementWithChecks(
  db: Database,
  p: { employerId: number; startDate: string; funding?: 'regular' | 'sib'; endDate?: string; caseworkerId: number },
): Promise<number> {
  const jobSeekerId = await makePerson(db, { sibCohort: p.funding === 'sib', caseworkerId: p.caseworkerId });
  const id = await insertPlacement(db, {
    jobSeekerId,
    employerId: p.employerId,
    startDate: p.startDate,
    funding: p.funding ?? 'regular',
    caseworkerId: p.caseworkerId,
    endDate: p.endDate ?? null,
  });
  await db.insert(placementChecks).values(
    RETENTION_MONTHS.map((months) => {
      const dueOn = addMonths(p.startDate, months);
      const closed = p.endDate ? (dueOn > p.endDate ? 'ended' : 'still_working') : 'pending';
      return { placementId: id, months, dueOn, outcome: closed } as const;
    }),
  );
  return id;
}

/** Rows this feature's access-matrix samples need, by name (SampleIds.more). */
export const placementSamples: FeatureSamples = async (db, base) => {
  const today = todayInAppZone();
  const placementSeekerId = await makePerson(db, { caseworkerId: base.userId });
  const placementToEditId = await placementWithChecks(db, { employerId: base.employerId, startDate: '2026-02-02', caseworkerId: base.userId });
  const placementToEndId = await placementWithChecks(db, { employerId: base.employerId, startDate: '2026-01-05', caseworkerId: base.userId });
  const endedPlacementId = await placementWithChecks(db, {
    employerId: base.employerId,
    startDate: '2025-09-01',
    endDate: '2025-11-30',
    caseworkerId: base.userId,
  });
  // Started 40 days ago: the 1-month check is due.
  const placementToCheckId = await placementWithChecks(db, { employerId: base.employerId, startDate: addDays(today, -40), caseworkerId: base.userId });
  const [programme] = await db
    .insert(programmeTargets)
    .values({ name: 'Twente-breed 200', fromYear: 2024, toYear: 2027, funding: null, target: 200 })
    .returning({ id: programmeTargets.id });
  return { placementSeekerId, placementToEditId, placementToEndId, endedPlacementId, placementToCheckId, programmeTargetId: programme!.id };
};
