// Not marked server-only: the worker (npm run worker) and the demo seed run it outside Next, like lib/mail.
import { BA_MAX_PAGE_SIZE, BA_MAX_RESULTS_PER_QUERY, baPageShape } from '@/lib/domain/ba/api-shape';

/** The real API; used only when configured (see baClientOptionsFromEnv). */
export const BA_PRODUCTION_URL = 'https://rest.arbeitsagentur.de/jobboerse/jobsuche-service';
/** A public identifier of the Jobbörse's own web client, not a secret. */
export const BA_PUBLIC_API_KEY = 'jobboerse-jobsuche';

export interface BaSlice {
  keyword: string;
  place: string;
  radiusKm: number;
}

export interface BaClientOptions {
  baseUrl: string;
  apiKey?: string;
  /** Pause between two requests: about 1 s against the real API (its limits are not published). */
  minIntervalMs?: number;
  /** Retries of one request after 429 or 5xx (or a network error), with doubling pauses. */
  maxRetries?: number;
  retryBaseMs?: number;
  pageSize?: number;
  /** `veroeffentlichtseit`: only postings published in the last n days. */
  publishedWithinDays?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** 401 or 403: the public key changed or we were blocked. Never retried: a person must look. */
export class BaAccessRefused extends Error {
  constructor(readonly status: number) {
    super(`The Jobsuche API refused access (HTTP ${status}): the X-API-Key may have changed`);
    this.name = 'BaAccessRefused';
  }
}

export class BaRequestFailed extends Error {
  constructor(
    readonly status: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'BaRequestFailed';
  }
}

export interface BaPage {
  page: number;
  postings: unknown[];
  maxResults: number | null;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A client of `GET /pc/v6/jobs`. One instance throttles all its requests (one at a time, at
 * least `minIntervalMs` apart), so slices fetched one after another share the pace.
 */
export class BaClient {
  private lastRequestAt = 0;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly doFetch: typeof fetch;
  requests = 0;

  constructor(private readonly options: BaClientOptions) {
    this.sleep = options.sleep ?? defaultSleep;
    this.doFetch = options.fetch ?? fetch;
  }

  private get pageSize(): number {
    return Math.min(BA_MAX_PAGE_SIZE, Math.max(1, this.options.pageSize ?? BA_MAX_PAGE_SIZE));
  }

  private async throttle(): Promise<void> {
    const wait = this.lastRequestAt + (this.options.minIntervalMs ?? 1000) - Date.now();
    if (wait > 0) await this.sleep(wait);
    this.lastRequestAt = Date.now();
  }

  private url(slice: BaSlice, page: number): string {
    const url = new URL(`${this.options.baseUrl.replace(/\/+$/, '')}/pc/v6/jobs`);
    url.searchParams.set('was', slice.keyword);
    url.searchParams.set('wo', slice.place);
    url.searchParams.set('umkreis', String(slice.radiusKm));
    // 1 = Arbeit (jobs), not training places or self-employment.
    url.searchParams.set('angebotsart', '1');
    if (this.options.publishedWithinDays !== undefined) url.searchParams.set('veroeffentlichtseit', String(this.options.publishedWithinDays));
    url.searchParams.set('page', String(page));
    url.searchParams.set('size', String(this.pageSize));
    return url.toString();
  }

  /** One page (from 1), with retries on 429, 5xx and network errors. */
  async fetchPage(slice: BaSlice, page: number): Promise<BaPage> {
    const maxRetries = this.options.maxRetries ?? 5;
    const base = this.options.retryBaseMs ?? 2000;
    for (let attempt = 0; ; attempt++) {
      await this.throttle();
      let response: Response;
      try {
        this.requests++;
        response = await this.doFetch(this.url(slice, page), {
          headers: { 'X-API-Key': this.options.apiKey ?? BA_PUBLIC_API_KEY, Accept: 'application/json' },
          signal: AbortSignal.timeout(30_000),
        });
      } catch (error) {
        if (attempt >= maxRetries) throw new BaRequestFailed(null, `Jobsuche API not reachable: ${(error as Error).message}`);
        await this.sleep(base * 2 ** attempt);
        continue;
      }
      if (response.status === 401 || response.status === 403) throw new BaAccessRefused(response.status);
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        if (attempt >= maxRetries) throw new BaRequestFailed(response.status, `Jobsuche API answered ${response.status} ${maxRetries + 1} times`);
        // Retry-After (seconds) when the API sends one, else doubling pauses.
        const retryAfter = Number(response.headers.get('retry-after'));
        await this.sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : base * 2 ** attempt);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new BaRequestFailed(response.status, `Jobsuche API answered ${response.status} for page ${page} of ${slice.keyword} / ${slice.place}`);
      }
      const parsed = baPageShape.safeParse(await response.json());
      if (!parsed.success) throw new BaRequestFailed(response.status, 'Jobsuche API answered a page of an unknown shape');
      const max = parsed.data.maxErgebnisse === undefined ? null : Number(parsed.data.maxErgebnisse);
      return { page, postings: parsed.data.ergebnisliste ?? [], maxResults: Number.isFinite(max) ? max : null };
    }
  }

  /**
   * Every page of a slice, to the end: a short page, an empty one, or the API's ceiling of
   * 10,000 results (page 101 would be refused with 400, so it is never asked for). `truncated`
   * says that a slice had more than the API serves: it should be cut narrower.
   */
  async *slicePages(slice: BaSlice): AsyncGenerator<BaPage & { truncated: boolean }> {
    const size = this.pageSize;
    const lastPage = Math.floor(BA_MAX_RESULTS_PER_QUERY / size);
    for (let page = 1; page <= lastPage; page++) {
      const result = await this.fetchPage(slice, page);
      const seen = page * size;
      const more = result.postings.length === size && (result.maxResults === null || result.maxResults > seen);
      const truncated = page === lastPage && more;
      yield { ...result, truncated };
      if (!more) return;
    }
  }
}

/**
 * The client the app uses: BA_API_URL when set (the fake API in tests, e2e and demo), the real
 * API only with BA_IMPORT_ENABLED=true, otherwise none (an installation without network never
 * calls out by accident).
 */
export function baClientOptionsFromEnv(env: Record<string, string | undefined> = process.env): BaClientOptions | null {
  const url = env.BA_API_URL?.trim();
  const enabled = env.BA_IMPORT_ENABLED?.trim() === 'true';
  if (!url && !enabled) return null;
  const interval = Number(env.BA_REQUEST_INTERVAL_MS);
  return {
    baseUrl: url || BA_PRODUCTION_URL,
    apiKey: env.BA_API_KEY?.trim() || BA_PUBLIC_API_KEY,
    minIntervalMs: Number.isFinite(interval) && interval >= 0 && env.BA_REQUEST_INTERVAL_MS?.trim() ? interval : 1000,
  };
}
