import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createDatabase, withDatabase } from '@/db/testing';
import { prepareDatabase } from '@/scripts/prepare-db';
import { startFakeBaApi } from '@/lib/testing/ba-fake-api';
import { writeSampleIds } from './sample-ids';

/**
 * Serves the built app for Playwright on a fresh database with the demo data: a PGlite
 * folder of its own (.data-e2e), or with DATABASE_URL a new database "<name>_e2e" beside it.
 */
const port = process.env.E2E_PORT ?? '3100';
const url = process.env.DATABASE_URL?.trim();
if (url) {
  const name = `${new URL(url).pathname.slice(1) || 'postgres'}_e2e`;
  await createDatabase(url, name);
  process.env.DATABASE_URL = withDatabase(url, name);
} else {
  const dir = path.join(process.cwd(), '.data-e2e');
  rmSync(dir, { recursive: true, force: true });
  process.env.PGLITE_DIR = dir;
}
// Mail goes to .eml files the tests read (e2e/mail.ts), never to a real server.
delete process.env.SMTP_URL;
const outbox = path.join(process.cwd(), '.data-e2e-mail');
rmSync(outbox, { recursive: true, force: true });
process.env.MAIL_OUTBOX_DIR = outbox;
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
process.env.NEXTAUTH_SECRET ??= 'e2e-only-secret-not-for-production-use-0123456789';
process.env.NEXTAUTH_URL = `http://localhost:${port}`;
// The specs play the reverse proxy (they send X-Forwarded-For from this machine), so this
// machine is the one trusted proxy; any other peer's forwarded headers would be ignored.
process.env.TRUSTED_PROXIES ??= '127.0.0.1, ::1';
// The brake on bulk reading: the whole suite runs within an hour on one server, so the demo
// accounts' reads must stay under the limits, and e2e/need-to-know.spec.ts goes over the export
// limit with requests of its own (one account, Ilse Nijhuis, that no other spec uses).
process.env.READ_LIMIT_PROFILE_VIEWS_PER_HOUR ??= '600';
process.env.READ_LIMIT_EXPORTS_PER_HOUR ??= '60';

// The BA import talks to a local fake of the Jobsuche API (lib/testing/ba-fake-api.ts) served
// by this process for as long as the app runs, at full speed: never the real API.
const fakeBa = await startFakeBaApi({ port: Number(port) + 1000 });
process.env.BA_API_URL = fakeBa.url;
process.env.BA_REQUEST_INTERVAL_MS = '0';
delete process.env.BA_IMPORT_ENABLED;

// The access matrix's sample ids are read while this process still holds the database.
await prepareDatabase({ seed: true, whileOpen: (handle) => writeSampleIds(handle.db) });

const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));
