import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { createBaRun } from '@/db/queries/ba-import';
import { baImportRuns, users } from '@/db/schema';
import { BaClient } from '@/lib/ba/client';
import { runBaImport } from '@/lib/ba/import-run';
import { startFakeBaApi } from '@/lib/testing/ba-fake-api';

/**
 * Demo data for the BA import, without network: the recorded-shape fixtures, served by the
 * local fake API for the length of this call, imported by the real import code (the same
 * client, mapping and storage as a nightly run). Only into a database that has no runs yet.
 */
export async function seedDemoBaImport(db: Database): Promise<boolean> {
  if ((await db.$count(baImportRuns)) > 0) return false;
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@grenzeloos.demo'));
  if (!admin) return false;
  const fake = await startFakeBaApi();
  try {
    const runId = await createBaRun(db, { trigger: 'manual', startedBy: admin.id });
    const client = new BaClient({ baseUrl: fake.url, minIntervalMs: 0 });
    const result = await runBaImport(db, client, runId, { slices: [{ keyword: 'Altenpflege', place: 'Gronau', radiusKm: 25 }] });
    return result.status === 'done';
  } finally {
    await fake.close();
  }
}
