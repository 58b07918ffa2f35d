import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { demoAccounts } from '@/db/seed/demo-accounts';
import { buildIfNeeded } from './build-if-needed';
import { startAppServer, type AppServer } from './faults/app-server';
import { startRoundRobinProxy } from './faults/round-robin-proxy';
import { preparePostgresDatabase } from './faults/scenarios';
import { startScratchPostgres } from './faults/scratch-postgres';
import { trySignIn } from '@/lib/testing/http-sign-in';
import { vacancyRequestBody } from './faults/write-load';

/**
 * `npm run instances`: the same build as two app instances on one PostgreSQL behind a
 * round-robin proxy, the way a municipality runs it for more than one machine (README: More
 * than one instance). Checks what must be shared, not per instance: sessions, the sign-in lock,
 * the job queue (a job runs once), and data (a write on one is read on the other at once, and
 * a placement logged in the browser on one is on the other's dashboard).
 * One line per check: `instances <check> ok=<bool> ...`; exit code 1 when any failed.
 */
const root = process.env.INSTANCES_DIR ?? '/tmp/grenzeloos-instances';
const [portA, portB, proxyPort, pgPort] = [3191, 3192, 3193, 55433];
buildIfNeeded(process.cwd(), { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
rmSync(root, { recursive: true, force: true });
const pg = startScratchPostgres(path.join(root, 'pg'), pgPort);
const servers: AppServer[] = [];
const results: { check: string; ok: boolean }[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function report(check: string, ok: boolean, details: Record<string, string | number | boolean>): void {
  const extra = Object.entries(details)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  console.log(`instances ${check} ok=${ok} ${extra}`);
  results.push({ check, ok });
}

const account = (role: string) => demoAccounts.find((a) => a.role === role)!;

/** Logs a regular placement through the caseworker's form on `baseUrl`, signed in with `cookie`. */
async function logPlacementInBrowser(baseUrl: string, cookie: string, startDate: string): Promise<{ url: string }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ baseURL: baseUrl });
    const [name, ...rest] = cookie.split('=');
    await context.addCookies([{ name: name!, value: rest.join('='), url: baseUrl }]);
    const page = await context.newPage();
    await page.goto('/nl/placements/new');
    const person = page.getByRole('combobox', { name: 'Werkzoekende', exact: true });
    const label = (await person.locator('option').allTextContents()).find((l) => l !== 'Kies een werkzoekende' && !l.includes('SIB-cohort'));
    if (!label) throw new Error('instances: no job seeker outside the SIB cohort in the caseload');
    await person.selectOption({ label });
    await page.getByLabel('Zoek werkgever (naam)').fill('Sonnenhof');
    await page.getByRole('button', { name: /Zoek werkgever/ }).click();
    const employer = page.getByRole('combobox', { name: 'Werkgever', exact: true });
    await employer.locator('option', { hasText: 'Sonnenhof' }).first().waitFor({ state: 'attached' });
    const employerLabel = ((await employer.locator('option', { hasText: 'Sonnenhof' }).first().textContent()) ?? '').trim();
    await employer.selectOption({ label: employerLabel });
    await page.getByLabel('Startdatum').fill(startDate);
    await page.getByRole('radio', { name: 'Regulier', exact: true }).check();
    await page.getByLabel('Functie').fill('Altenpflegehelferin');
    await page.getByLabel('Uren per week').fill('32');
    await page.getByRole('button', { name: 'Plaatsing registreren' }).click();
    await page.waitForURL(/\/nl\/placements\/\d+\?created=1$/, { timeout: 30_000 }).catch(() => {});
    return { url: page.url() };
  } finally {
    await browser.close();
  }
}

try {
  const { url, subject } = await preparePostgresDatabase(pg, 'instances');
  const outbox = path.join(root, 'outbox');
  const proxy = await startRoundRobinProxy(proxyPort, [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`]);
  // What the instances share: the database, the secrets, the public URL, the mail outbox (here;
  // in production the mail server). The build (and with it the server-action key) is the same.
  const env = {
    DATABASE_URL: url,
    PGLITE_DIR: undefined,
    NEXTAUTH_SECRET: 'instances-only-secret-not-for-production-0123456789',
    NEXTAUTH_URL: proxy.url,
    NEXT_TELEMETRY_DISABLED: '1',
    TRUSTED_PROXIES: '127.0.0.1',
    MFA_REQUIRED_ROLES: '',
    SMTP_URL: undefined,
    MAIL_OUTBOX_DIR: outbox,
    BA_IMPORT_ENABLED: undefined,
  };
  const [a, b] = await Promise.all([portA, portB].map((port) => startAppServer({ port, env, logFile: path.join(root, `app-${port}.log`) })));
  servers.push(a!, b!);
  const A = a!.baseUrl;
  const B = b!.baseUrl;

  // 1. A session made on A is good on B, and through the proxy on both in turn.
  const caseworker = account('caseworker');
  const cookie = await trySignIn(A, caseworker.email, caseworker.password);
  const onB = cookie ? await fetch(`${B}/nl/job-seekers`, { headers: { cookie }, redirect: 'manual' }) : null;
  const pageOnB = onB ? await onB.text() : '';
  const viaProxy = cookie
    ? await Promise.all(
        Array.from({ length: 6 }, () => fetch(`${proxy.url}/nl/job-seekers`, { headers: { cookie }, redirect: 'manual' }).then((r) => r.status)),
      )
    : [];
  report('session', onB?.status === 200 && pageOnB.includes(caseworker.name) && viaProxy.every((s) => s === 200), {
    signed_in_on_a: cookie !== null,
    page_on_b: onB?.status ?? 0,
    via_proxy: viaProxy.join(','),
  });

  // 2. Five wrong passwords on A lock the account: the right one on B is refused.
  const manager = account('manager');
  for (let i = 0; i < 5; i++) await trySignIn(A, manager.email, 'wrong-password-0000');
  const afterLock = await trySignIn(B, manager.email, manager.password);
  report('sign-in-lock', afterLock === null, { right_password_on_b_refused: afterLock === null });

  // 3. A job queued on A (a password-reset mail) runs exactly once, with both instances' workers polling.
  const employer = account('employer');
  const requested = await fetch(`${A}/api/account/password-reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: employer.email, lng: 'de' }),
  });
  const mailsTo = () =>
    existsSync(outbox)
      ? readdirSync(outbox).filter((f) => f.endsWith('.eml') && readFileSync(path.join(outbox, f), 'utf8').includes(employer.email)).length
      : 0;
  const queuedAt = Date.now();
  while (Date.now() - queuedAt < 30_000 && mailsTo() === 0) await sleep(250);
  const firstAfterS = Math.round((Date.now() - queuedAt) / 100) / 10;
  await sleep(5000); // a second run would have come by now
  const mails = mailsTo();
  report('job-once', requested.status === 200 && mails === 1, { request: requested.status, mails, first_after_s: firstAfterS });

  // 4. A vacancy saved through A is read on B at once (no per-instance cache).
  const created = await fetch(`${A}/api/v1/vacancies`, {
    method: 'POST',
    headers: { authorization: `Bearer ${subject.secret}`, 'content-type': 'application/json', 'idempotency-key': 'instances-1' },
    body: vacancyRequestBody('instances', 1, subject.placeId),
  });
  const { id } = (await created.json()) as { id?: number };
  const readOnB = await fetch(`${B}/api/v1/vacancies/${id}`, { headers: { authorization: `Bearer ${subject.secret}` } });
  const body = (await readOnB.json()) as { title?: string };
  report('write-read', created.status === 201 && readOnB.status === 200 && body.title === 'Faults instances #1', {
    created: created.status,
    read_on_b: readOnB.status,
  });
  // 5. A placement logged by a caseworker on A (the real form, in Chromium) is on the targets
  // dashboard on B at once (read as the admin: check 2 locked the manager out).
  const year = new Date().getFullYear();
  const dashboardCookie = await trySignIn(B, account('admin').email, account('admin').password);
  const regularOnB = async () => {
    const page = await fetch(`${B}/nl/targets?year=${year}`, { headers: { cookie: dashboardCookie ?? '' } });
    const match = /data-testid="stream-regular-counted">([^<]*)</.exec(await page.text());
    return match ? Number(match[1]!.replace(/\D/g, '')) : Number.NaN;
  };
  const before = await regularOnB();
  const placed = cookie ? await logPlacementInBrowser(A, cookie, `${year}-01-02`) : { url: 'no session' };
  const after = await regularOnB();
  report('placement-dashboard', /\/nl\/placements\/\d+\?created=1$/.test(placed.url) && after === before + 1, {
    regular_on_b_before: before,
    regular_on_b_after: after,
    placement_page: placed.url.replace(A, ''),
  });
  await proxy.close();
} catch (error) {
  console.error('instances: the run itself failed', error);
  results.push({ check: 'run', ok: false });
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  pg.destroy();
}
const failed = results.filter((r) => !r.ok);
console.log(
  `instances: ${results.length - failed.length} of ${results.length} held${failed.length ? `; failed: ${failed.map((r) => r.check).join(', ')}` : ''}`,
);
process.exit(failed.length ? 1 : 0);
