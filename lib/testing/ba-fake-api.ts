import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BA_PUBLIC_API_KEY } from '@/lib/ba/client';
import { altenpflegeGronau, type FixturePosting } from './ba-fixtures';

/**
 * A local fake of the Jobsuche API (`GET /pc/v6/jobs`) for unit, integration, e2e tests, the
 * demo and the bench: pages of 1..100 from page 1, page 101 -> 400, no `ergebnisliste` when
 * nothing matches, 403 without the public key. Results are found by keyword (`was`); special
 * keywords give the failures clients of the real API report:
 * - `Gesperrt`: 403 (the key changed);
 * - `Drossel`: 429 on the first request of each page, then the page.
 * `failNext(status, times)` makes the next requests of any keyword answer with that status.
 */
export interface FakeBaApi {
  url: string;
  /** Replaces the postings a keyword finds (case-insensitive). */
  setPostings(keyword: string, postings: FixturePosting[]): void;
  failNext(status: number, times?: number): void;
  requests: Array<{ was: string; wo: string; page: number; size: number; status: number }>;
  close(): Promise<void>;
}

export async function startFakeBaApi(options: { port?: number; host?: string } = {}): Promise<FakeBaApi> {
  const byKeyword = new Map<string, FixturePosting[]>([
    ['altenpflege', altenpflegeGronau],
    ['drossel', altenpflegeGronau.slice(0, 2)],
  ]);
  const forced: number[] = [];
  const throttled = new Set<string>();
  const requests: FakeBaApi['requests'] = [];

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const was = url.searchParams.get('was') ?? '';
    const wo = url.searchParams.get('wo') ?? '';
    const page = Number(url.searchParams.get('page') ?? '1');
    const size = Number(url.searchParams.get('size') ?? '25');
    const answer = (status: number, body?: unknown) => {
      requests.push({ was, wo, page, size, status });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (req.method !== 'GET' || url.pathname !== '/pc/v6/jobs') return answer(404, { message: 'Not Found' });
    if (req.headers['x-api-key'] !== BA_PUBLIC_API_KEY || was.toLowerCase() === 'gesperrt') return answer(403, { message: 'Forbidden' });
    const status = forced.shift();
    if (status !== undefined) return answer(status, { message: `forced ${status}` });
    if (!Number.isInteger(page) || page < 1 || page > 100 || !Number.isInteger(size) || size < 1 || size > 100) {
      return answer(400, { message: 'page must be 1..100, size 1..100' });
    }
    const key = `${was}|${wo}|${page}`;
    if (was.toLowerCase() === 'drossel' && !throttled.has(key)) {
      throttled.add(key);
      res.setHeader('retry-after', '0');
      return answer(429, { message: 'Too Many Requests' });
    }
    const all = byKeyword.get(was.toLowerCase()) ?? [];
    const slice = all.slice((page - 1) * size, page * size);
    // The API leaves ergebnisliste out when nothing matches.
    return answer(200, { ...(slice.length > 0 ? { ergebnisliste: slice } : {}), maxErgebnisse: String(all.length), page: String(page), size: String(size) });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    setPostings: (keyword, postings) => void byKeyword.set(keyword.toLowerCase(), postings),
    failNext: (status, times = 1) => {
      for (let i = 0; i < times; i++) forced.push(status);
    },
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
