import { baImportSlices } from '@/db/schema';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';

/** baSliceId: a search slice to switch off (the test database's seeded ones are truncated). */
export const baImportSamples: FeatureSamples = async (db) => {
  const [slice] = await db
    .insert(baImportSlices)
    .values({ keyword: 'Altenpflege', place: 'Gronau', radiusKm: 25 })
    .onConflictDoNothing()
    .returning({ id: baImportSlices.id });
  const id = slice?.id ?? (await db.select({ id: baImportSlices.id }).from(baImportSlices).limit(1))[0]?.id;
  if (id === undefined) throw new Error('no BA slice sample');
  return { baSliceId: id };
};
