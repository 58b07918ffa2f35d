import { configuredDatabase, openDatabase } from '@/db/client';
import { applyDocumentRetention } from '@/db/queries/documents';
import { evidenceKeepYearsFromEnv } from '@/lib/domain/documents';
import { todayInAppZone } from '@/lib/time/zoned';
import { documentStorage } from '@/db/document-storage';

/**
 * npm run db:document-retention: deletes the documents past their retention (see
 * documentsPastRetention), each deletion audited in its own transaction. The app's worker does
 * this every night by itself (queue "document-retention"); this runs it now, e.g. from cron where
 * the worker is off. Never against the PGlite folder of a running server: PGlite does not lock it.
 */
const handle = await openDatabase(configuredDatabase());
try {
  const deleted = await applyDocumentRetention(handle.db, documentStorage(), { today: todayInAppZone(), evidenceKeepYears: evidenceKeepYearsFromEnv() });
  console.log(`Documents past retention deleted: ${deleted.length}.`);
} finally {
  await handle.close();
}
