import { configuredDatabase, openDatabase } from '@/db/client';
import { startMailWorker } from '@/lib/mail/worker';
import { mailerFromEnv } from '@/lib/mail/transport';

/**
 * `npm run worker`: the job worker as a process of its own, for PostgreSQL (run the app with
 * JOB_WORKER=separate, or beside the app's own worker: pg-boss gives each job to one worker).
 * PGlite cannot be opened by two processes, so there the worker runs inside the app.
 */
const options = configuredDatabase();
if (!options.url) {
  console.error('npm run worker needs DATABASE_URL (PostgreSQL). With PGlite the worker runs inside the app (npm start).');
  process.exit(1);
}
const handle = await openDatabase(options);
const mailer = mailerFromEnv();
const queue = await startMailWorker(handle, { mailer });
console.log(`Worker started; mail goes to ${mailer.describe()}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void (async () => {
      await queue.stop();
      mailer.close();
      await handle.close();
      process.exit(0);
    })();
  });
}
