// Not marked server-only: the worker (npm run worker) and the demo seed run it outside Next, like lib/mail.
import type { Database } from '@/db/client';
import { addToBaRun, closeBaRun, finishBaRun, listBaSlices, loadBaLookups, markBaRunStarted, saveBaPostingsPage } from '@/db/queries/ba-import';
import { baPostingShape } from '@/lib/domain/ba/api-shape';
import { baPostingRecord, type BaPostingRecord } from '@/lib/domain/ba/posting-record';
import { BaAccessRefused, type BaClient, type BaSlice } from './client';

export interface BaRunResult {
  status: 'done' | 'failed';
  error: string | null;
}

/**
 * One import run over every active slice: each page is stored in its own transaction and
 * added to the run row (the admin page polls it). A slice that fails (after the client's
 * retries) is logged and the others go on; only a run in which every slice came through
 * over every active slice expires the postings it did not see, so an outage (or a run of one
 * slice) never expires the rest of the market. A refused
 * key (401/403) stops the run at once: every further request would be refused too.
 */
export async function runBaImport(
  db: Database,
  client: BaClient,
  runId: number,
  options: { slices?: readonly BaSlice[]; expire?: boolean } = {},
): Promise<BaRunResult> {
  const todo = options.slices ?? (await listBaSlices(db, true));
  // A run of chosen slices (one slice tried by hand) saw only part of the market: it expires nothing.
  const expire = options.expire ?? options.slices === undefined;
  await markBaRunStarted(db, runId, todo.length);
  const lookups = await loadBaLookups(db);
  const errors: string[] = [];
  for (const slice of todo) {
    try {
      for await (const page of client.slicePages(slice)) {
        const records: BaPostingRecord[] = [];
        let failed = 0;
        for (const raw of page.postings) {
          const parsed = baPostingShape.safeParse(raw);
          if (parsed.success) records.push(baPostingRecord(parsed.data));
          else failed++;
        }
        const saved = await saveBaPostingsPage(db, lookups, runId, records);
        await addToBaRun(db, runId, { ...saved, failed, pagesFetched: 1, truncatedSlices: page.truncated ? 1 : 0 });
      }
      await addToBaRun(db, runId, { slicesDone: 1 });
    } catch (error) {
      const message = `${slice.keyword} / ${slice.place} / ${slice.radiusKm} km: ${(error as Error).message}`;
      if (error instanceof BaAccessRefused) {
        await finishBaRun(db, runId, { status: 'failed', error: message });
        return { status: 'failed', error: message };
      }
      errors.push(message);
      await addToBaRun(db, runId, { slicesDone: 1 });
    }
  }
  if (errors.length > 0) {
    const error = errors.join('\n');
    await finishBaRun(db, runId, { status: 'failed', error });
    return { status: 'failed', error };
  }
  const expired = await closeBaRun(db, runId, { expire });
  await addToBaRun(db, runId, { expired });
  await finishBaRun(db, runId, { status: 'done' });
  return { status: 'done', error: null };
}
