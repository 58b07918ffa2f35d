import { addDocument } from '@/db/queries/documents';
import { databaseStorage } from '@/db/document-storage';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';
import { makeJobSeeker } from '@/lib/testing/job-seekers';
import { TINY_PNG } from '@/lib/testing/documents';

/** documentId: a PNG of a live person, for the delete action. */
export const documentSamples: FeatureSamples = async (db, base) => {
  const jobSeekerId = await makeJobSeeker(db, {});
  const stored = await addDocument(db, databaseStorage, {
    jobSeekerId,
    placementId: null,
    kind: 'diploma',
    title: 'Diploma MBO 3',
    documentDate: null,
    fileName: 'diploma.png',
    contentType: 'image/png',
    bytes: TINY_PNG,
    sha256: 'a'.repeat(64),
    uploadedBy: base.userId,
    personLimitBytes: 50 * 1024 * 1024,
  });
  if (!stored.ok) throw new Error(`document sample: ${stored.code}`);
  return { documentId: stored.id };
};
