import { configuredDatabase, openDatabase } from '@/db/client';
import { applyDocumentRetention } from '@/db/queries/documents';
import { recordAudit } from '@/db/queries/audit';
import { todayInAppZone } from '@/lib/time/zoned';
import { documentStorage } from '@/db/document-storage';

/**
 * npm run db:document-retention: deletes the documents past their retention (see
 * documentsPastRetention) and records each deletion in the audit trail. Run it daily (cron).
 * Never against the PGlite folder of a running server: PGlite does not lock it.
 */
const years = Number(process.env.DOCUMENT_EVIDENCE_KEEP_YEARS ?? 7);
const handle = await openDatabase(configuredDatabase());
try {
  const deleted = await applyDocumentRetention(handle.db, documentStorage(), {
    today: todayInAppZone(),
    evidenceKeepYears: Number.isFinite(years) && years > 0 ? years : 7,
  });
  for (const d of deleted) {
    await recordAudit(handle.db, {
      action: 'document.retention_delete',
      objectType: 'document',
      objectId: d.id,
      jobSeekerId: d.jobSeekerId,
      details: { kind: d.kind },
    });
  }
  console.log(`Documents past retention deleted: ${deleted.length}.`);
} finally {
  await handle.close();
}
