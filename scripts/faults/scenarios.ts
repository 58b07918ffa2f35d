import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { backupDatabase, restoreDatabase } from '@/db/backup';
import { openDatabase, type OpenOptions } from '@/db/client';
import { enqueueMail, startJobQueue, stopJobQueue } from '@/db/job-queue';
import { users } from '@/db/schema';
import { rowsOf } from '@/db/rows';
import { createDatabase, withDatabase } from '@/db/testing';
import { startSmtpCapture } from '@/lib/testing/smtp-capture';
import { type AppServer, startAppServer } from './app-server';
import { startMonitor } from './probe-monitor';
import { signInCookie } from '@/lib/testing/http-sign-in';
import type { ScratchPostgres } from './scratch-postgres';
import { checkWrites, prepareWriteSubject, startWriteLoad, vacancyRequestBody, type WriteSubject } from './write-load';

export interface FaultResult {
  name: string;
  ok: boolean | 'skipped';
  lost: number;
  duplicated: number;
  recoveryS: number;
  /** What else was seen, for the reader of the line. */
  details: Record<string, string | number | boolean>;
}

export interface FaultWorld {
  root: string;
  appPort: number;
  /** Started app servers, stopped at the end whatever happens. */
  servers: Set<AppServer>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** { 500: 2, 409: 1 } as "500x2,409x1"; "none" when empty. */
const countsText = (counts: Record<number, number>) =>
  Object.entries(counts)
    .map(([status, n]) => `${status}x${n}`)
    .join(',') || 'none';
const seconds = (ms: number) => Math.round(ms / 100) / 10;

function appEnv(world: FaultWorld, database: OpenOptions, extra: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    DATABASE_URL: database.url,
    PGLITE_DIR: database.url ? undefined : database.dataDir,
    NEXTAUTH_SECRET: 'faults-only-secret-not-for-production-0123456789',
    NEXTAUTH_URL: `http://127.0.0.1:${world.appPort}`,
    NEXT_TELEMETRY_DISABLED: '1',
    API_RATE_LIMIT_PER_MINUTE: '1000000',
    MFA_REQUIRED_ROLES: '',
    SMTP_URL: undefined,
    MAIL_OUTBOX_DIR: path.join(world.root, 'mail'),
    BA_IMPORT_ENABLED: undefined,
    DB_CONNECT_TIMEOUT_S: '2',
    ...extra,
  };
}

async function startApp(world: FaultWorld, database: OpenOptions, extra?: Record<string, string>): Promise<AppServer> {
  const server = await startAppServer({ port: world.appPort, env: appEnv(world, database, extra), logFile: path.join(world.root, 'app.log') });
  world.servers.add(server);
  return server;
}

async function stopApp(world: FaultWorld, server: AppServer): Promise<void> {
  await server.stop();
  world.servers.delete(server);
}

/** A database of the run's own on the scratch server, migrated, with the demo data and a key. */
export async function preparePostgresDatabase(pg: ScratchPostgres, name: string): Promise<{ url: string; subject: WriteSubject }> {
  await createDatabase(pg.url, name);
  const url = withDatabase(pg.url, name);
  const handle = await openDatabase({ url, statementTimeoutMs: 0 });
  try {
    return { url, subject: await prepareWriteSubject(handle) };
  } finally {
    await handle.close();
  }
}

async function preparePgliteFolder(dataDir: string): Promise<WriteSubject> {
  rmSync(dataDir, { recursive: true, force: true });
  const handle = await openDatabase({ dataDir });
  try {
    return await prepareWriteSubject(handle);
  } finally {
    await handle.close();
  }
}

async function withHandle<T>(database: OpenOptions, use: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ ...database, statementTimeoutMs: 0 });
  try {
    return await use(handle.db);
  } finally {
    await handle.close();
  }
}

/** PostgreSQL stops for 4 s under a write load and comes back. */
export async function pgRestart(world: FaultWorld, pg: ScratchPostgres, url: string, subject: WriteSubject): Promise<FaultResult> {
  const app = await startApp(world, { url });
  const load = startWriteLoad({ baseUrl: () => app.baseUrl, subject, scenario: 'pg-restart' });
  const monitor = startMonitor(() => app.baseUrl, ['/api/health', '/nl/login']);
  await sleep(3000);
  pg.stop();
  await sleep(4000);
  pg.start();
  const upAt = Date.now();
  // Recovery: the first 201 after the server is back.
  while (Date.now() - upAt < 30_000 && (load.lastSavedAt() ?? 0) < upAt) await sleep(100);
  const recoveredAt = load.lastSavedAt() ?? Date.now();
  await sleep(2000);
  const report = await load.stop();
  const seen = await monitor.stop();
  await stopApp(world, app);
  const check = await withHandle({ url }, (db) => checkWrites(db, 'pg-restart', report.outcomes));
  const health503 = seen.statuses['/api/health']?.[503] ?? 0;
  const page503 = seen.statuses['/nl/login']?.[503] ?? 0;
  const unexpected = countsText(report.unexpected);
  const ok =
    check.lost === 0 &&
    check.duplicated === 0 &&
    check.halfDone === 0 &&
    check.unsaved === 0 &&
    unexpected === 'none' &&
    health503 > 0 &&
    page503 > 0 &&
    Math.max(report.slowestMs, seen.slowestMs) < 6000 &&
    recoveredAt - upAt < 10_000;
  return {
    name: 'pg-restart',
    ok,
    lost: check.lost,
    duplicated: check.duplicated,
    recoveryS: seconds(recoveredAt - upAt),
    details: {
      writes: report.outcomes.length,
      saved: check.rows,
      answered_503: report.answered503,
      unexpected,
      half_done: check.halfDone,
      health_503: health503,
      page_503: page503,
      slowest_write_ms: report.slowestMs,
      slowest_probe_ms: seen.slowestMs,
    },
  };
}

/** kill -9 of the app server under a write load, then a restart on the same database. */
export async function killMidWrite(
  world: FaultWorld,
  backend: 'pglite' | 'postgres',
  pgDatabase?: { url: string; subject: WriteSubject },
): Promise<FaultResult> {
  const name = `kill-mid-write-${backend}`;
  const dataDir = path.join(world.root, 'pglite-kill');
  const database: OpenOptions = backend === 'postgres' ? { url: pgDatabase!.url } : { dataDir };
  const subject = backend === 'postgres' ? pgDatabase!.subject : await preparePgliteFolder(dataDir);
  let app = await startApp(world, database);
  const load = startWriteLoad({ baseUrl: () => app.baseUrl, subject, scenario: name });
  await sleep(3000);
  const crashedAt = Date.now();
  await app.crash();
  world.servers.delete(app);
  await sleep(500);
  let reopened = true;
  try {
    app = await startApp(world, database);
  } catch (error) {
    reopened = false;
    console.error(`${name}: the app did not start again after kill -9`, error);
  }
  const healthyAt = Date.now();
  await sleep(reopened ? 3000 : 0);
  const report = await load.stop(reopened ? 20_000 : 0);
  if (reopened) await stopApp(world, app);
  const check = await withHandle(database, (db) => checkWrites(db, name, report.outcomes)).catch((error: unknown) => {
    console.error(`${name}: the database did not open after the crash`, error);
    return null;
  });
  const unexpected = countsText(report.unexpected);
  const ok = reopened && check !== null && check.lost === 0 && check.duplicated === 0 && check.halfDone === 0 && check.unsaved === 0 && unexpected === 'none';
  return {
    name,
    ok,
    lost: check?.lost ?? -1,
    duplicated: check?.duplicated ?? -1,
    recoveryS: seconds(healthyAt - crashedAt),
    details: {
      writes: report.outcomes.length,
      saved: check?.rows ?? -1,
      no_answer: report.networkErrors,
      unexpected,
      half_done: check?.halfDone ?? -1,
      reopened,
    },
  };
}

/** A lock held by another session: the app's statement timeout (1 s here) cuts the request off with a 503. */
export async function statementTimeout(world: FaultWorld, url: string, subject: WriteSubject): Promise<FaultResult> {
  const app = await startApp(world, { url }, { DB_STATEMENT_TIMEOUT_MS: '1000' });
  const locker = postgres(url, { max: 1, onnotice: () => {} });
  let release: () => void = () => {};
  const released = new Promise<void>((r) => {
    release = r;
  });
  const locked = new Promise<void>((resolveLocked, rejectLocked) => {
    locker
      .begin(async (tx) => {
        await tx`lock table vacancies in access exclusive mode`;
        resolveLocked();
        await released;
      })
      .catch(rejectLocked);
  });
  const auth = { authorization: `Bearer ${subject.secret}` };
  const timed = async (init?: RequestInit) => {
    const started = Date.now();
    const response = await fetch(`${app.baseUrl}/api/v1/vacancies?limit=5`, {
      ...init,
      headers: { ...auth, ...init?.headers },
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: Date.now() - started, retryAfter: response.headers.get('retry-after') };
  };
  try {
    await locked;
    const read = await timed();
    const write = await timed({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'faults-statement-timeout-0' },
      body: vacancyRequestBody('statement-timeout', 0, subject.placeId),
    });
    release();
    const releasedAt = Date.now();
    let after = await timed();
    while (after.status !== 200 && Date.now() - releasedAt < 10_000) {
      await sleep(200);
      after = await timed();
    }
    const recovered = Date.now() - releasedAt;
    // The write cut off by the timeout was rolled back: nothing of it may be in the database.
    const check = await withHandle({ url }, (db) => checkWrites(db, 'statement-timeout', [{ n: 0, saved: false, attempts: 1 }]));
    const ok = read.status === 503 && read.ms < 3500 && read.retryAfter !== null && write.status === 503 && check.rows === 0 && after.status === 200;
    return {
      name: 'statement-timeout',
      ok,
      lost: 0,
      duplicated: 0,
      recoveryS: seconds(recovered),
      details: {
        read_status: read.status,
        read_ms: read.ms,
        write_status: write.status,
        write_ms: write.ms,
        write_rows: check.rows,
        after_status: after.status,
      },
    };
  } finally {
    release();
    await locker.end({ timeout: 5 });
    await stopApp(world, app);
  }
}

/** npm run db:backup's PostgreSQL path (pg_dump) while writes go on; restored into a new database. */
export async function backupUnderLoad(world: FaultWorld, pg: ScratchPostgres, url: string, subject: WriteSubject): Promise<FaultResult> {
  const app = await startApp(world, { url });
  const load = startWriteLoad({ baseUrl: () => app.baseUrl, subject, scenario: 'backup-under-load' });
  await sleep(2000);
  const file = path.join(world.root, 'backup-under-load.dump');
  const backupStarted = Date.now();
  await backupDatabase({ kind: 'postgres', url }, file);
  const backupEnded = Date.now();
  await sleep(1000);
  const report = await load.stop();
  await stopApp(world, app);
  await createDatabase(pg.url, 'faults_restore');
  const restoreUrl = withDatabase(pg.url, 'faults_restore');
  await restoreDatabase({ kind: 'postgres', url: restoreUrl }, file);
  // Every write answered 201 before pg_dump began must be in the backup (one snapshot: a
  // consistent moment), each with its audit row, and the backup holds nothing the live database lacks.
  const before = report.outcomes.filter((o) => o.saved && (o.savedAt ?? 0) < backupStarted);
  const restored = await withHandle({ url: restoreUrl }, (db) => checkWrites(db, 'backup-under-load', before));
  const live = await withHandle({ url }, (db) => checkWrites(db, 'backup-under-load', report.outcomes));
  const idsIn = (database: string) =>
    withHandle({ url: database }, async (db) => {
      const rows = (await db.execute(sql`select id from vacancies where title like 'Faults backup-under-load #%'`)) as unknown as { id: number }[];
      return new Set(rows.map((r) => Number(r.id)));
    });
  const liveIds = await idsIn(url);
  const phantoms = [...(await idsIn(restoreUrl))].filter((id) => !liveIds.has(id)).length;
  const ok = restored.lost === 0 && restored.duplicated === 0 && restored.halfDone === 0 && phantoms === 0 && live.lost === 0 && live.halfDone === 0;
  return {
    name: 'backup-under-load',
    ok,
    lost: restored.lost,
    duplicated: restored.duplicated,
    recoveryS: 0,
    details: {
      backup_s: seconds(backupEnded - backupStarted),
      saved_before_backup: before.length,
      in_backup: restored.rows,
      saved_in_all: live.rows,
      half_done_in_backup: restored.halfDone,
      not_in_live: phantoms,
      lost_live: live.lost,
    },
  };
}

/**
 * PGlite's folder on a small file system that fills up under writes: they must be refused with
 * 503 (not 500, not a hang), reads go on, and once space is back the writes that kept retrying
 * get saved, with nothing saved before lost.
 */
export async function diskFull(world: FaultWorld): Promise<FaultResult> {
  const mount = path.join(world.root, 'full');
  mkdirSync(mount, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', mount], { stdio: 'ignore' });
  } catch {
    return { name: 'disk-full', ok: 'skipped', lost: 0, duplicated: 0, recoveryS: 0, details: { reason: 'no_tmpfs_mount_permission' } };
  }
  const filler = path.join(mount, 'filler');
  try {
    const dataDir = path.join(mount, 'pglite');
    const subject = await preparePgliteFolder(dataDir);
    const app = await startApp(world, { dataDir });
    const caseworker = await signInCookie(app.baseUrl, 'caseworker');
    // Fill what is left of the file system.
    const fd = openSync(filler, 'w');
    const chunk = Buffer.alloc(1 << 20);
    try {
      for (;;) writeSync(fd, chunk);
    } catch {
      // ENOSPC: full
    } finally {
      closeSync(fd);
    }
    // PostgreSQL writes into WAL segments it has already made: it takes a while of writing before it needs a new file.
    const load = startWriteLoad({ baseUrl: () => app.baseUrl, subject, scenario: 'disk-full', workers: 4 });
    const filledAt = Date.now();
    while (Date.now() - filledAt < 60_000 && load.refusals() === 0) await sleep(200);
    const refusedAfterS = seconds(Date.now() - filledAt);
    const refused = load.refusals() > 0;
    const auth = { authorization: `Bearer ${subject.secret}` };
    const statusOf = (url: string, headers: Record<string, string>) =>
      fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(30_000) })
        .then((r) => r.status)
        .catch(() => 0);
    // A caseworker reading the vacancy list; the open API counts and audits every call (writes), so it is only reported.
    const readWhileFull = await statusOf(`${app.baseUrl}/nl/vacancies`, { cookie: caseworker });
    const apiReadWhileFull = await statusOf(`${app.baseUrl}/api/v1/vacancies?limit=5`, auth);
    rmSync(filler, { force: true });
    const freedAt = Date.now();
    while (Date.now() - freedAt < 30_000 && (load.lastSavedAt() ?? 0) < freedAt) await sleep(100);
    const recovered = (load.lastSavedAt() ?? 0) >= freedAt;
    const recoveredAt = load.lastSavedAt() ?? Date.now();
    const report = await load.stop(recovered ? 20_000 : 0);
    await stopApp(world, app);
    const check = await withHandle({ dataDir }, (db) => checkWrites(db, 'disk-full', report.outcomes)).catch(() => null);
    const unexpected = countsText(report.unexpected);
    const ok =
      refused &&
      report.answered503 > 0 &&
      unexpected === 'none' &&
      readWhileFull === 200 &&
      recovered &&
      check !== null &&
      check.lost === 0 &&
      check.duplicated === 0 &&
      check.halfDone === 0;
    return {
      name: 'disk-full',
      ok,
      lost: check?.lost ?? -1,
      duplicated: check?.duplicated ?? -1,
      recoveryS: recovered ? seconds(recoveredAt - freedAt) : -1,
      details: {
        refused_after_s: refused ? refusedAfterS : -1,
        answered_503: report.answered503,
        unexpected,
        no_answer: report.networkErrors,
        read_while_full: readWhileFull,
        api_read_while_full: apiReadWhileFull,
        saved: check?.rows ?? -1,
        reopened: check !== null,
      },
    };
  } finally {
    rmSync(filler, { force: true });
    try {
      execFileSync('umount', ['-l', mount], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}

/**
 * kill -9 of the app while its worker sends queued mails (PGlite: the worker lives in the app
 * process), then a restart on the same folder: every mail arrives, none twice, no job is left
 * hanging as active or moved to the dead letters.
 */
export async function killMidMail(world: FaultWorld, count = 60): Promise<FaultResult> {
  const name = 'kill-mid-mail-pglite';
  const dataDir = path.join(world.root, 'pglite-mail');
  const database: OpenOptions = { dataDir };
  await preparePgliteFolder(dataDir);
  const recipients = await queueInvitations(database, count);
  // The mail after the first quarter is held unanswered: the app is killed while sending it.
  const killAfter = Math.floor(count / 4);
  const smtp = await startSmtpCapture({ delayMs: (i) => (i === killAfter ? 600_000 : 20) });
  const env = { SMTP_URL: smtp.url };
  try {
    let app = await startApp(world, database, env);
    const inFlight = Date.now() + 120_000;
    while (smtp.received <= killAfter && Date.now() < inFlight) await sleep(20);
    const crashedAt = Date.now();
    await app.crash();
    world.servers.delete(app);
    const atCrash = smtp.mails.length;
    let reopened = true;
    try {
      app = await startApp(world, database, env);
    } catch (error) {
      reopened = false;
      console.error(`${name}: the app did not start again after kill -9`, error);
    }
    const perRecipient = () => {
      const seen = new Map<string, number>();
      for (const mail of smtp.mails) {
        for (const to of mail.to ? [mail.to].flat().flatMap((a) => a.value) : []) {
          const address = to.address?.toLowerCase() ?? '';
          seen.set(address, (seen.get(address) ?? 0) + 1);
        }
      }
      return seen;
    };
    const deadline = Date.now() + 360_000;
    while (reopened && Date.now() < deadline && recipients.some((r) => !perRecipient().has(r))) await sleep(500);
    const allAt = Date.now();
    // A retry of a mail already sent would come after its backoff: give it the time.
    await sleep(reopened ? 5000 : 0);
    if (reopened) await stopApp(world, app);
    const seen = perRecipient();
    const lost = recipients.filter((r) => !seen.has(r)).length;
    const duplicated = recipients.reduce((sum, r) => sum + Math.max(0, (seen.get(r) ?? 0) - 1), 0);
    const jobs = await withHandle(database, async (db) => {
      const result = await db.execute(
        sql`select name, state, count(*)::int as n from pgboss.job where name like 'mail%' group by name, state order by name, state`,
      );
      return rowsOf<{ name: string; state: string; n: number }>(result)
        .map((r) => `${r.name}:${r.state}x${r.n}`)
        .join(',');
    }).catch(() => 'unreadable');
    const hanging = /:(active|created|retry)x/.test(jobs) || jobs.includes('dead');
    return {
      name,
      ok: reopened && lost === 0 && duplicated === 0 && !hanging,
      lost,
      duplicated,
      recoveryS: seconds(allAt - crashedAt),
      details: { mails: count, sent_before_kill: atCrash, jobs: jobs || 'none', reopened },
    };
  } finally {
    await smtp.close();
  }
}

/** `count` invited accounts, each with its invitation mail queued in the same transaction. */
async function queueInvitations(database: OpenOptions, count: number): Promise<string[]> {
  const handle = await openDatabase({ ...database, statementTimeoutMs: 0 });
  try {
    await startJobQueue(handle);
    const emails = Array.from({ length: count }, (_, i) => `invited-${i}@faults.example`);
    await handle.db.transaction(async (tx) => {
      const [admin] = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
      if (!admin) throw new Error('faults: the demo data has no admin');
      const invited = await tx
        .insert(users)
        .values(emails.map((email, i) => ({ email, name: `Uitgenodigd ${i}`, role: 'caseworker' as const, passwordHash: 'invited-not-set' })))
        .returning({ id: users.id });
      for (const { id } of invited) await enqueueMail(tx, { kind: 'accountInvite', userId: id, invitedBy: admin.id });
    });
    return emails;
  } finally {
    await stopJobQueue();
    await handle.close();
  }
}
