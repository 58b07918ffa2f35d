/**
 * Next.js calls register() once when the server starts: the job queue (and, with PGlite, its
 * worker) starts with the app, before the first request can enqueue a job.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // `next build` loads this too: no database while building.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startAppJobs } = await import('./lib/mail/app-jobs');
  await startAppJobs();
}
