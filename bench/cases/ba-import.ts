import { eq, sql } from 'drizzle-orm';
import { baImportSlices } from '@/db/schema';
import { startFakeBaApi, type FakeBaApi } from '@/lib/testing/ba-fake-api';
import { generatedPosting } from '@/lib/testing/ba-fixtures';
import type { BenchCase, BenchContext } from '../types';

/**
 * The BA import against the local fake API, through the app: an admin starts a run of one
 * slice (POST /api/ba-import/runs), the app's worker fetches 100 pages of 100 at full speed
 * (BA_REQUEST_INTERVAL_MS=0: the bench measures our side, not the API's pace) and stores
 * them; the case polls the run until it is done. `ba-import` serves 10,000 postings never
 * seen before on every run (so each run is a first import; the previous run's postings
 * expire in it), `ba-reimport` the same 10,000 each time (all unchanged after the warm-up).
 */
const POSTINGS = 10_000;
let fake: FakeBaApi | null = null;
let generation = 0;

async function fakeApi(): Promise<FakeBaApi> {
  fake ??= await startFakeBaApi();
  return fake;
}

async function sliceId(ctx: BenchContext, keyword: string): Promise<number> {
  const [row] = await ctx.db
    .insert(baImportSlices)
    .values({ keyword, place: 'Gronau', radiusKm: 50, active: false })
    .onConflictDoNothing()
    .returning({ id: baImportSlices.id });
  return row?.id ?? (await ctx.db.select({ id: baImportSlices.id }).from(baImportSlices).where(eq(baImportSlices.keyword, keyword)))[0]!.id;
}

async function runSlice(fetchAs: (path: string, init?: RequestInit) => Promise<Response>, id: number): Promise<number> {
  const started = await fetchAs('/api/ba-import/runs', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sliceId: id }),
  });
  if (started.status !== 202) throw new Error(`bench ba-import: start answered ${started.status} ${await started.text()}`);
  const { runId } = (await started.json()) as { runId: number };
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const run = (await (await fetchAs(`/api/ba-import/runs/${runId}`)).json()) as {
      status: string;
      created: number;
      updated: number;
      unchanged: number;
      error: string | null;
    };
    if (run.status === 'failed') throw new Error(`bench ba-import: run failed: ${run.error}`);
    if (run.status === 'done') return run.created + run.updated + run.unchanged;
  }
}

const serverEnv = async () => ({ BA_API_URL: (await fakeApi()).url, BA_REQUEST_INTERVAL_MS: '0' });

/** The floor: the same 10,000 rows written by one plain INSERT ... ON CONFLICT. */
const floorInsert = (prefix: string) => async (ctx: BenchContext) => {
  const rows = await ctx.db.execute(sql`
    insert into ba_postings (reference, title, employer_name, url, changed_at)
    select ${prefix} || n, 'Altenpfleger/in (m/w/d) Nr. ' || n, 'Pflegezentrum Haus Vechteblick', 'https://www.arbeitsagentur.de/jobsuche/jobdetail/' || n, now()
    from generate_series(1, ${POSTINGS}) n
    on conflict (reference) do update set last_seen_at = now()
    returning id`);
  const list = Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows;
  await ctx.db.execute(sql`delete from ba_postings where reference like ${`${prefix}%`}`);
  return list.length;
};

export const baImportCase: BenchCase = {
  name: 'ba-import',
  role: 'admin',
  serverEnv,
  fill: async (ctx) => {
    ctx.ids.baImportSliceId = await sliceId(ctx, 'bench-neu');
  },
  sql: floorInsert('bench-floor-'),
  app: async (ctx, fetchAs) => {
    generation += 1;
    const offset = generation * POSTINGS * 10;
    (await fakeApi()).setPostings(
      'bench-neu',
      Array.from({ length: POSTINGS }, (_, i) => generatedPosting(offset + i)),
    );
    return runSlice(fetchAs, ctx.ids.baImportSliceId!);
  },
};

export const baReimportCase: BenchCase = {
  name: 'ba-reimport',
  role: 'admin',
  serverEnv,
  fill: async (ctx) => {
    ctx.ids.baReimportSliceId = await sliceId(ctx, 'bench-gleich');
    (await fakeApi()).setPostings(
      'bench-gleich',
      Array.from({ length: POSTINGS }, (_, i) => generatedPosting(i)),
    );
  },
  sql: floorInsert('bench-floor-'),
  // The warm-up run imports them; every measured run finds all 10,000 unchanged.
  app: (ctx, fetchAs) => runSlice(fetchAs, ctx.ids.baReimportSliceId!),
};
