import type { Database } from '@/db/client';
import { userSecondFactors } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { enrolKnownSecret } from '@/lib/auth/second-factor';
import { sealSecret, secretKeyFrom, totpCode } from '@/lib/auth/totp';
import type { SampleIds } from '../access-matrix';

const SAMPLE_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/**
 * Samples that need a row of the signed-in user (not of the shared sample ids): confirming needs
 * the actor's own pending enrolment, and the code of its secret for now; resetting needs a target
 * with a factor. Each makes its rows and returns the input to call the action with.
 */
export const secondFactorActorSamples: Record<string, (db: Database, actor: SessionUser, ids: SampleIds) => Promise<unknown>> = {
  'account.second_factor_confirm': async (db, actor) => {
    await db
      .insert(userSecondFactors)
      .values({ userId: actor.id, secretCiphertext: sealSecret(secretKeyFrom(process.env), actor.id, SAMPLE_SECRET) })
      .onConflictDoNothing();
    return { code: totpCode(SAMPLE_SECRET) };
  },
  'account.second_factor_reset': async (db, _actor, ids) => {
    await enrolKnownSecret(db, ids.userId, SAMPLE_SECRET);
    return { userId: ids.userId };
  },
};
