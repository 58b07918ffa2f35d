import { and, asc, eq, gte } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { storedFileChunks } from '@/db/schema';

/**
 * Where the bytes of documents live. Features use only this interface, so an S3-compatible
 * store can come later without touching them. `put` and `remove` take the caller's
 * transaction: with the database store the bytes and the document row commit together, so a
 * dropped upload or a failed insert leaves nothing half-stored. (An object store would write
 * first and have a sweeper remove keys that no document row names.)
 */
export interface DocumentStorage {
  put(tx: Database, key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes as a stream that reads piece by piece: memory per download stays one chunk. */
  open(db: Database, key: string): ReadableStream<Uint8Array>;
  remove(tx: Database, key: string): Promise<void>;
}

const CHUNK_BYTES = 256 * 1024;

export const databaseStorage: DocumentStorage = {
  async put(tx, key, bytes) {
    // One insert per chunk: a single multi-row insert would hold every parameter at once.
    for (let seq = 0, at = 0; at < bytes.byteLength || seq === 0; seq++, at += CHUNK_BYTES) {
      await tx.insert(storedFileChunks).values({ storageKey: key, seq, data: bytes.subarray(at, at + CHUNK_BYTES) });
    }
  },
  open(db, key) {
    let next = 0;
    return new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          const [row] = await db
            .select({ seq: storedFileChunks.seq, data: storedFileChunks.data })
            .from(storedFileChunks)
            .where(and(eq(storedFileChunks.storageKey, key), gte(storedFileChunks.seq, next)))
            .orderBy(asc(storedFileChunks.seq))
            .limit(1);
          if (!row) {
            controller.close();
            return;
          }
          next = row.seq + 1;
          controller.enqueue(row.data);
        },
      },
      // Pull one chunk at a time, only when the client has taken the previous one.
      { highWaterMark: 1 },
    );
  },
  async remove(tx, key) {
    await tx.delete(storedFileChunks).where(eq(storedFileChunks.storageKey, key));
  },
};

/** The configured store. Only the database store exists today (DOCUMENT_STORAGE=database). */
export function documentStorage(): DocumentStorage {
  return databaseStorage;
}

/** Reads a stored file whole (export ZIP and tests; downloads stream instead). */
export async function readAll(storage: DocumentStorage, db: Database, key: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = storage.open(db, key).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
