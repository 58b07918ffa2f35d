import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed';
import {
  type FaultResult,
  type FaultWorld,
  backupUnderLoad,
  diskFull,
  killMidMail,
  killMidWrite,
  pgRestart,
  preparePostgresDatabase,
  statementTimeout,
} from './faults/scenarios';
import { startScratchPostgres } from './faults/scratch-postgres';

/**
 * `npm run faults`: the faults a municipality will see in a year, thrown at the built app on
 * servers of this run's own (127.0.0.1 only; each fault undone at the end): PostgreSQL
 * restarting under load, the app killed mid-write (PGlite and PostgreSQL), a statement timeout
 * under a held lock, a backup under load, a full disk. One line per scenario:
 *   fault <name> ok=<bool> lost=<n> duplicated=<n> recovery_s=<s> ...
 * Exit code 1 when any scenario failed. FAULTS=name,name runs a few.
 */
const root = process.env.FAULTS_DIR ?? '/tmp/grenzeloos-faults';
const appPort = Number(process.env.FAULTS_APP_PORT ?? 3190);
const pgPort = Number(process.env.FAULTS_PG_PORT ?? 55432);
const only = process.env.FAULTS?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const wanted = (name: string) => !only || only.includes(name);

mkdirSync(root, { recursive: true });
buildIfNeeded(process.cwd(), { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
const world: FaultWorld = { root, appPort, servers: new Set() };
const results: FaultResult[] = [];

function print(result: FaultResult): void {
  const extra = Object.entries(result.details)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  console.log(`fault ${result.name} ok=${result.ok} lost=${result.lost} duplicated=${result.duplicated} recovery_s=${result.recoveryS} ${extra}`);
  results.push(result);
}

async function attempt(name: string, run: () => Promise<FaultResult>): Promise<void> {
  if (!wanted(name)) return;
  try {
    print(await run());
  } catch (error) {
    console.error(`fault ${name}: the scenario itself failed`, error);
    print({
      name,
      ok: false,
      lost: -1,
      duplicated: -1,
      recoveryS: -1,
      details: { error: error instanceof Error ? error.message.slice(0, 120).replace(/\s+/g, '_') : 'unknown' },
    });
  } finally {
    for (const server of world.servers) await server.crash();
    world.servers.clear();
  }
}

const needsPostgres = ['pg-restart', 'kill-mid-write-postgres', 'statement-timeout', 'backup-under-load'].some(wanted);
const pg = needsPostgres ? startScratchPostgres(path.join(root, 'pg'), pgPort) : null;
try {
  if (pg) {
    const database = await preparePostgresDatabase(pg, 'faults');
    await attempt('statement-timeout', () => statementTimeout(world, database.url, database.subject));
    await attempt('backup-under-load', () => backupUnderLoad(world, pg, database.url, database.subject));
    await attempt('pg-restart', () => pgRestart(world, pg, database.url, database.subject));
    await attempt('kill-mid-write-postgres', () => killMidWrite(world, 'postgres', database));
  }
  await attempt('kill-mid-write-pglite', () => killMidWrite(world, 'pglite'));
  await attempt('kill-mid-mail-pglite', () => killMidMail(world));
  await attempt('disk-full', () => diskFull(world));
} finally {
  pg?.destroy();
}
const failed = results.filter((r) => r.ok === false);
console.log(`faults: ${results.length - failed.length} of ${results.length} held${failed.length ? `; failed: ${failed.map((r) => r.name).join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
