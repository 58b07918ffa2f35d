'use server';

import { revalidatePath } from 'next/cache';
import { createEmployerWithFirstUser } from '@/db/queries/employers';
import { recordAudit } from '@/lib/audit';
import { createEmployerWithUserSchema } from '@/lib/validation/employers';
import { authorizedAction } from './authorized-action';
import { fail, type ActionResult } from './result';

export async function createEmployerWithUserAction(input: unknown): Promise<ActionResult<{ employerId: number; userId: number }>> {
  return authorizedAction(
    { name: 'employer.create_with_user', roles: ['admin'], schema: createEmployerWithUserSchema, input },
    async (data, { db, user, origin }) => {
      const outcome = await createEmployerWithFirstUser(db, {
        name: data.name,
        street: data.street || null,
        postcode: data.postcode,
        placeId: Number(data.placeId),
        sector: data.sector,
        website: data.website || null,
        user: { name: data.userName, email: data.userEmail, locale: data.userLocale, password: data.userPassword },
      });
      if (!outcome.ok) return fail('invalid', { userEmail: outcome.code });
      const actor = { id: user.id, role: user.role, email: user.email };
      await recordAudit(db, { actor, action: 'employer.create', objectType: 'employer', objectId: outcome.employerId, origin });
      await recordAudit(db, {
        actor,
        action: 'account.create',
        objectType: 'user',
        objectId: outcome.userId,
        origin,
        details: { role: 'employer', employerId: outcome.employerId },
      });
      revalidatePath('/[lng]/admin', 'layout');
      return { ok: true, data: { employerId: outcome.employerId, userId: outcome.userId } };
    },
  );
}
