'use server';

import { revalidatePath } from 'next/cache';
import { isForeignKeyViolation } from '@/db/errors';
import { createApiKey, revokeApiKey } from '@/db/queries/api-keys';
import { createApiKeySchema, revokeApiKeySchema } from '@/lib/validation/api-keys';
import { refuse, fail, type ActionResult } from '@/lib/domain/result';
import { addDays } from '@/lib/time/days';
import { zonedLocalToUtc } from '@/lib/time/zoned';
import { authorizedAction } from './authorized-action';

/**
 * Admins make a key for an organisation and see its secret once, in this answer; afterwards
 * only its prefix is known. The key is valid until the end of its expiry day (Dutch/German time).
 */
export async function createApiKeyAction(input: unknown): Promise<ActionResult<{ id: number; prefix: string; secret: string }>> {
  return authorizedAction({ name: 'api_key.create', schema: createApiKeySchema, input }, async (data, { db, audit }) => {
    const employerId = data.organisation === 'employer' ? Number(data.employerId) : null;
    try {
      const key = await createApiKey(
        db,
        { organisation: data.organisation, employerId, scopes: data.scopes, note: data.note, expiresAt: endOfDayInBerlin(data.expiresOn) },
        audit,
      );
      revalidatePath('/[lng]/admin/api-keys', 'page');
      return { ok: true, data: key };
    } catch (error) {
      if (isForeignKeyViolation(error)) return fail('invalid', { employerId: 'apiEmployerRequired' });
      throw error;
    }
  });
}

export async function revokeApiKeyAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'api_key.revoke', schema: revokeApiKeySchema, input }, async (data, { db, audit }) => {
    const revoked = await revokeApiKey(db, data.keyId, audit);
    if (!revoked) return refuse('notFound', { objectType: 'api_key', objectId: data.keyId });
    revalidatePath('/[lng]/admin/api-keys', 'page');
    return { ok: true, data: { id: data.keyId } };
  });
}

/** The first instant after the given day in the app's zone: the key works through its expiry day. */
function endOfDayInBerlin(day: string): Date {
  return zonedLocalToUtc(`${addDays(day, 1)}T00:00`);
}
