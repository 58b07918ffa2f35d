'use server';

import { revalidatePath } from 'next/cache';
import { grantBreakGlass } from '@/db/queries/need-to-know';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { breakGlassExpiry } from '@/lib/auth/need-to-know';
import { fail, type ActionResult } from '@/lib/domain/result';
import { breakGlassSchema } from '@/lib/validation/break-glass';

/**
 * "Break the glass": a caseworker states why they open someone else's client; the grant lasts
 * the rest of the day for that one person, and the reason is in the audit trail.
 */
export async function breakGlassAction(input: unknown): Promise<ActionResult<{ until: string }>> {
  return authorizedAction({ name: 'job_seeker.break_glass', schema: breakGlassSchema, input }, async (data, { db, audit }) => {
    const outcome = await grantBreakGlass(
      db,
      { jobSeekerId: data.id, reasonCode: data.reasonCode, reasonText: data.reasonText, expiresAt: breakGlassExpiry() },
      audit,
    );
    if (!outcome.ok) return fail(outcome.code);
    revalidatePath('/[lng]/job-seekers/[id]', 'layout');
    return { ok: true, data: { until: outcome.expiresAt.toISOString() } };
  });
}
