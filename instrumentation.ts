/**
 * Next.js calls register() once when the server starts: the job queue (and, with PGlite, its
 * worker) starts with the app, before the first request can enqueue a job. A database that is
 * not reachable yet does not stop the server (health answers 503 meanwhile): the queue is
 * tried again every 10 seconds.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // `next build` loads this too: no database while building.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // The client's address comes from the socket (or a trusted proxy), never from a header the client chose.
  const { installPeerAddressHeader } = await import('./lib/security/peer-address');
  installPeerAddressHeader();
  // A typo in TRUSTED_PROXIES stops the start with a clear message, not the first sign-in.
  const { parseTrustedProxies } = await import('./lib/security/ip');
  parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const { startAppJobs } = await import('./lib/mail/app-jobs');
  const attempt = async (): Promise<void> => {
    try {
      await startAppJobs();
    } catch (error) {
      console.error('job queue did not start; trying again in 10 s', error);
      setTimeout(() => void attempt(), 10_000).unref();
    }
  };
  await attempt();
}

/**
 * Next.js calls this for every error a request meets (page, route handler, action). One that
 * shows the database away makes the proxy answer the next page requests 503 "try again"
 * straight away, until its probe finds the database back (db/availability.ts).
 */
export async function onRequestError(error: unknown): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { noteDatabaseFault } = await import('./db/availability');
  noteDatabaseFault(error);
}
