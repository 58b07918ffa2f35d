import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { employers, userSecondFactors, users } from '@/db/schema';
import type { Role } from '@/db/schema/enums';
import { hashPassword } from '@/lib/auth/password';

export interface AccountRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  employerId: number | null;
  employerName: string | null;
  active: boolean;
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  /** A confirmed second factor (TOTP). */
  secondFactor: boolean;
}

export function listAccounts(db: Database): Promise<AccountRow[]> {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      employerId: users.employerId,
      employerName: employers.name,
      active: users.active,
      lockedUntil: users.lockedUntil,
      lastSignInAt: users.lastSignInAt,
      secondFactor: sql<boolean>`${userSecondFactors.confirmedAt} is not null`,
    })
    .from(users)
    .leftJoin(employers, eq(employers.id, users.employerId))
    .leftJoin(userSecondFactors, eq(userSecondFactors.userId, users.id))
    .orderBy(asc(users.role), asc(users.name));
}

export type CreateAccountOutcome = { ok: true; id: number } | { ok: false; code: 'emailTaken' };

/**
 * Stored instead of a hash for an invited account that has not chosen its password yet: no
 * password verifies against it (verifyPassword treats a malformed hash as a failed sign-in).
 */
const NO_PASSWORD_YET = '!invited';

/** The stored hash of an account's first password, or the marker of an invitation (null). */
export async function firstPasswordHash(password: string | null): Promise<string> {
  return password === null ? NO_PASSWORD_YET : hashPassword(password);
}

/**
 * Creates an account with a first password, or (password null) as an invitation: the account
 * exists at once and signs in only after its owner chose a password through the mailed link.
 * `alsoInTransaction` runs inside the same transaction (the invitation's mail job, the audit row).
 */
export async function createAccount(
  db: Database,
  input: { name: string; email: string; role: Role; employerId: number | null; locale: 'nl' | 'de'; password: string | null },
  alsoInTransaction?: (tx: Database, id: number) => Promise<void>,
): Promise<CreateAccountOutcome> {
  const passwordHash = await firstPasswordHash(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({
          name: input.name,
          email: input.email,
          role: input.role,
          employerId: input.role === 'employer' ? input.employerId : null,
          locale: input.locale,
          passwordHash,
        })
        .returning({ id: users.id });
      await alsoInTransaction?.(tx, row!.id);
      return { ok: true as const, id: row!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_uq')) return { ok: false, code: 'emailTaken' };
    throw error;
  }
}

/**
 * Deactivating or changing a role also bumps the session version: the person's open
 * sessions stop at their next request instead of lasting until the token expires.
 */
export async function setAccountActive(db: Database, userId: number, active: boolean): Promise<{ name: string } | null> {
  const [row] = await db
    .update(users)
    .set({ active, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date(), ...(active ? { failedSignIns: 0, lockedUntil: null } : {}) })
    .where(eq(users.id, userId))
    .returning({ name: users.name });
  return row ?? null;
}

export async function changeAccountRole(
  db: Database,
  userId: number,
  role: Exclude<Role, 'employer'>,
): Promise<{ name: string; previous: Role } | { error: 'notFound' | 'employerAccount' }> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ role: users.role, name: users.name }).from(users).where(eq(users.id, userId)).for('update');
    if (!current) return { error: 'notFound' as const };
    if (current.role === 'employer') return { error: 'employerAccount' as const };
    await tx
      .update(users)
      .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    return { name: current.name, previous: current.role };
  });
}
