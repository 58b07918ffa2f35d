'use server';

import { revalidatePath } from 'next/cache';
import { dismissTodo } from '@/db/queries/todos';
import type { ActionResult } from '@/lib/domain/result';
import { dismissTodoSchema } from '@/lib/validation/todos';
import { authorizedAction } from './authorized-action';

/**
 * Ticks one of the user's own home-page to-dos off or puts it aside. The row is the session
 * user's: a key that is not theirs hides nothing of anyone else's. No personal data changes.
 */
export async function dismissTodoAction(input: unknown): Promise<ActionResult<{ key: string }>> {
  return authorizedAction({ name: 'todo.dismiss', schema: dismissTodoSchema, input }, async (data, { db, user }) => {
    await dismissTodo(db, user.id, data.key, data.how);
    revalidatePath('/[lng]', 'page');
    return { ok: true, data: { key: data.key } };
  });
}
