/**
 * Which database faults a user should hear about as "try again" rather than as a bug, and
 * whether the app currently believes the database is away (issue 21).
 *
 * The belief lives on globalThis because the proxy, the pages, the route handlers and the
 * server actions of one server process are separate bundles: a module-level variable would
 * exist once per bundle. It is only ever a hint: the proxy asks the database itself before
 * it answers 503, so a stale belief costs one probe, never a wrong refusal.
 */

export type DatabaseFault = 'unavailable' | 'timeout' | 'diskFull';

interface ErrorLike {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

// postgres.js's own connection errors, and Node's socket errors under them.
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

function faultOfCode(code: string): DatabaseFault | null {
  if (CONNECTION_CODES.has(code)) return 'unavailable';
  // SQLSTATE: 08 connection exception; 57P01-57P03 server shutting down, crashed or starting up;
  // 53300 too many connections.
  if (/^08[0-9A-Z]{3}$/.test(code) || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300') return 'unavailable';
  // 57014 query_canceled: our statement_timeout cut a query off (a lock held too long, a slow plan).
  if (code === '57014') return 'timeout';
  // 53100 disk_full; ENOSPC is what PGlite's file system reports.
  if (code === '53100' || code === 'ENOSPC') return 'diskFull';
  return null;
}

/** The fault behind an error, looking through drizzle's and postgres.js's wrapping; null for any other error. */
export function databaseFault(error: unknown): DatabaseFault | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 12) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const e = current as ErrorLike;
    if (typeof e.code === 'string') {
      const fault = faultOfCode(e.code);
      if (fault) return fault;
    }
    // PGlite reports a full disk as an Emscripten errno without a code.
    if (typeof e.message === 'string' && /\bENOSPC\b|No space left on device|could not extend file/i.test(e.message)) return 'diskFull';
    queue.push(e.cause);
    if (Array.isArray(e.errors)) queue.push(...e.errors);
  }
  return null;
}

/**
 * The fault behind an error, noted: one that shows the database away makes the proxy answer
 * pages 503 until its probe finds it back. Every place that catches a request's error calls this.
 */
export function noteDatabaseFault(error: unknown): DatabaseFault | null {
  const fault = databaseFault(error);
  if (fault === 'unavailable') markDatabaseDown();
  return fault;
}

/** The code a form (or a download's page) gets for a fault: a key of locales/<lng>/validation.json. */
export const databaseFaultCodes = {
  unavailable: 'databaseUnavailable',
  timeout: 'databaseTimeout',
  diskFull: 'databaseFull',
} as const satisfies Record<DatabaseFault, string>;

const state = globalThis as unknown as { grenzeloosDatabaseDownSince?: number };

export function markDatabaseDown(now = Date.now()): void {
  state.grenzeloosDatabaseDownSince ??= now;
}

export function markDatabaseUp(): void {
  state.grenzeloosDatabaseDownSince = undefined;
}

/** When a request last found the database away (ms since epoch), or undefined while it answers. */
export function databaseDownSince(): number | undefined {
  return state.grenzeloosDatabaseDownSince;
}

/** Seconds a client is asked to wait before it tries again (Retry-After). */
export const RETRY_AFTER_S = 5;
