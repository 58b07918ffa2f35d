'use server';

import { revalidatePath } from 'next/cache';
import { enqueueMail } from '@/db/job-queue';
import { changeAccountRole, createAccount, setAccountActive } from '@/db/queries/users';
import { isGuessablePassword } from '@/lib/auth/password-strength';
import { recordAudit } from '@/db/queries/audit';
import { changeAccountRoleSchema, createAccountSchema, setAccountActiveSchema } from '@/lib/validation/accounts';
import { authorizedAction } from './authorized-action';
import { refuse, fail, type ActionResult } from '@/lib/domain/result';

function actorOf(user: { id: number; role: 'admin' | 'manager' | 'caseworker' | 'employer'; email: string }) {
  return { id: user.id, role: user.role, email: user.email };
}

/**
 * A new account. Without a password (the usual way) the person gets an invitation mail in
 * their language with a single-use link to choose one; the mail job is queued in the same
 * transaction as the account and its audit row.
 */
export async function createAccountAction(input: unknown): Promise<ActionResult<{ id: number; invited: boolean }>> {
  return authorizedAction({ name: 'account.create', schema: createAccountSchema, input }, async (data, { db, user, origin }) => {
    const invited = data.password === '';
    if (!invited && isGuessablePassword(data.password, [data.name, data.email])) return fail('invalid', { password: 'passwordGuessable' });
    const employerId = data.role === 'employer' ? Number(data.employerId) : null;
    const outcome = await createAccount(
      db,
      { name: data.name, email: data.email, role: data.role, employerId, locale: data.locale, password: invited ? null : data.password },
      async (tx, id) => {
        if (invited) await enqueueMail(tx, { kind: 'accountInvite', userId: id, invitedBy: user.id });
        await recordAudit(tx, {
          actor: actorOf(user),
          action: 'account.create',
          objectType: 'user',
          objectId: id,
          origin,
          details: { role: data.role, employerId, invited },
        });
      },
    );
    if (!outcome.ok) return fail('invalid', { email: outcome.code });
    revalidatePath('/[lng]/admin', 'layout');
    return { ok: true, data: { id: outcome.id, invited } };
  });
}

export async function setAccountActiveAction(input: unknown): Promise<ActionResult<{ name: string }>> {
  return authorizedAction({ name: 'account.set_active', schema: setAccountActiveSchema, input }, async (data, { db, user, origin }) => {
    // An admin locking themselves out would leave nobody to undo it.
    if (data.userId === user.id) return fail('notYourself');
    const row = await setAccountActive(db, data.userId, data.active);
    if (!row) return refuse('notFound', { objectType: 'user', objectId: data.userId });
    await recordAudit(db, {
      actor: actorOf(user),
      action: data.active ? 'account.activate' : 'account.deactivate',
      objectType: 'user',
      objectId: data.userId,
      origin,
    });
    revalidatePath('/[lng]/admin', 'layout');
    return { ok: true, data: row };
  });
}

export async function changeAccountRoleAction(input: unknown): Promise<ActionResult<{ name: string }>> {
  return authorizedAction({ name: 'account.change_role', schema: changeAccountRoleSchema, input }, async (data, { db, user, origin }) => {
    if (data.userId === user.id) return fail('notYourself');
    const outcome = await changeAccountRole(db, data.userId, data.role);
    if ('error' in outcome) return fail(outcome.error === 'notFound' ? 'notFound' : 'invalid');
    await recordAudit(db, {
      actor: actorOf(user),
      action: 'account.change_role',
      objectType: 'user',
      objectId: data.userId,
      origin,
      details: { from: outcome.previous, to: data.role },
    });
    revalidatePath('/[lng]/admin', 'layout');
    return { ok: true, data: { name: outcome.name } };
  });
}
