import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { createBaRun, getBaRun } from '@/db/queries/ba-import';
import { baPostings, places } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { startFakeBaApi, type FakeBaApi } from '@/lib/testing/ba-fake-api';
import { altenpflegeGronau, generatedPosting } from '@/lib/testing/ba-fixtures';
import { makeEmployer } from '@/lib/testing/users';
import { makeVacancy } from '@/lib/testing/vacancies';
import { BaClient } from './client';
import { runBaImport } from './import-run';

let handle: DatabaseHandle;
let fake: FakeBaApi;
beforeAll(async () => {
  [handle, fake] = await Promise.all([createTestDatabase(), startFakeBaApi()]);
});
afterAll(async () => {
  await fake?.close();
  await handle?.close();
});
beforeEach(async () => {
  await resetDatabase(handle);
  fake.setPostings('altenpflege', altenpflegeGronau);
});

const client = (pageSize = 100) => new BaClient({ baseUrl: fake.url, minIntervalMs: 0, retryBaseMs: 1, pageSize });
const gronau = [{ keyword: 'Altenpflege', place: 'Gronau', radiusKm: 25 }];

async function run(slices = gronau, pageSize = 100) {
  const runId = await createBaRun(handle.db, { trigger: 'schedule', startedBy: null });
  const result = await runBaImport(handle.db, client(pageSize), runId, { slices, expire: true });
  return { result, run: await getBaRun(handle.db, runId) };
}

const byReference = async (reference: string) => (await handle.db.select().from(baPostings).where(eq(baPostings.reference, reference)))[0];

describe('the BA import', () => {
  it('stores the fixtures mapped to our fields, with a run log', async () => {
    const { result, run: log } = await run();
    expect(result.status).toBe('done');
    expect(log).toMatchObject({ status: 'done', created: 6, updated: 0, unchanged: 0, expired: 0, failed: 0, slicesDone: 1, pagesFetched: 1 });
    expect(log?.finishedAt).not.toBeNull();

    const first = await byReference('10000-1190001234-S');
    expect(first).toMatchObject({
      title: 'Pflegefachkraft (m/w/d) für die stationäre Altenpflege',
      employerName: 'Seniorenzentrum Sonnenhof Gronau',
      hoursMin: 15,
      hoursMax: 40,
      payMin: 3400,
      payMax: 3900,
      payUnit: 'month',
      startDate: '2027-01-01',
      occupationCode: '82102',
      url: 'https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1190001234-S',
      expiredAt: null,
    });
    const [gronauPlace] = await handle.db.select().from(places).where(eq(places.name, 'Gronau (Westf.)'));
    expect(first?.placeId).toBe(gronauPlace?.id);
    expect(await byReference('10000-1190001235-S')).toMatchObject({ occupationCode: '82101', payUnit: 'hour', hoursMin: 15, hoursMax: 30 });
    // Everything optional missing: stored with the title and the link only.
    expect(await byReference('10000-1190001238-S')).toMatchObject({ employerName: null, anonymous: true, placeId: null, hoursMin: null, payUnit: null });
  });

  it('adds a place we lack with the API coordinates, flagged for review', async () => {
    await run();
    const [epe] = await handle.db.select().from(places).where(eq(places.name, 'Epe'));
    expect(epe).toMatchObject({ country: 'DE', state: 'NW', lat: 52.1789, lon: 7.0331, needsReview: true });
    expect((await byReference('10000-1190001237-S'))?.placeId).toBe(epe?.id);
  });

  it('links an employer of the same name and place, never a Chiffre ad', async () => {
    const sonnenhof = await makeEmployer(handle.db, 'Seniorenzentrum Sonnenhof Gronau');
    // Same name elsewhere is another company.
    await makeEmployer(handle.db, 'Pflegezentrum Haus Vechteblick', 'Münster');
    await run();
    expect(await byReference('10000-1190001234-S')).toMatchObject({ employerId: sonnenhof, employerLinkedBy: 'import' });
    expect(await byReference('10000-1190001235-S')).toMatchObject({ employerId: null, employerLinkedBy: null });
    expect(await byReference('10000-1190001237-S')).toMatchObject({ anonymous: true, employerName: null, employerId: null });
  });

  it('flags a posting that repeats the linked employer’s own vacancy', async () => {
    const sonnenhof = await makeEmployer(handle.db, 'Seniorenzentrum Sonnenhof Gronau');
    const own = await makeVacancy(handle.db, sonnenhof, { title: 'Pflegefachkraft (m/w/d) für die stationäre Altenpflege' });
    await run();
    expect((await byReference('10000-1190001234-S'))?.duplicateOfVacancyId).toBe(own);
    expect((await byReference('10000-1190001239-S'))?.duplicateOfVacancyId).toBeNull();
  });

  it('a second run: unchanged stays, a new aenderungsdatum updates, a vanished posting expires', async () => {
    await run();
    const [first, second, ...rest] = altenpflegeGronau;
    if (!first || !second) throw new Error('fixtures');
    const moved = { ...second, stellenangebotsTitel: 'Altenpflegehelfer/in – Frühdienst', aenderungsdatum: '2026-11-25T09:00:00.000' };
    // The first posting is gone; the second changed.
    fake.setPostings('altenpflege', [moved, ...rest]);
    const { run: log } = await run();
    expect(log).toMatchObject({ created: 0, updated: 1, unchanged: 4, expired: 1, failed: 0 });
    expect((await byReference(first.referenznummer))?.expiredAt).not.toBeNull();
    expect((await byReference(second.referenznummer))?.title).toBe('Altenpflegehelfer/in – Frühdienst');
    // It comes back: no longer expired, counted as updated.
    fake.setPostings('altenpflege', altenpflegeGronau);
    const { run: third } = await run();
    // The second is back at its old aenderungsdatum: a change too.
    expect(third).toMatchObject({ created: 0, updated: 2, unchanged: 4, expired: 0 });
    expect((await byReference(first.referenznummer))?.expiredAt).toBeNull();
  });

  it('counts a reference found twice (across pages or slices) once, and an unusable posting as failed', async () => {
    const postings = [generatedPosting(1), generatedPosting(2), generatedPosting(1), { referenznummer: '', stellenangebotsTitel: 'ohne Nummer' }];
    fake.setPostings('doppelt', postings as never);
    const slices = [
      { keyword: 'doppelt', place: 'Gronau', radiusKm: 10 },
      { keyword: 'doppelt', place: 'Ahaus', radiusKm: 10 },
    ];
    const { run: log } = await run(slices, 2);
    expect(log).toMatchObject({ status: 'done', created: 2, unchanged: 0, failed: 2, pagesFetched: 4, slicesDone: 2 });
    expect(await handle.db.$count(baPostings)).toBe(2);
  });

  it('a failed slice fails the run and expires nothing', async () => {
    await run();
    fake.failNext(500, 10);
    const { result, run: log } = await run();
    expect(result.status).toBe('failed');
    expect(log?.error).toMatch(/Altenpflege \/ Gronau \/ 25 km: .*500/);
    expect(log?.expired).toBe(0);
    expect(await handle.db.$count(baPostings, eq(baPostings.expiredAt, baPostings.expiredAt))).toBe(0);
  });

  it('a run of chosen slices only expires nothing', async () => {
    await run();
    fake.setPostings('altenpflege', []);
    const runId = await createBaRun(handle.db, { trigger: 'schedule', startedBy: null });
    await runBaImport(handle.db, client(), runId, { slices: gronau });
    expect((await getBaRun(handle.db, runId))?.expired).toBe(0);
  });

  it('a refused key stops the run at once', async () => {
    const { result, run: log } = await run([
      { keyword: 'Gesperrt', place: 'Gronau', radiusKm: 25 },
      { keyword: 'Altenpflege', place: 'Gronau', radiusKm: 25 },
    ]);
    expect(result.status).toBe('failed');
    expect(log).toMatchObject({ status: 'failed', slicesDone: 0, created: 0 });
    expect(log?.error).toMatch(/403/);
  });
});
