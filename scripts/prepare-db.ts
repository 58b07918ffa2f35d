import { configuredDatabase, openDatabase, type DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoData } from '@/db/seed/seed-demo-data';
import { enrolDemoSecondFactors } from './demo-second-factors';
import { ensureAuthSecret } from './env';
import { seedDemoBaImport } from './seed-ba-demo';

/**
 * Migrates, and loads the demo data into an empty database. Runs before the server starts,
 * in its own process that closes the database again: PGlite must never be open twice.
 */
export async function prepareDatabase(options: { seed: boolean; whileOpen?: (handle: DatabaseHandle) => Promise<void> }): Promise<void> {
  const handle = await openDatabase({ ...configuredDatabase(), statementTimeoutMs: 0 });
  try {
    await migrateDatabase(handle);
    if (options.seed) {
      const { seeded } = await seedDemoData(handle.db, { today: new Date() });
      if (seeded) await enrolDemoSecondFactors(handle.db);
      console.log(seeded ? 'Demo data loaded.' : 'Database already has data: demo data not loaded again.');
      if (seeded && (await seedDemoBaImport(handle.db))) console.log('Demo BA vacancies imported from the local fixtures (no network).');
    }
    await options.whileOpen?.(handle);
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npm run dev` runs this first: Next's dev server then reads the secret from .env.local.
  ensureAuthSecret();
  await prepareDatabase({ seed: process.env.SEED_DEMO_DATA !== 'false' });
}
