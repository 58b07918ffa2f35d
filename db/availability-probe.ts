import { sql } from 'drizzle-orm';
import { markDatabaseDown, markDatabaseUp } from './availability';
import { appDatabase } from './client';

const PROBE_TIMEOUT_MS = 2000;
const PROBE_REUSE_MS = 1000;

const probes = globalThis as unknown as { grenzeloosProbe?: { at: number; answer: Promise<boolean> } };

/**
 * Does the database answer right now? One `select 1`, shared by every request that asks within
 * a second, and given up after 2 s: while the database is away, a burst of requests costs one
 * probe, and none of them waits longer than that for its 503.
 */
export function databaseAnswers(now = Date.now()): Promise<boolean> {
  const last = probes.grenzeloosProbe;
  if (last && now - last.at < PROBE_REUSE_MS) return last.answer;
  const answer = probe();
  probes.grenzeloosProbe = { at: now, answer };
  return answer;
}

async function probe(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const query = (async () => {
    const handle = await appDatabase();
    await handle.db.execute(sql`select 1`);
    return true;
  })().catch(() => false);
  const answered = await Promise.race([query, timeout]);
  clearTimeout(timer);
  if (answered) markDatabaseUp();
  else markDatabaseDown();
  return answered;
}
