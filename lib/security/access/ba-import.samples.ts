import { baImportSlices, baPostings } from '@/db/schema';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';

/**
 * baSliceId: a search slice to switch off (the test database's seeded ones are truncated);
 * baPostingId: a current, named posting to link to an employer; baLinkedPostingId: one the
 * import linked to the other company (to unlink).
 */
export const baImportSamples: FeatureSamples = async (db, base) => {
  const [slice] = await db
    .insert(baImportSlices)
    .values({ keyword: 'Altenpflege', place: 'Gronau', radiusKm: 25 })
    .onConflictDoNothing()
    .returning({ id: baImportSlices.id });
  const id = slice?.id ?? (await db.select({ id: baImportSlices.id }).from(baImportSlices).limit(1))[0]?.id;
  if (id === undefined) throw new Error('no BA slice sample');
  const [posting] = await db
    .insert(baPostings)
    .values({
      reference: '10000-9990000001-S',
      title: 'Pflegehelfer (m/w/d)',
      employerName: 'Pflegedienst Beispiel GmbH',
      url: 'https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-9990000001-S',
    })
    .onConflictDoNothing()
    .returning({ id: baPostings.id });
  const postingId = posting?.id ?? (await db.select({ id: baPostings.id }).from(baPostings).limit(1))[0]?.id;
  if (postingId === undefined) throw new Error('no BA posting sample');
  const [linked] = await db
    .insert(baPostings)
    .values({
      reference: '10000-9990000002-S',
      title: 'Lagerhelfer (m/w/d)',
      employerName: 'Fremde Pflege GmbH',
      employerId: base.otherEmployerId,
      employerLinkedBy: 'import',
      url: 'https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-9990000002-S',
    })
    .onConflictDoNothing()
    .returning({ id: baPostings.id });
  return { baSliceId: id, baPostingId: postingId, baLinkedPostingId: linked?.id ?? postingId };
};
