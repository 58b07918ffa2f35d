import { configuredDatabase, openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

// Never run this against the folder of a running server: PGlite does not lock it.
const handle = await openDatabase({ ...configuredDatabase(), statementTimeoutMs: 0 });
try {
  await migrateDatabase(handle);
  console.log(`Migrations applied (${handle.kind}).`);
} finally {
  await handle.close();
}
