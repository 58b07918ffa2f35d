// Not marked server-only: the worker (npm run worker) and the demo seed run it outside Next, like lib/mail.
import type { Job } from 'pg-boss';
import type { Database } from '@/db/client';
import type { BaImportJob } from '@/db/job-queue';
import { activeBaRun, createBaRun, finishBaRun, getBaRun, listBaSlices } from '@/db/queries/ba-import';
import { BaClient, baClientOptionsFromEnv } from './client';
import { runBaImport } from './import-run';

/** When the nightly run starts (cron, Europe/Berlin): BA_IMPORT_CRON, default 02:30. */
export function baImportCron(env: Record<string, string | undefined> = process.env): string | null {
  if (!baClientOptionsFromEnv(env)) return null;
  return env.BA_IMPORT_CRON?.trim() || '30 2 * * *';
}

/** The worker's handler of the `ba-import` queue. */
export async function handleBaImportJob(db: Database, job: Job<BaImportJob>): Promise<void> {
  const options = baClientOptionsFromEnv();
  let runId = job.data.runId;
  if (runId === undefined) {
    // The schedule: skipped while another run is still going.
    if (!options || (await activeBaRun(db))) return;
    runId = await createBaRun(db, { trigger: 'schedule', startedBy: null });
  }
  const run = await getBaRun(db, runId);
  if (run?.status !== 'queued') return;
  if (!options) {
    await finishBaRun(db, runId, { status: 'failed', error: 'BA import not configured (BA_API_URL or BA_IMPORT_ENABLED)' });
    return;
  }
  try {
    const slices = job.data.sliceId === undefined ? undefined : (await listBaSlices(db)).filter((s) => s.id === job.data.sliceId);
    await runBaImport(db, new BaClient(options), runId, { slices });
  } catch (error) {
    console.error('BA import run failed', error);
    await finishBaRun(db, runId, { status: 'failed', error: (error as Error).message });
  }
}
