import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { DatabaseHandle } from './client';
import { installJobQueue } from './job-queue';
import { syncReferenceData } from './reference-data';

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/**
 * Applies the committed drizzle migrations, installs or upgrades the job queue's own schema
 * (pg-boss manages `pgboss` itself, outside drizzle-kit), then the reference data.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as never, { migrationsFolder });
  }
  await installJobQueue(handle);
  await syncReferenceData(handle.db);
}
