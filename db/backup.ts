import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { rowsOf } from './rows';
import postgres from 'postgres';
import type { Database } from './client';

/**
 * Backup and restore of the whole database.
 *   PostgreSQL: pg_dump in custom format (-Fc), pg_restore into an empty database.
 *   PGlite:     the data folder as a gzipped tar (dumpDataDir), loaded into an empty folder.
 * Both are full copies: schema, migrations journal, every row, identity sequences.
 */

export type BackupTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export function configuredTarget(env: Record<string, string | undefined> = process.env): BackupTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: env.PGLITE_DIR?.trim() || '.data' };
}

export function defaultBackupFile(kind: BackupTarget['kind'], now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return path.join('backups', `grenzeloos-${kind}-${stamp}.${kind === 'postgres' ? 'dump' : 'tar.gz'}`);
}

/** Fails with a clear message when a PostgreSQL client tool is not installed. */
export function requirePgTool(tool: string): void {
  const probe = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `${tool} was not found. Backups of PostgreSQL need the PostgreSQL client tools (pg_dump, pg_restore) ` +
        `of the server's major version or newer: e.g. "apt-get install postgresql-client".`,
    );
  }
}

/** The URL without its password, and the password for PGPASSWORD: never on a command line (ps shows those). */
function connection(url: string): { uri: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { uri: u.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(tool, args, { env, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${tool} failed (exit ${result.status}): ${(result.stderr || result.stdout).trim()}`);
}

export async function backupDatabase(target: BackupTarget, file: string): Promise<string> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (target.kind === 'postgres') {
    requirePgTool('pg_dump');
    const { uri, env } = connection(target.url);
    run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${uri}`], env);
    return file;
  }
  if (!existsSync(target.dataDir)) throw new Error(`No PGlite database in ${target.dataDir} (PGLITE_DIR).`);
  const pg = new PGlite(target.dataDir);
  try {
    await pg.waitReady;
    const dump = await pg.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pg.close();
  }
  return file;
}

/** Restores a backup into an empty database (PostgreSQL) or an empty or new folder (PGlite). */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`Backup file ${file} does not exist.`);
  // pg_dump's custom format starts with "PGDMP"; PGlite's dump is a gzip file.
  const head = readFileSync(file).subarray(0, 5);
  const isPgDump = head.toString('latin1') === 'PGDMP';
  const isGzip = head[0] === 0x1f && head[1] === 0x8b;
  if (target.kind === 'postgres' && !isPgDump)
    throw new Error(
      `${file} is not a PostgreSQL backup (pg_dump -Fc)${isGzip ? ': it looks like a PGlite backup; restore it with PGLITE_DIR and no DATABASE_URL' : ''}.`,
    );
  if (target.kind === 'pglite' && !isGzip)
    throw new Error(`${file} is not a PGlite backup (.tar.gz)${isPgDump ? ': it is a PostgreSQL backup; restore it with DATABASE_URL set' : ''}.`);
  if (target.kind === 'postgres') {
    requirePgTool('pg_restore');
    const probe = postgres(target.url, { max: 1, onnotice: () => {} });
    try {
      const [row] = await probe<{ n: number }[]>`
        select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`;
      if (row!.n > 0) {
        throw new Error(`The target database is not empty (${row!.n} tables). Restore into a new, empty database (createdb), then point DATABASE_URL at it.`);
      }
    } finally {
      await probe.end();
    }
    const { uri, env } = connection(target.url);
    run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${uri}`, file], env);
    return;
  }
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
    throw new Error(`The folder ${target.dataDir} is not empty. Restore into a new or empty folder (PGLITE_DIR), never over a live database.`);
  }
  mkdirSync(target.dataDir, { recursive: true });
  const pg = new PGlite(target.dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  try {
    await pg.waitReady;
    await pg.query('select 1');
  } finally {
    await pg.close();
  }
}

export interface TableChecksum {
  table: string;
  rows: number;
  md5: string;
}

/**
 * Row count and an md5 over all rows (in a fixed order) of every table of the app and of the
 * migrations journal: equal before and after a restore means every row came back unchanged.
 */
export async function tableChecksums(db: Database): Promise<TableChecksum[]> {
  const tables = await queryRows<{ schema: string; name: string }>(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`,
  );
  const out: TableChecksum[] = [];
  for (const t of tables) {
    const [row] = await queryRows<{ n: number; md5: string }>(
      db,
      sql`select count(*)::int as n, md5(coalesce(string_agg(x::text, E'\n' order by x::text), '')) as md5
          from ${sql.identifier(t.schema)}.${sql.identifier(t.name)} x`,
    );
    out.push({ table: `${t.schema}.${t.name}`, rows: Number(row!.n), md5: row!.md5 });
  }
  return out;
}

async function queryRows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}
