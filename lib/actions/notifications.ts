'use server';

import { revalidatePath } from 'next/cache';
import { markNotificationsRead } from '@/db/queries/notifications';
import type { ActionResult } from '@/lib/domain/result';
import { markAllNotificationsReadSchema, markNotificationReadSchema } from '@/lib/validation/notifications';
import { authorizedAction } from './authorized-action';

/** Marks one of the user's own notifications read (another user's id changes nothing and says nothing). */
export async function markNotificationReadAction(input: unknown): Promise<ActionResult<{ marked: number }>> {
  return authorizedAction({ name: 'notification.mark_read', schema: markNotificationReadSchema, input }, async (data, { db, user }) => {
    const marked = await markNotificationsRead(db, user.id, data.id);
    revalidatePath('/[lng]', 'layout');
    return { ok: true, data: { marked } };
  });
}

export async function markAllNotificationsReadAction(input: unknown): Promise<ActionResult<{ marked: number }>> {
  return authorizedAction({ name: 'notification.mark_all_read', schema: markAllNotificationsReadSchema, input }, async (_data, { db, user }) => {
    const marked = await markNotificationsRead(db, user.id);
    revalidatePath('/[lng]', 'layout');
    return { ok: true, data: { marked } };
  });
}
