import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { createDatabase, dropDatabase, POSTGRES_TEMPLATE_ENV, withDatabase } from '@/db/testing';

/**
 * Vitest's global setup on PostgreSQL: migrates one template database for the whole run, so
 * that each test file's database is a copy of it (`create database ... template`, a file copy
 * on the server) instead of 25 migrations, the job queue's schema and the reference data
 * again (about 2.5 s a file, some 45 files). PGlite has no such copy: there it does nothing.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return undefined;
  const name = `gz_template_${process.pid}`;
  await createDatabase(url, name);
  const handle = await openDatabase({ url: withDatabase(url, name), max: 1 });
  try {
    await migrateDatabase(handle);
  } finally {
    // A template must have no sessions while it is copied.
    await handle.close();
  }
  // The test workers are started after this and inherit it.
  process.env[POSTGRES_TEMPLATE_ENV] = name;
  return async () => {
    delete process.env[POSTGRES_TEMPLATE_ENV];
    await dropDatabase(url, name);
  };
}
