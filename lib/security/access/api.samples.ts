import { apiKeys } from '@/db/schema';
import { newApiSecret } from '@/lib/domain/api-secret';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';

/** apiKey: a live key of the municipality, for the revoke sample (inserted as is: samples write no audit rows). */
export const apiSamples: FeatureSamples = async (db) => {
  const { prefix, hash } = newApiSecret();
  const [row] = await db
    .insert(apiKeys)
    .values({
      organisation: 'municipality',
      scopes: ['vacancies:read'],
      note: 'Proefsleutel',
      prefix,
      secretHash: hash,
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
    })
    .returning({ id: apiKeys.id });
  return { apiKey: row!.id };
};
