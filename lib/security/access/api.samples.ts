import { createApiKey } from '@/db/queries/api-keys';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';
import { testAudit } from '@/lib/testing/audit';

/** apiKey: a live key of the municipality, for the revoke sample. */
export const apiSamples: FeatureSamples = async (db) => {
  const key = await createApiKey(
    db,
    { organisation: 'municipality', employerId: null, scopes: ['vacancies:read'], note: 'Proefsleutel', expiresAt: new Date(Date.now() + 30 * 86_400_000) },
    { ...testAudit, actor: { ...testAudit.actor, id: (await db.query.users.findFirst())?.id ?? 1 } },
  );
  return { apiKey: key.id };
};
