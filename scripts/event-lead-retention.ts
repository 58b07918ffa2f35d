import { configuredDatabase, openDatabase } from '@/db/client';
import { eraseExpiredLeads } from '@/db/queries/events';
import { todayInAppZone } from '@/lib/time/zoned';

/**
 * npm run db:event-lead-retention: erases the walk-in leads of events past their erase-after
 * date that never became job seekers (each erasure is audited). The app's worker does this
 * every night by itself (queue "event-lead-retention"); this runs it now, e.g. from cron where
 * the worker is off. Never against the PGlite folder of a running server: PGlite does not lock it.
 */
const handle = await openDatabase(configuredDatabase());
try {
  const erased = await eraseExpiredLeads(handle.db, todayInAppZone());
  console.log(`Event leads past their erase-after date erased: ${erased.length}.`);
} finally {
  await handle.close();
}
