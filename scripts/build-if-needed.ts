import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Runs `next build` unless the build in .next is newer than every source file: `npm start`
 * and the end-to-end tests (run twice by CI, on PGlite and on PostgreSQL) need not build the
 * same sources twice.
 */
export function buildIfNeeded(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): void {
  if (!needsBuild(root)) {
    console.log('The build in .next is up to date.');
    return;
  }
  console.log('Building Grenzeloos (next build)...');
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

export function needsBuild(root: string): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ['app', 'lib', 'db', 'locales', 'data', 'proxy.ts', 'next.config.ts', 'package.json', 'package-lock.json'];
  return sources.some((entry) => newerThan(path.join(root, entry), built));
}

function newerThan(target: string, time: number): boolean {
  if (!existsSync(target)) return false;
  const stat = statSync(target);
  if (stat.isFile()) return stat.mtimeMs > time;
  return readdirSync(target).some((name) => newerThan(path.join(target, name), time));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildIfNeeded();
}
