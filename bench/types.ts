import type { Database } from '@/db/client';
import type { Role } from '@/db/schema/enums';

/** Accounts the bench signs in with; created by the base fill. */
export const benchAccounts: Record<Role, { email: string; password: string }> = {
  admin: { email: 'bench-admin@grenzeloos.bench', password: 'Bench-Password-2026' },
  manager: { email: 'bench-manager@grenzeloos.bench', password: 'Bench-Password-2026' },
  caseworker: { email: 'bench-caseworker@grenzeloos.bench', password: 'Bench-Password-2026' },
  employer: { email: 'bench-employer@grenzeloos.bench', password: 'Bench-Password-2026' },
};

export interface BenchContext {
  db: Database;
  /** Ids the fill step found or made, for cases to build paths and queries from. */
  ids: Record<string, number>;
}

export interface BenchCase {
  name: string;
  /** Who asks: the app request runs signed in as this role's bench account. */
  role: Role;
  /** Brings the database to the size the issue names; must be idempotent (skip when already there). */
  fill?: (ctx: BenchContext) => Promise<void>;
  /** Environment for the app server, prepared before it starts (e.g. the URL of a fake API this process serves). */
  serverEnv?: () => Promise<Record<string, string>>;
  /** The same data fetched by one plain SQL query: the floor. Returns the number of rows. */
  sql: (ctx: BenchContext) => Promise<number>;
  /** The app's request: a path (GET) or a custom request using the signed-in fetch. */
  // biome-ignore lint/suspicious/noConfusingVoidType: a case returns its row count, or nothing when it has none to report
  app: (ctx: BenchContext, fetchAs: (path: string, init?: RequestInit) => Promise<Response>) => Promise<number | void>;
  /** Sample the server's resident memory during the runs and print its growth (rss_mb=). */
  sampleServerMemory?: boolean;
  /** After the timed runs: reads the answer back and returns its row count (printed as app_rows=). */
  check?: (ctx: BenchContext, fetchAs: (path: string, init?: RequestInit) => Promise<Response>) => Promise<number>;
}
