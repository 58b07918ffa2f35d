import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from './client';
import { startJobQueue, stopJobQueue } from './job-queue';
import { migrateDatabase } from './migrate';
import { syncReferenceData } from './reference-data';

/**
 * A fresh, migrated database for one test file: PGlite in memory, or, when DATABASE_URL is
 * set, a new database of its own on that server (dropped on close), so test files can run
 * in parallel and never touch the database DATABASE_URL names.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const handle = await createMigratedDatabase();
  // Changes enqueue jobs (mails) in their transactions: the process's queue, sending only
  // (tests that need a worker start one).
  await startJobQueue(handle);
  return {
    ...handle,
    close: async () => {
      await stopJobQueue();
      await handle.close();
    },
  };
}

async function createMigratedDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    const handle = await openDatabase({});
    await migrateDatabase(handle);
    return handle;
  }
  const name = `gz_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  // Under Vitest a template migrated once for the run (lib/testing/postgres-template.ts).
  const template = process.env[POSTGRES_TEMPLATE_ENV]?.trim();
  await createDatabase(url, name, template);
  const testUrl = withDatabase(url, name);
  const handle = await openDatabase({ url: testUrl, max: 4 });
  if (!template) await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await dropDatabase(url, name);
    },
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The migrated template database of this test run, when there is one (PostgreSQL only). */
export const POSTGRES_TEMPLATE_ENV = 'GRENZELOOS_TEST_TEMPLATE';

export async function createDatabase(url: string, name: string, template?: string): Promise<void> {
  const admin = postgres(withDatabase(url, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(template ? `create database "${name}" template "${template}"` : `create database "${name}"`);
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  const admin = postgres(withDatabase(url, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** Tables holding data that people create; reference data (places, occupations...) stays. */
const dataTables = [
  'account_tokens',
  'notifications',
  'audit_events',
  'stored_file_chunks',
  'documents',
  'user_sessions',
  'sign_in_throttle',
  'sib_claim_evidence',
  'sib_claims',
  'placement_milestones',
  'sib_contract_outcomes',
  'sib_contracts',
  'placement_checks',
  'placements',
  'ba_postings',
  'ba_import_runs',
  'ba_import_slices',
  'proposal_events',
  'proposals',
  'vacancies',
  'job_seeker_checks',
  'job_seeker_notes',
  'job_seeker_qualifications',
  'job_seeker_languages',
  'job_seekers',
  'users',
  'employer_contacts',
  'employers',
  'yearly_target_changes',
  'programme_targets',
];

/** Empties every data table between tests (5 ms on PGlite, far cheaper than a new database). */
export async function resetDatabase(handle: DatabaseHandle): Promise<void> {
  await handle.db.execute(sql.raw(`truncate ${dataTables.join(', ')} restart identity cascade`));
  // Jobs of the previous test (pg-boss's own table; its queues stay).
  await handle.db.execute(sql.raw('delete from pgboss.job'));
  // The cascade from users also empties yearly_targets (updated_by): put the defaults back.
  await syncReferenceData(handle.db);
}
