import { configuredDatabase, openDatabase } from '@/db/client';
import { applyDocumentRetention } from '@/db/queries/documents';
import { recordAudit } from '@/lib/audit';
import { todayIso } from '@/lib/domain/job-seekers';
import { documentStorage } from '@/lib/documents/storage';

/**
 * npm run db:document-retention: deletes the documents past their retention (see
 * documentsPastRetention) and records each deletion in the audit trail. Run it daily (cron).
 * Never against the PGlite folder of a running server: PGlite does not lock it.
 */
const years = Number(process.env.DOCUMENT_EVIDENCE_KEEP_YEARS ?? 7);
const handle = await openDatabase(configuredDatabase());
try {
  const deleted = await applyDocumentRetention(handle.db, documentStorage(), { today: todayIso(), evidenceKeepYears: Number.isFinite(years) && years > 0 ? years : 7 });
  for (const d of deleted) {
    await recordAudit(handle.db, { action: 'document.retention_delete', objectType: 'document', objectId: d.id, jobSeekerId: d.jobSeekerId, details: { kind: d.kind } });
  }
  console.log(`Documents past retention deleted: ${deleted.length}.`);
} finally {
  await handle.close();
}
