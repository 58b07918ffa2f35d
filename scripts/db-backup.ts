import { backupDatabase, configuredTarget, defaultBackupFile } from '@/db/backup';

/**
 * `npm run db:backup [file]`: a full backup of the configured database (DATABASE_URL, or the
 * PGlite folder PGLITE_DIR) to `file`, by default backups/grenzeloos-<kind>-<time>.<ext>.
 * PGlite: stop the app first (PGlite does not lock its folder; a copy taken while the
 * server writes may be inconsistent). PostgreSQL: pg_dump takes a consistent snapshot live.
 */
const target = configuredTarget();
const file = process.argv[2] ?? defaultBackupFile(target.kind);
try {
  const started = performance.now();
  await backupDatabase(target, file);
  console.log(
    `Backup of ${target.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${target.dataDir}`} written to ${file} in ${Math.round(performance.now() - started)} ms.`,
  );
  console.log(`Restore with: npm run db:restore ${file}`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
