import { configuredTarget, restoreDatabase, tableChecksums } from '@/db/backup';
import { openDatabase } from '@/db/client';

/**
 * `npm run db:restore <file>`: restores a backup made by db:backup into the configured
 * database, which must be empty: a new PostgreSQL database (DATABASE_URL) or a new or empty
 * PGlite folder (PGLITE_DIR). It never overwrites data. Prints the rows per table afterwards.
 */
const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run db:restore <backup file>   (into the empty database DATABASE_URL or PGLITE_DIR names)');
  process.exit(2);
}
const target = configuredTarget();
try {
  await restoreDatabase(target, file);
  const handle = await openDatabase(target.kind === 'postgres' ? { url: target.url, max: 1, statementTimeoutMs: 0 } : { dataDir: target.dataDir });
  try {
    const sums = await tableChecksums(handle.db);
    console.log(`Restored ${file} into ${target.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${target.dataDir}`}:`);
    for (const s of sums) console.log(`  ${s.table.padEnd(36)} ${String(s.rows).padStart(8)} rows  md5 ${s.md5}`);
  } finally {
    await handle.close();
  }
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
