import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { createDatabase, withDatabase } from '@/db/testing';
import { baseFill } from './base-fill';
import { benchCases } from './cases';
import { benchAccounts, type BenchContext } from './types';
import type { Role } from '@/db/schema/enums';
import { trySignIn } from '@/lib/testing/http-sign-in';

/**
 * npm run bench [case ...]: fills a database of its own (.data-bench, or "<name>_bench" beside
 * DATABASE_URL; never the demo one) to the sizes the issues name, then measures each case
 * several times and prints `bench <case> app_ms=<median> sql_ms=<median> rows=<n>`.
 * app_ms: the built app serving the request to a signed-in user, over HTTP on localhost.
 * sql_ms: the same data by one plain SQL query, the floor.
 * PGlite cannot be opened by two processes, so SQL is measured before the server starts.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const port = process.env.BENCH_PORT ?? '3200';
const only = process.argv.slice(2);
const cases = only.length ? benchCases.filter((c) => only.includes(c.name)) : benchCases;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function openBenchDatabase(): Promise<{ open: () => Promise<DatabaseHandle>; env: Record<string, string> }> {
  const url = process.env.DATABASE_URL?.trim();
  if (url) {
    const name = `${new URL(url).pathname.slice(1) || 'postgres'}_bench`;
    const benchUrl = withDatabase(url, name);
    // Kept between runs, like .data-bench: filling is the slow part.
    // postgres.js connects lazily: only a query tells whether the database exists.
    const probe = await openDatabase({ url: benchUrl, max: 1 });
    const exists = await probe.db.execute(sql`select 1`).then(
      () => true,
      () => false,
    );
    await probe.close();
    if (!exists) await createDatabase(url, name);
    return { open: () => openDatabase({ url: benchUrl, statementTimeoutMs: 0 }), env: { DATABASE_URL: benchUrl } };
  }
  const dir = path.join(process.cwd(), '.data-bench');
  return { open: () => openDatabase({ dataDir: dir }), env: { PGLITE_DIR: dir } };
}

const target = await openBenchDatabase();
const ctx: BenchContext = { db: undefined as never, ids: {} };
const sqlResults = new Map<string, { ms: number; rows: number }>();

{
  const handle = await target.open();
  ctx.db = handle.db;
  await migrateDatabase(handle);
  await baseFill(ctx);
  for (const c of cases) {
    if (c.fill) {
      const t0 = performance.now();
      await c.fill(ctx);
      const took = performance.now() - t0;
      if (took > 1000) console.error(`fill ${c.name}: ${(took / 1000).toFixed(1)} s`);
    }
  }
  for (const c of cases) {
    let rows = 0;
    const times: number[] = [];
    await c.sql(ctx); // warm-up
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      rows = await c.sql(ctx);
      times.push(performance.now() - t0);
    }
    sqlResults.set(c.name, { ms: median(times), rows });
  }
  await handle.close();
}

const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const caseEnv: Record<string, string> = {};
for (const c of cases) Object.assign(caseEnv, await c.serverEnv?.());
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], {
  env: {
    ...process.env,
    ...target.env,
    ...caseEnv,
    NEXTAUTH_SECRET: 'bench-secret-0123456789-bench-secret',
    NEXTAUTH_URL: `http://localhost:${port}`,
    // The bench signs in with a password only: with admin and manager required to have a second
    // factor (the default) their pages would answer with the enrolment redirect, and that is
    // what would be measured. The check itself runs on every request either way.
    MFA_REQUIRED_ROLES: '',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);

try {
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const cookies = new Map<Role, string>();
  async function signInCookie(role: Role): Promise<string> {
    const known = cookies.get(role);
    if (known) return known;
    const cookie = await trySignIn(base, benchAccounts[role].email, benchAccounts[role].password);
    if (!cookie) throw new Error(`bench: sign-in as ${role} failed`);
    cookies.set(role, cookie);
    return cookie;
  }

  /** Resident memory of the server's process group (next start may run workers), in MB, from /proc. */
  function serverRssMb(): number {
    let kb = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) !== server.pid) continue; // field 5: the process group
        const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
        kb += Number(rss?.[1] ?? 0);
      } catch {
        /* the process ended meanwhile */
      }
    }
    return kb / 1024;
  }

  for (const c of cases) {
    const cookie = await signInCookie(c.role);
    const fetchAs = (p: string, init?: RequestInit) => fetch(`${base}${p}`, { ...init, redirect: 'manual', headers: { ...(init?.headers ?? {}), cookie } });
    const rssBefore = c.sampleServerMemory ? serverRssMb() : 0;
    let rssPeak = rssBefore;
    const sampler = c.sampleServerMemory ? setInterval(() => (rssPeak = Math.max(rssPeak, serverRssMb())), 25) : null;
    await c.app(ctx, fetchAs); // warm-up: first render compiles nothing in production, but fills caches
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await c.app(ctx, fetchAs);
      times.push(performance.now() - t0);
    }
    if (sampler) clearInterval(sampler);
    const sql = sqlResults.get(c.name)!;
    const extra = [
      c.sampleServerMemory ? `rss_mb=${(rssPeak - rssBefore).toFixed(1)} rss_before_mb=${rssBefore.toFixed(0)}` : '',
      c.check ? `app_rows=${await c.check(ctx, fetchAs)}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    console.log(`bench ${c.name} app_ms=${median(times).toFixed(1)} sql_ms=${sql.ms.toFixed(1)} rows=${sql.rows}${extra ? ` ${extra}` : ''}`);
  }
} finally {
  stopServer();
}
process.exit(0);
