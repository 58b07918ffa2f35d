import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { recordAudit } from '@/db/queries/audit';
import { startSession } from '@/lib/auth/sessions';
import { checkSignIn } from '@/lib/auth/sign-in';
import { backupDatabase, configuredTarget, defaultBackupFile, requirePgTool, restoreDatabase, tableChecksums, type BackupTarget } from './backup';
import { openDatabase, type DatabaseHandle } from './client';
import { migrateDatabase } from './migrate';
import { seedDemoData } from './seed/seed-demo-data';
import { createDatabase, dropDatabase, withDatabase } from './testing';

const scratch = mkdtempSync(path.join(tmpdir(), 'grenzeloos-backup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The demo world plus rows of the trust tables, with text that must survive byte for byte. */
async function fill(handle: DatabaseHandle) {
  await migrateDatabase(handle);
  await seedDemoData(handle.db, { today: new Date('2026-11-23T12:00:00Z') });
  await recordAudit(handle.db, { action: 'backup.test', details: { text: 'Große Weßeling 👩🏽‍⚕️ مرحبا \u200d <script>' } });
  await checkSignIn(handle.db, { email: 'nobody@example.org', password: 'x', origin: '203.0.113.5' });
  const [user] = (await handle.db.query.users.findMany({ limit: 1 })) as { id: number }[];
  await startSession(handle.db, { userId: user!.id, origin: '::1' });
}

/** The messages along an error's cause chain (drizzle wraps the driver's error). */
async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    const messages: string[] = [];
    for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) messages.push(String((e as Error).message));
    return messages.join(' <- ');
  }
}

function open(target: BackupTarget): Promise<DatabaseHandle> {
  return openDatabase(target.kind === 'postgres' ? { url: target.url, max: 2 } : { dataDir: target.dataDir });
}

async function drill(source: BackupTarget, empty: BackupTarget, file: string) {
  const original = await open(source);
  let before: Awaited<ReturnType<typeof tableChecksums>> = [];
  try {
    await fill(original);
    before = await tableChecksums(original.db);
  } finally {
    await original.close();
  }
  await backupDatabase(source, file);
  expect(statSync(file).size).toBeGreaterThan(1000);
  await restoreDatabase(empty, file);
  const restored = await open(empty);
  try {
    const after = await tableChecksums(restored.db);
    expect(after).toEqual(before);
    // The counts prove something was compared: the demo world and the trust tables.
    const rows = Object.fromEntries(after.map((t) => [t.table, t.rows]));
    expect(rows['public.job_seekers']).toBeGreaterThan(100);
    expect(rows['public.audit_events']).toBeGreaterThan(0);
    expect(rows['public.user_sessions']).toBe(1);
    expect(rows['public.sign_in_throttle']).toBe(1);
    expect(rows['drizzle.__drizzle_migrations']).toBeGreaterThan(0);
    // The restored database keeps working: identities continue, the audit trail stays append-only.
    await recordAudit(restored.db, { action: 'after.restore' });
    expect(await failureOf(restored.db.execute(sql`update audit_events set action = 'x'`))).toMatch(/append-only/);
  } finally {
    await restored.close();
  }
  // Never over existing data.
  await expect(restoreDatabase(empty, file)).rejects.toThrow(/not empty/);
}

describe('backup drill', () => {
  it('PGlite: backs up the data folder, restores it into an empty folder, every table equal', { timeout: 120_000 }, async () => {
    await drill(
      { kind: 'pglite', dataDir: path.join(scratch, 'live') },
      { kind: 'pglite', dataDir: path.join(scratch, 'restored') },
      path.join(scratch, 'pglite.tar.gz'),
    );
  });

  const url = process.env.DATABASE_URL?.trim();
  it.runIf(url)('PostgreSQL: pg_dump -Fc, pg_restore into an empty database, every table equal', { timeout: 120_000 }, async () => {
    const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const [live, copy] = [`gz_backup_live_${suffix}`, `gz_backup_copy_${suffix}`];
    await createDatabase(url!, live);
    await createDatabase(url!, copy);
    try {
      await drill({ kind: 'postgres', url: withDatabase(url!, live) }, { kind: 'postgres', url: withDatabase(url!, copy) }, path.join(scratch, 'pg.dump'));
    } finally {
      await dropDatabase(url!, live);
      await dropDatabase(url!, copy);
    }
  });

  it('fails clearly when a PostgreSQL client tool is missing, or the backup file is', async () => {
    expect(() => requirePgTool('pg_dump_that_does_not_exist')).toThrow(/was not found.*PostgreSQL client tools/);
    await expect(restoreDatabase({ kind: 'pglite', dataDir: path.join(scratch, 'x') }, path.join(scratch, 'nope.tar.gz'))).rejects.toThrow(/does not exist/);
    writeFileSync(path.join(scratch, 'fake.dump'), 'PGDMP not really');
    await expect(restoreDatabase({ kind: 'pglite', dataDir: path.join(scratch, 'y') }, path.join(scratch, 'fake.dump'))).rejects.toThrow(
      /is a PostgreSQL backup/,
    );
    writeFileSync(path.join(scratch, 'fake.tar.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 0]));
    await expect(restoreDatabase({ kind: 'pglite', dataDir: scratch }, path.join(scratch, 'fake.tar.gz'))).rejects.toThrow(/not empty/);
    await expect(restoreDatabase({ kind: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' }, path.join(scratch, 'fake.tar.gz'))).rejects.toThrow(
      /looks like a PGlite backup/,
    );
  });

  it('names backups by kind and time under ./backups, and follows DATABASE_URL / PGLITE_DIR', () => {
    expect(defaultBackupFile('postgres', new Date('2026-11-23T09:05:07Z'))).toBe(path.join('backups', 'grenzeloos-postgres-20261123-090507.dump'));
    expect(defaultBackupFile('pglite', new Date('2026-11-23T09:05:07Z'))).toBe(path.join('backups', 'grenzeloos-pglite-20261123-090507.tar.gz'));
    expect(configuredTarget({ DATABASE_URL: 'postgres://u@h/db' })).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(configuredTarget({ PGLITE_DIR: '/srv/gz' })).toEqual({ kind: 'pglite', dataDir: '/srv/gz' });
    expect(configuredTarget({})).toEqual({ kind: 'pglite', dataDir: '.data' });
  });
});
