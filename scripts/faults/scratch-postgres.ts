import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * A PostgreSQL server of the fault run's own, in a folder under /tmp, on 127.0.0.1 only: the
 * run stops and restarts it at will without touching the machine's server (CI's, the tests').
 * As root, the server runs as the system user postgres (PostgreSQL refuses to run as root).
 */
export interface ScratchPostgres {
  url: string;
  stop(): void;
  start(): void;
  /** Removes the server and its folder. */
  destroy(): void;
}

function pgBinDir(): string {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) throw new Error('faults: PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)');
  const versions = readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error('faults: no pg_ctl under /usr/lib/postgresql/*/bin');
  return path.join(base, versions[0], 'bin');
}

export function startScratchPostgres(root: string, port: number): ScratchPostgres {
  const bin = pgBinDir();
  const asRoot = process.getuid?.() === 0;
  const dataDir = path.join(root, 'pg-data');
  const logFile = path.join(root, 'pg.log');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? 'runuser' : path.join(bin, tool);
    const full = asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args;
    execFileSync(command, full, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${root} -c fsync=on`;
  const start = () => run('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '30', 'start']);
  const stop = () => run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy() {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
