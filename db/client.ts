import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema';

/** One type for both drivers: query code never needs to know which one it runs on. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** The PGlite instance itself (PGlite only): the job queue talks to it directly. */
  pglite?: PGlite;
  /** The connection URL (PostgreSQL only): the job queue opens a small pool of its own. */
  url?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; when absent, PGlite is used. */
  url?: string;
  /** PGlite data folder; absent means in memory. */
  dataDir?: string;
  /** Pool size for postgres.js. */
  max?: number;
  /**
   * PostgreSQL only: overrides DB_STATEMENT_TIMEOUT_MS; 0 means no limit. For the scripts whose
   * single statements are long by nature (migrations, the demo seed, a restore, the bench's fill),
   * which the app's limit for requests would cut off.
   */
  statementTimeoutMs?: number;
}

/**
 * Timeouts of the app's PostgreSQL sessions. Without them a restarted or unreachable server
 * left requests hanging on a connect that never came back (issue 21), and one slow query held
 * a pool connection for as long as it liked. Read from the environment so an operator can
 * widen them; a value that is not a positive number falls back to the default.
 */
export function postgresTimeouts(env: Record<string, string | undefined>): {
  connectTimeoutS: number;
  idleTimeoutS: number;
  statementTimeoutMs: number;
} {
  const positive = (raw: string | undefined, fallback: number) => {
    const n = Number(raw?.trim());
    return raw?.trim() && Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
  };
  return {
    connectTimeoutS: positive(env.DB_CONNECT_TIMEOUT_S, 5),
    // Idle connections are dropped so a restart of the server is not met by a pool of dead ones.
    idleTimeoutS: positive(env.DB_IDLE_TIMEOUT_S, 30),
    statementTimeoutMs: positive(env.DB_STATEMENT_TIMEOUT_MS, 15000),
  };
}

/** Seconds before the pool's n-th reconnect in a row: 50 ms doubling, at most 1 s, with jitter. */
export function reconnectDelayS(attempt: number): number {
  return Math.min(0.05 * 2 ** attempt, 1) * (0.5 + Math.random() / 2);
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.url) {
    // JIT off for the app's sessions: its queries are short, but per-row subplans (the SIB
    // ledger's status) push their cost estimates past jit_above_cost, and compiling then took
    // 1 to 2 s of a 200 ms ledger page on PostgreSQL 15+ (bench outcome-ledger). A session
    // setting of our own connections; the server's configuration stays as it is.
    const timeouts = postgresTimeouts(process.env);
    const client = postgres(options.url, {
      max: options.max ?? 10,
      onnotice: () => {},
      connect_timeout: timeouts.connectTimeoutS,
      idle_timeout: timeouts.idleTimeoutS,
      // postgres.js waits (0.5-1) x min(3^n / 100, 20) s before the pool's n-th reconnect, n
      // shared by the whole pool: a few seconds of outage under load pushed it to 20 s, and
      // every request queued behind it hung that long (npm run faults, pg-restart). At most
      // one second between tries keeps the answers fast; the refused connect itself costs ~1 ms.
      backoff: reconnectDelayS,
      connection: { jit: 'off', statement_timeout: options.statementTimeoutMs ?? timeouts.statementTimeoutMs },
    });
    const db = drizzlePostgres(client, { schema }) as unknown as Database;
    return { db, kind: 'postgres', url: options.url, close: () => client.end({ timeout: 5 }) };
  }
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return { db, kind: 'pglite', pglite: client, close: () => client.close() };
}

export function configuredDatabase(): OpenOptions {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return { url };
  return { dataDir: process.env.PGLITE_DIR?.trim() || '.data' };
}

// PGlite has no lock on its folder: two handles on one folder silently diverge. The handle
// lives on globalThis so that Next's dev reloads reuse it instead of opening a second one.
const globalForDb = globalThis as unknown as { grenzeloosDb?: Promise<DatabaseHandle> };

/** The process-wide database of the running app. */
export function appDatabase(): Promise<DatabaseHandle> {
  if (!globalForDb.grenzeloosDb) {
    const opening = openDatabase(configuredDatabase());
    globalForDb.grenzeloosDb = opening;
    // A failed start must not be cached: the next request tries again.
    opening.catch(() => {
      if (globalForDb.grenzeloosDb === opening) globalForDb.grenzeloosDb = undefined;
    });
  }
  return globalForDb.grenzeloosDb;
}

export async function getDb(): Promise<Database> {
  return (await appDatabase()).db;
}
