'use server';

import { revalidatePath } from 'next/cache';
import { changeOwnLanguage, changeOwnPassword } from '@/db/queries/my-account';
import { hashPassword } from '@/lib/auth/password';
import { isGuessablePassword } from '@/lib/auth/password-strength';
import { currentSessionId } from '@/lib/auth/session-id';
import { checkCurrentPassword } from '@/lib/auth/sign-in';
import { fail, type ActionResult } from '@/lib/domain/result';
import { changeLanguageSchema, changePasswordSchema } from '@/lib/validation/my-account';
import { authorizedAction } from './authorized-action';

/** "My account": a new password, with the current one; every other session of the account ends. */
export async function changePasswordAction(input: unknown): Promise<ActionResult<{ endedSessions: number }>> {
  return authorizedAction({ name: 'account.change_password', schema: changePasswordSchema, input }, async (data, { db, user, origin }) => {
    const current = await checkCurrentPassword(db, { userId: user.id, password: data.currentPassword, origin });
    if (current === 'locked') return fail('invalid', { currentPassword: 'currentPasswordLocked' });
    if (current === 'wrong') return fail('invalid', { currentPassword: 'currentPasswordWrong' });
    if (isGuessablePassword(data.password, [user.name, user.email])) return fail('invalid', { password: 'passwordGuessable' });
    const outcome = await changeOwnPassword(db, {
      actor: { id: user.id, role: user.role, email: user.email },
      passwordHash: await hashPassword(data.password),
      keepSessionId: await currentSessionId(),
      origin,
    });
    return { ok: true, data: outcome };
  });
}

/** "My account": the language of the account (its mails and, after sign-in, its pages). */
export async function changeLanguageAction(input: unknown): Promise<ActionResult<{ locale: 'nl' | 'de' }>> {
  return authorizedAction({ name: 'account.change_language', schema: changeLanguageSchema, input }, async (data, { db, user, origin }) => {
    await changeOwnLanguage(db, { actor: { id: user.id, role: user.role, email: user.email }, locale: data.locale, origin });
    revalidatePath('/[lng]', 'layout');
    return { ok: true, data: { locale: data.locale } };
  });
}
