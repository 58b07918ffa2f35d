'use server';

import { revalidatePath } from 'next/cache';
import { confirmEnrolment, resetSecondFactor, startEnrolment } from '@/lib/auth/second-factor';
import { refuse, fail, type ActionResult } from '@/lib/domain/result';
import { confirmSecondFactorSchema, resetSecondFactorSchema, startSecondFactorSchema } from '@/lib/validation/second-factor';
import { authorizedAction } from './authorized-action';

/** "My account": a fresh secret for the authenticator app (shown as a QR code on the page). */
export async function startSecondFactorAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'account.second_factor_start', schema: startSecondFactorSchema, input }, async (_data, { db, user, audit }) => {
    if (!(await startEnrolment(db, user.id, audit))) return fail('secondFactorActive');
    revalidatePath('/[lng]/account', 'page');
    return { ok: true, data: undefined };
  });
}

/** "My account": the first code confirms the enrolment; the recovery codes come back this once. */
export async function confirmSecondFactorAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return authorizedAction({ name: 'account.second_factor_confirm', schema: confirmSecondFactorSchema, input }, async (data, { db, user, audit }) => {
    const outcome = await confirmEnrolment(db, user.id, data.code, audit);
    if (!outcome.ok) return outcome.code === 'wrong_code' ? fail('invalid', { code: 'totpWrong' }) : fail('secondFactorNoEnrolment');
    return { ok: true, data: { recoveryCodes: outcome.recoveryCodes } };
  });
}

/** Admin: removes another account's second factor (a lost phone); its owner enrols again. */
export async function resetSecondFactorAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'account.second_factor_reset', schema: resetSecondFactorSchema, input }, async (data, { db, user, audit }) => {
    // Resetting one's own factor would let a stolen admin session drop the factor it lacks.
    if (data.userId === user.id) return fail('notYourself');
    if (!(await resetSecondFactor(db, data.userId, audit))) return refuse('notFound', { objectType: 'user', objectId: data.userId });
    revalidatePath('/[lng]/admin', 'layout');
    return { ok: true, data: undefined };
  });
}
