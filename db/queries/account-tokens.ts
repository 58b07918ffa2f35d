import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { accountTokens, users, type User } from '@/db/schema';
import { recordAudit } from './audit';

export type TokenPurpose = 'invite' | 'reset';

/** How long a link works: an invitation two days, a reset half an hour. */
export const TOKEN_LIFETIME_MINUTES: Record<TokenPurpose, number> = { invite: 48 * 60, reset: 30 };

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** 32 random bytes, URL-safe. Only its hash is stored; the returned token goes into the link. */
export async function createAccountToken(
  db: Database,
  input: { userId: number; purpose: TokenPurpose; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[input.purpose] * 60_000);
  await db.insert(accountTokens).values({ userId: input.userId, purpose: input.purpose, tokenHash: hashToken(token), createdAt: now, expiresAt });
  return { token, expiresAt };
}

export type TokenState =
  | { ok: true; purpose: TokenPurpose; user: Pick<User, 'id' | 'name' | 'email' | 'locale'> }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' };

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What a link is worth, without using it (the page shows the form, or why not). */
export async function checkAccountToken(db: Database, token: string, now = new Date()): Promise<TokenState> {
  if (!TOKEN_SHAPE.test(token)) return { ok: false, reason: 'unknown' };
  const [row] = await db
    .select({ token: accountTokens, user: { id: users.id, name: users.name, email: users.email, locale: users.locale, active: users.active } })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(eq(accountTokens.tokenHash, hashToken(token)));
  if (!row?.user.active) return { ok: false, reason: 'unknown' };
  if (row.token.usedAt) return { ok: false, reason: 'used' };
  if (row.token.expiresAt <= now) return { ok: false, reason: 'expired' };
  const { active: _active, ...user } = row.user;
  return { ok: true, purpose: row.token.purpose as TokenPurpose, user };
}

/**
 * Sets the password through a link, once: in one transaction the token is marked used (only
 * if it still was unused: two tabs cannot both use it), the password set, failed sign-ins and
 * locks cleared, every open session ended (the session version moves), the other unused links
 * of the account voided, and the audit row written.
 */
export async function setPasswordWithToken(
  db: Database,
  input: { token: string; passwordHash: string; origin?: string | null; now?: Date },
): Promise<TokenState> {
  const now = input.now ?? new Date();
  const state = await checkAccountToken(db, input.token, now);
  if (!state.ok) return state;
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(accountTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(accountTokens.tokenHash, hashToken(input.token)),
          isNull(accountTokens.usedAt),
          sql`${accountTokens.expiresAt} > ${now.toISOString()}::timestamptz`,
        ),
      )
      .returning({ id: accountTokens.id, userId: accountTokens.userId });
    if (!used) return { ok: false as const, reason: 'used' as const };
    const [user] = await tx
      .update(users)
      .set({ passwordHash: input.passwordHash, failedSignIns: 0, lockedUntil: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(and(eq(users.id, used.userId), eq(users.active, true)))
      .returning({ id: users.id, role: users.role, email: users.email });
    if (!user) throw new Error('account gone while its link was used');
    await tx
      .update(accountTokens)
      .set({ usedAt: now })
      .where(and(eq(accountTokens.userId, used.userId), isNull(accountTokens.usedAt), ne(accountTokens.id, used.id)));
    await recordAudit(tx, {
      actor: user,
      action: state.purpose === 'invite' ? 'account.invite_accepted' : 'account.password_reset',
      objectType: 'user',
      objectId: user.id,
      origin: input.origin,
    });
    return state;
  });
}
