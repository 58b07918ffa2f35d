import { sql } from 'drizzle-orm';
import { fromDrizzle, fromPglite, PgBoss, type ConstructorOptions, type Job } from 'pg-boss';
import type { Database, DatabaseHandle } from './client';

/**
 * The durable job queue: pg-boss, in the schema `pgboss` of the app's own database (PGlite or
 * PostgreSQL), so a job survives a restart and is taken by exactly one worker however many
 * app instances run. Jobs are sent inside the transaction of the change that causes them
 * (`enqueue(tx, ...)`): a rolled-back change leaves no job, a committed one always has it.
 */

export const QUEUE = {
  /** One e-mail to one account: rendered and sent by the worker, in the recipient's language. */
  mail: 'mail',
  /** Mails that failed every retry: listed for admins, never lost silently. */
  mailDead: 'mail-dead',
  /** Once a day: walk-in leads of events past their erase-after date are erased. */
  leadRetention: 'event-lead-retention',
  /** Once a day: documents past their retention (CVs a year after the person left, old SIB evidence) are deleted. */
  documentRetention: 'document-retention',
  /** One run of the BA vacancy import (lib/ba/jobs.ts): started by hand or by the nightly schedule. */
  baImport: 'ba-import',
} as const;

/** When the lead retention runs: every night at 03:15, Dutch/German time. */
const LEAD_RETENTION_CRON = '15 3 * * *';
/** And the document retention at 03:30. */
const DOCUMENT_RETENTION_CRON = '30 3 * * *';

/** A run an admin started (its row exists, queued), or the nightly schedule's (no row yet). */
export type BaImportJob = { runId?: number; sliceId?: number };

/** What a mail job names: the worker reads the rest (address, language, links) when it sends. */
export type MailJob =
  | { kind: 'passwordReset'; userId: number }
  | { kind: 'accountInvite'; userId: number; invitedBy: number }
  /** A candidate proposed to a vacancy of the recipient's company. */
  | { kind: 'proposalNew'; userId: number; proposalId: number }
  /** The employer's step on a proposal, to the caseworker who owns the person. */
  | { kind: 'proposalStep'; userId: number; proposalId: number; stage: string; reason: string | null; interviewAt: string | null }
  /** To a manager or admin: the user `actorId` reached a read limit and is blocked until `until`. */
  | { kind: 'readLimit'; userId: number; actorId: number; readKind: 'profile' | 'export'; until: string };

/**
 * Retries: a mail server that is down or refuses is tried again after about 30 s, 1, 2, 4...
 * minutes (pg-boss's exponential backoff with jitter, at most an hour apart), 8 times in all
 * (about 2 hours), then the job goes to the dead-letter queue.
 */
const MAIL_RETRY = { retryLimit: 8, retryDelay: 30, retryBackoff: true, retryDelayMax: 3600 } as const;

/**
 * A worker beats every 5 s for the mail it is sending; a mail whose worker went quiet for 10 s
 * (the process was killed, the machine lost) is failed and retried by the next monitor pass,
 * instead of staying "active" until pg-boss's default expiry of 15 minutes (found by
 * `npm run faults`, kill-mid-mail).
 */
const MAIL_HEARTBEAT_S = 10;
/** How often a working instance looks for expired and quiet jobs (pg-boss's default is 60 s). */
const MONITOR_INTERVAL_S = 15;

function connection(handle: DatabaseHandle): Pick<ConstructorOptions, 'db' | 'backend' | 'connectionString' | 'max'> {
  if (handle.kind === 'pglite') {
    if (!handle.pglite) throw new Error('a PGlite handle without its PGlite instance');
    return { db: fromPglite(handle.pglite), backend: 'pglite' };
  }
  if (!handle.url) throw new Error('a PostgreSQL handle without its URL');
  return { connectionString: handle.url, max: 3 };
}

async function createQueues(boss: PgBoss): Promise<void> {
  // Dead letter first: the mail queue refers to it. createQueue leaves an existing queue as it is.
  await boss.createQueue(QUEUE.mailDead, { retentionSeconds: 30 * 86_400, deleteAfterSeconds: 30 * 86_400 });
  await boss.createQueue(QUEUE.mail, { ...MAIL_RETRY, heartbeatSeconds: MAIL_HEARTBEAT_S, deadLetter: QUEUE.mailDead, deleteAfterSeconds: 7 * 86_400 });
  // createQueue leaves a queue made before the heartbeat as it was.
  await boss.updateQueue(QUEUE.mail, { heartbeatSeconds: MAIL_HEARTBEAT_S });
  for (const daily of [QUEUE.leadRetention, QUEUE.documentRetention]) {
    await boss.createQueue(daily, { retryLimit: 3, retryDelay: 600, deleteAfterSeconds: 30 * 86_400 });
  }
  // A run is tried once: its row logs a failure, and the next night's run starts over.
  // 10,000 postings at one request a second take about 2 minutes per slice: up to 3 hours.
  await boss.createQueue(QUEUE.baImport, { retryLimit: 0, expireInSeconds: 3 * 3600, deleteAfterSeconds: 7 * 86_400 });
}

/** Installs or upgrades pg-boss's schema and creates the queues (part of every migration run). */
export async function installJobQueue(handle: DatabaseHandle): Promise<void> {
  const boss = new PgBoss({ ...connection(handle), migrate: true, supervise: false, schedule: false, registerInstance: false });
  boss.on('error', (error) => console.error('job queue', error));
  await boss.start();
  try {
    await createQueues(boss);
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

export type JobHandlers = {
  [Q in (typeof QUEUE)['mail']]: (job: Job<MailJob>) => Promise<void>;
} & {
  /** The daily lead retention (a worker without it leaves the schedule to one that has it). */
  leadRetention?: () => Promise<void>;
  /** The daily document retention (likewise). */
  documentRetention?: () => Promise<void>;
  /** With it, this worker also runs BA imports and keeps their nightly schedule (`baImportCron`, or none). */
  baImport?: { handle: (job: Job<BaImportJob>) => Promise<void>; cron: string | null };
};

/** A nightly job in German time, run by this worker when it has the handler. */
async function dailyJob(boss: PgBoss, queue: string, cron: string, run: (() => Promise<void>) | undefined): Promise<void> {
  if (!run) return;
  await boss.work(queue, { pollingIntervalSeconds: 60, batchSize: 1 }, async () => run());
  // One schedule per queue, however many instances start: schedule() is an upsert.
  await boss.schedule(queue, cron, null, { tz: 'Europe/Berlin' });
}

export interface JobQueue {
  boss: PgBoss;
  stop(): Promise<void>;
}

const globalForQueue = globalThis as unknown as { grenzeloosQueue?: Promise<JobQueue> };

/**
 * Starts the queue of this process on a migrated database: always able to send; with
 * `handlers`, also a worker (pg-boss's maintenance, retries and dead letters run there too).
 * It becomes the process's queue that `enqueue` uses.
 */
export function startJobQueue(handle: DatabaseHandle, options: { handlers?: JobHandlers; pollingSeconds?: number } = {}): Promise<JobQueue> {
  const working = Boolean(options.handlers);
  const starting = (async () => {
    const boss = new PgBoss({
      ...connection(handle),
      migrate: false,
      supervise: working,
      schedule: working,
      registerInstance: working,
      monitorIntervalSeconds: MONITOR_INTERVAL_S,
    });
    boss.on('error', (error) => console.error('job queue', error));
    await boss.start();
    // Reads every queue into pg-boss's cache now: a send inside a transaction then needs no
    // query of its own outside it (PGlite has one connection, which the transaction holds).
    await createQueues(boss);
    if (options.handlers) {
      const mailHandler = options.handlers.mail;
      await boss.work<MailJob>(QUEUE.mail, { pollingIntervalSeconds: options.pollingSeconds ?? 2, batchSize: 1 }, async ([job]) => {
        if (job) await mailHandler(job);
      });
      await dailyJob(boss, QUEUE.leadRetention, LEAD_RETENTION_CRON, options.handlers.leadRetention);
      await dailyJob(boss, QUEUE.documentRetention, DOCUMENT_RETENTION_CRON, options.handlers.documentRetention);
      const ba = options.handlers.baImport;
      if (ba) {
        await boss.work<BaImportJob>(QUEUE.baImport, { pollingIntervalSeconds: options.pollingSeconds ?? 2, batchSize: 1 }, async ([job]) => {
          if (job) await ba.handle(job);
        });
        // Nightly in German time; without a configured API there is nothing to schedule.
        if (ba.cron) await boss.schedule(QUEUE.baImport, ba.cron, {}, { tz: 'Europe/Berlin' });
        else await boss.unschedule(QUEUE.baImport);
      }
    }
    return { boss, stop: () => boss.stop({ graceful: true, timeout: 5_000, close: true }) };
  })();
  globalForQueue.grenzeloosQueue = starting;
  starting.catch(() => {
    if (globalForQueue.grenzeloosQueue === starting) globalForQueue.grenzeloosQueue = undefined;
  });
  return starting;
}

/** Forgets the process's queue (tests, shutdown) after stopping it. */
export async function stopJobQueue(): Promise<void> {
  const current = globalForQueue.grenzeloosQueue;
  globalForQueue.grenzeloosQueue = undefined;
  if (current) await (await current).stop();
}

async function processQueue(): Promise<PgBoss> {
  const current = globalForQueue.grenzeloosQueue;
  if (!current) throw new Error('no job queue started in this process (startJobQueue)');
  return (await current).boss;
}

/**
 * Sends a mail job inside the caller's transaction (`tx` of `db.transaction`): the job is
 * there exactly when the change is. `singletonKey` + `singletonSeconds` let at most one such
 * job through in that time (pg-boss's throttling), e.g. one reset mail per account a minute.
 */
export async function enqueueMail(tx: Database, job: MailJob, throttle?: { key: string; seconds: number }): Promise<string | null> {
  const boss = await processQueue();
  return boss.send(QUEUE.mail, job, {
    db: fromDrizzle(tx as never, sql),
    ...(throttle ? { singletonKey: throttle.key, singletonSeconds: throttle.seconds } : {}),
  });
}

/** Queues a BA import run inside the transaction that created its row. */
export async function enqueueBaImport(tx: Database, job: BaImportJob): Promise<string | null> {
  const boss = await processQueue();
  return boss.send(QUEUE.baImport, job, { db: fromDrizzle(tx as never, sql) });
}
