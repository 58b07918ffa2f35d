import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import type { Role } from '@/db/schema/enums';
import type { Lng } from '@/lib/i18n/settings';
import { currentSession, getCurrentUser, type SessionUser } from './current-user';

/**
 * For pages and layouts: the signed-in user, or off to the sign-in page of this language
 * (telling the user when their session ran out, so they know why).
 */
export async function requireUser(lng: Lng): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = (await headers()).get('x-pathname');
    const session = await currentSession();
    const query = new URLSearchParams();
    if (path) query.set('callbackUrl', path);
    if (session && !session.ok && (session.reason === 'idle' || session.reason === 'expired')) query.set('expired', '1');
    const search = query.toString();
    redirect(`/${lng}/login${search ? `?${search}` : ''}`);
  }
  return user;
}

/** For pages: the signed-in user if their role may be here, otherwise a 403 page. */
export async function requireRole(lng: Lng, roles: readonly Role[]): Promise<SessionUser> {
  const user = await requireUser(lng);
  if (!roles.includes(user.role)) forbidden();
  return user;
}
