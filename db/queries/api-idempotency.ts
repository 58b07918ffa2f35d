import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { apiIdempotency } from '@/db/schema';

/**
 * Idempotent writes of the open API. The first request with a key's Idempotency-Key inserts the
 * row inside the write's transaction; a second one with the same key (sent at the same moment on
 * another connection, or retried later) waits on the primary key until the first commits, then
 * finds the stored answer and returns it instead of writing again. If the first rolls back, the
 * row is gone with it and the next request does the write. Only successes are kept: a refused
 * request may be corrected and sent again with the same key.
 */
export interface StoredReply {
  status: number;
  body: unknown;
}

export type IdempotentOutcome = { kind: 'done'; reply: StoredReply; replayed: boolean } | { kind: 'mismatch' };

class Refused extends Error {
  constructor(readonly reply: StoredReply) {
    super('refused');
  }
}

export async function runIdempotent(
  db: Database,
  key: { keyId: number; idempotencyKey: string; requestHash: string },
  write: (tx: Database) => Promise<StoredReply>,
): Promise<IdempotentOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const [claimed] = await tx
        .insert(apiIdempotency)
        .values({ keyId: key.keyId, idempotencyKey: key.idempotencyKey, requestHash: key.requestHash, status: 0, response: {} })
        .onConflictDoNothing()
        .returning({ keyId: apiIdempotency.keyId });
      if (!claimed) {
        const [stored] = await tx
          .select({ requestHash: apiIdempotency.requestHash, status: apiIdempotency.status, response: apiIdempotency.response })
          .from(apiIdempotency)
          .where(and(eq(apiIdempotency.keyId, key.keyId), eq(apiIdempotency.idempotencyKey, key.idempotencyKey)));
        if (!stored) throw new Error('idempotency row vanished');
        if (stored.requestHash !== key.requestHash) return { kind: 'mismatch' as const };
        return { kind: 'done' as const, reply: { status: stored.status, body: stored.response }, replayed: true };
      }
      const reply = await write(tx);
      if (reply.status >= 300) throw new Refused(reply);
      await tx
        .update(apiIdempotency)
        .set({ status: reply.status, response: reply.body as object })
        .where(and(eq(apiIdempotency.keyId, key.keyId), eq(apiIdempotency.idempotencyKey, key.idempotencyKey)));
      return { kind: 'done' as const, reply, replayed: false };
    });
  } catch (error) {
    if (error instanceof Refused) return { kind: 'done', reply: error.reply, replayed: false };
    throw error;
  }
}
