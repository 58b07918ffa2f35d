import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeBaApi, type FakeBaApi } from '@/lib/testing/ba-fake-api';
import { generatedPosting } from '@/lib/testing/ba-fixtures';
import { BaAccessRefused, BaClient, BaRequestFailed, baClientOptionsFromEnv, BA_PRODUCTION_URL } from './client';

let fake: FakeBaApi;
beforeAll(async () => {
  fake = await startFakeBaApi();
});
afterAll(async () => fake?.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const fast = () => new BaClient({ baseUrl: fake.url, minIntervalMs: 0, retryBaseMs: 1 });
const slice = (keyword: string) => ({ keyword, place: 'Gronau', radiusKm: 25 });

async function collect(client: BaClient, keyword: string) {
  const pages = [];
  for await (const page of client.slicePages(slice(keyword))) pages.push(page);
  return pages;
}

describe('the Jobsuche client', () => {
  it('pages to the end and stops after a short page', async () => {
    fake.setPostings(
      'paging',
      Array.from({ length: 250 }, (_, i) => generatedPosting(i)),
    );
    const pages = await collect(fast(), 'paging');
    expect(pages.map((p) => p.postings.length)).toEqual([100, 100, 50]);
    expect(fake.requests.map((r) => [r.page, r.size])).toEqual([
      [1, 100],
      [2, 100],
      [3, 100],
    ]);
  });

  it('stops at page 100 (page 101 answers 400) and says the slice was cut', async () => {
    fake.setPostings(
      'riesig',
      Array.from({ length: 10_050 }, (_, i) => generatedPosting(i)),
    );
    const pages = await collect(fast(), 'riesig');
    expect(pages).toHaveLength(100);
    expect(pages.at(-1)?.truncated).toBe(true);
    expect(fake.requests.every((r) => r.page <= 100)).toBe(true);
  });

  it('reads an empty result without ergebnisliste as no postings', async () => {
    const pages = await collect(fast(), 'nichts');
    expect(pages).toEqual([{ page: 1, postings: [], maxResults: 0, truncated: false }]);
  });

  it('waits and tries again after 429 and 5xx', async () => {
    const pages = await collect(fast(), 'drossel');
    expect(pages[0]?.postings).toHaveLength(2);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 200]);
    fake.requests.length = 0;
    fake.failNext(503, 2);
    expect((await collect(fast(), 'altenpflege'))[0]?.postings.length).toBeGreaterThan(0);
    expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('gives up after its retries with the status', async () => {
    fake.failNext(500, 3);
    const client = new BaClient({ baseUrl: fake.url, minIntervalMs: 0, retryBaseMs: 1, maxRetries: 2 });
    await expect(collect(client, 'altenpflege')).rejects.toBeInstanceOf(BaRequestFailed);
  });

  it('fails loudly on 403 without retrying', async () => {
    await expect(collect(fast(), 'gesperrt')).rejects.toBeInstanceOf(BaAccessRefused);
    expect(fake.requests).toHaveLength(1);
    const wrongKey = new BaClient({ baseUrl: fake.url, apiKey: 'falsch', minIntervalMs: 0 });
    await expect(collect(wrongKey, 'altenpflege')).rejects.toThrow(/403/);
  });

  it('keeps its pace between requests', async () => {
    const waits: number[] = [];
    fake.setPostings(
      'takt',
      Array.from({ length: 30 }, (_, i) => generatedPosting(i)),
    );
    const client = new BaClient({
      baseUrl: fake.url,
      pageSize: 10,
      minIntervalMs: 1000,
      sleep: async (ms) => void waits.push(ms),
    });
    await collect(client, 'takt');
    // maxErgebnisse says 30: three full pages and no fourth request.
    expect(fake.requests).toHaveLength(3);
    // The first request goes at once, each further one waits for (most of) the interval.
    expect(waits).toHaveLength(2);
    expect(waits.every((ms) => ms > 900 && ms <= 1000)).toBe(true);
  });
});

describe('the client from the environment', () => {
  it('calls nobody unless a URL is set or the import is enabled', () => {
    expect(baClientOptionsFromEnv({})).toBeNull();
    expect(baClientOptionsFromEnv({ BA_IMPORT_ENABLED: 'true' })?.baseUrl).toBe(BA_PRODUCTION_URL);
    expect(baClientOptionsFromEnv({ BA_API_URL: 'http://127.0.0.1:9', BA_REQUEST_INTERVAL_MS: '0' })).toMatchObject({
      baseUrl: 'http://127.0.0.1:9',
      minIntervalMs: 0,
    });
    expect(baClientOptionsFromEnv({ BA_IMPORT_ENABLED: 'true' })?.minIntervalMs).toBe(1000);
  });
});
