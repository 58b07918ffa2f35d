import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Role } from '@/db/schema/enums';
import { authOptions } from './options';

export interface SessionUser {
  id: number;
  name: string;
  email: string;
  role: Role;
  employerId: number | null;
  locale: 'nl' | 'de';
}

/**
 * The signed-in user, read fresh from the database on every request: deactivating an
 * account, changing its role or signing out takes effect at the next request, not at
 * token expiry.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid) return null;
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, session.uid)).limit(1);
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    employerId: user.employerId,
    locale: user.locale,
  };
});
