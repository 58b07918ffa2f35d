import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { getDb } from '@/db/client';
import type { Role } from '@/db/schema/enums';
import { requestAuthOptions } from './request-auth-options';
import { sessionPolicyFromEnv } from './session-policy';
import { secondFactorRequiredRoles } from './second-factor-policy';
import { resolveSession, type SessionCheck } from './sessions';

export interface SessionUser {
  id: number;
  name: string;
  email: string;
  role: Role;
  employerId: number | null;
  locale: 'nl' | 'de';
  /** The role requires a second factor (MFA_REQUIRED_ROLES) and the account has none yet. */
  mustEnrolSecondFactor: boolean;
}

const policy = sessionPolicyFromEnv();
const requiredRoles = secondFactorRequiredRoles();

/**
 * The session of this request, checked against the database once per request: the session
 * row (idle timeout, absolute lifetime, sign-out) and the account (active, role, version).
 */
export const currentSession = cache(async (): Promise<SessionCheck | null> => {
  const session = await getServerSession(await requestAuthOptions());
  if (!session?.uid) return null;
  return resolveSession(await getDb(), session, { now: new Date(), policy });
});

/**
 * The signed-in user, read fresh from the database on every request: deactivating an
 * account, changing its role, signing out or an idle/expired session takes effect at the
 * next request, not at token expiry.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const check = await currentSession();
  if (!check?.ok) return null;
  const { user, hasSecondFactor } = check;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    employerId: user.employerId,
    locale: user.locale,
    mustEnrolSecondFactor: !hasSecondFactor && requiredRoles.includes(user.role),
  };
});
