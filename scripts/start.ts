import { spawn } from 'node:child_process';
import path from 'node:path';
import { demoAccounts } from '@/db/seed/demo-accounts';
import { buildIfNeeded } from './build-if-needed';
import { printDemoSecondFactors } from './demo-totp-hint';
import { ensureAuthSecret } from './env';
import { prepareDatabase } from './prepare-db';

/**
 * `npm start`: database (migrate, demo data on first start), build when the sources changed,
 * then serve. Set SEED_DEMO_DATA=false for a real installation.
 */
const root = process.cwd();
const port = process.env.PORT ?? '3000';
const env = {
  ...process.env,
  NEXTAUTH_SECRET: ensureAuthSecret(root),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  PORT: port,
  // Next.js sends usage telemetry unless told not to: a municipality's server should not phone home.
  NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1',
};
Object.assign(process.env, env);

const seed = process.env.SEED_DEMO_DATA !== 'false';
console.log(`Database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${process.env.PGLITE_DIR || '.data'}`}`);
await prepareDatabase({ seed });

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
buildIfNeeded(root, env);

const server = spawn(process.execPath, [nextBin, 'start', '-p', port], { stdio: ['inherit', 'pipe', 'inherit'], env });
let announced = false;
server.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started server|Local:/i.test(chunk.toString())) {
    announced = true;
    printWelcome();
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));

function printWelcome() {
  console.log(`\nGrenzeloos runs on http://localhost:${port} (Dutch: /nl, German: /de)`);
  if (!seed) return;
  console.log('\nDemo logins:');
  const width = Math.max(...demoAccounts.map((a) => a.email.length));
  for (const account of demoAccounts) {
    console.log(`  ${account.email.padEnd(width)}  ${account.password.padEnd(22)}  ${account.role}`);
  }
  printDemoSecondFactors();
  console.log('');
}
