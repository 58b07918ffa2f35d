import { appDatabase } from '@/db/client';
import { startJobQueue } from '@/db/job-queue';
import { startMailWorker } from './worker';
import { mailerFromEnv } from './transport';

/**
 * The app process's job queue, started once when the server starts (instrumentation.ts).
 * With PGlite the worker must live here (one process per data folder). With PostgreSQL it does
 * too unless JOB_WORKER=separate, for installations that run `npm run worker` on its own.
 */
export async function startAppJobs(): Promise<void> {
  const handle = await appDatabase();
  if (handle.kind === 'postgres' && process.env.JOB_WORKER?.trim() === 'separate') {
    await startJobQueue(handle);
    console.log('Job queue: sending only; the worker runs separately (npm run worker).');
    return;
  }
  const mailer = mailerFromEnv();
  await startMailWorker(handle, { mailer });
  console.log(`Job queue: worker in the app process; mail goes to ${mailer.describe()}`);
}
