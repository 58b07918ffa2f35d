import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { apiKeys, apiRateWindows, employers, users } from '@/db/schema';
import type { ApiOrganisation, ApiScope } from '@/lib/validation/api-keys';
import { newApiSecret } from '@/lib/domain/api-secret';
import { recordAudit, type AuditContext } from './audit';

/**
 * API keys: made and revoked by admins, looked up by the hash of the secret on every request
 * to /api/v1. The secret leaves here once, in createApiKey's answer; only its hash is stored.
 */

export interface ApiKeyListRow {
  id: number;
  organisation: ApiOrganisation;
  employerId: number | null;
  employerName: string | null;
  scopes: ApiScope[];
  note: string;
  prefix: string;
  expiresAt: Date;
  createdAt: Date;
  createdByName: string | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export async function listApiKeys(db: Database): Promise<ApiKeyListRow[]> {
  const rows = await db
    .select({
      id: apiKeys.id,
      organisation: apiKeys.organisation,
      employerId: apiKeys.employerId,
      employerName: employers.name,
      scopes: apiKeys.scopes,
      note: apiKeys.note,
      prefix: apiKeys.prefix,
      expiresAt: apiKeys.expiresAt,
      createdAt: apiKeys.createdAt,
      createdByName: users.name,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .leftJoin(employers, eq(employers.id, apiKeys.employerId))
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map((r) => ({ ...r, organisation: r.organisation as ApiOrganisation, scopes: r.scopes as ApiScope[] }));
}

export interface NewApiKey {
  organisation: ApiOrganisation;
  employerId: number | null;
  scopes: readonly ApiScope[];
  note: string;
  expiresAt: Date;
}

/** Makes a key; the answer holds the secret, the one time it exists outside the caller's system. */
export async function createApiKey(db: Database, input: NewApiKey, audit: AuditContext): Promise<{ id: number; prefix: string; secret: string }> {
  const { secret, prefix, hash } = newApiSecret();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        organisation: input.organisation,
        employerId: input.employerId,
        scopes: [...new Set(input.scopes)],
        note: input.note,
        prefix,
        secretHash: hash,
        expiresAt: input.expiresAt,
        createdBy: audit.actor.id,
      })
      .returning({ id: apiKeys.id });
    await recordAudit(tx, {
      ...audit,
      action: 'api_key.create',
      objectType: 'api_key',
      objectId: row!.id,
      details: { organisation: input.organisation, employerId: input.employerId, scopes: input.scopes, prefix, expiresAt: input.expiresAt.toISOString() },
    });
    return { id: row!.id, prefix, secret };
  });
}

/** Revokes at once: the next request with the key is refused. false: no such key, or already revoked. */
export async function revokeApiKey(db: Database, keyId: number, audit: AuditContext): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date(), revokedBy: audit.actor.id })
      .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, prefix: apiKeys.prefix });
    if (!row) return false;
    await recordAudit(tx, { ...audit, action: 'api_key.revoke', objectType: 'api_key', objectId: row.id, details: { prefix: row.prefix } });
    return true;
  });
}

export interface ActiveApiKey {
  id: number;
  organisation: ApiOrganisation;
  employerId: number | null;
  scopes: ApiScope[];
  prefix: string;
}

/** The key with this secret hash, if it is neither revoked nor expired at `now`. */
export async function findActiveApiKey(db: Database, secretHash: string, now: Date): Promise<ActiveApiKey | null> {
  const [row] = await db
    .select({ id: apiKeys.id, organisation: apiKeys.organisation, employerId: apiKeys.employerId, scopes: apiKeys.scopes, prefix: apiKeys.prefix })
    .from(apiKeys)
    .where(and(eq(apiKeys.secretHash, secretHash), isNull(apiKeys.revokedAt), gt(apiKeys.expiresAt, now)))
    .limit(1);
  return row ? { ...row, organisation: row.organisation as ApiOrganisation, scopes: row.scopes as ApiScope[] } : null;
}

/**
 * Counts one request of the key in its window (one statement, so concurrent requests on any
 * instance count exactly) and returns the count so far. The first request of a window also
 * notes when the key was last used and deletes windows that are over.
 */
export async function countApiRequest(db: Database, keyId: number, windowStart: Date): Promise<number> {
  const [row] = await db
    .insert(apiRateWindows)
    .values({ keyId, windowStart, requests: 1 })
    .onConflictDoUpdate({ target: [apiRateWindows.keyId, apiRateWindows.windowStart], set: { requests: sql`${apiRateWindows.requests} + 1` } })
    .returning({ requests: apiRateWindows.requests });
  const requests = row?.requests ?? 1;
  if (requests === 1) {
    await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, keyId));
    await db.delete(apiRateWindows).where(lt(apiRateWindows.windowStart, windowStart));
  }
  return requests;
}
