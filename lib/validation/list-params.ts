import { z } from 'zod';

type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a URL parameter; blank counts as absent. */
const blankToUndefined = (v: unknown) => {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' && first.trim() === '' ? undefined : first;
};

/** A URL filter that falls back to "no filter" (undefined) when absent, blank or invalid. */
export const listFilter = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

/** A URL value with a default that a bad value falls back to (a sort key, a direction). */
export const listChoice = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(blankToUndefined, z.enum(values).default(fallback as never)).catch(fallback as never) as unknown as z.ZodType<T[number], unknown>;

const pageParam = z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)).catch(1);

export interface ListParamsDefinition<P> {
  pageSize: number;
  /** The list state of a request's search parameters: each bad value falls back on its own. */
  parse(searchParams: SearchParams): P & { page: number };
  /** The link to a list state: `base` plus a short query (defaults and empty values left out). */
  href(base: string, params: Partial<P & { page: number }>): string;
  /** Only the query string ('' or '?...'). */
  query(params: Partial<P & { page: number }>): string;
  /** How many pages `total` rows take (at least 1). */
  pageCount(total: number): number;
}

/**
 * One way for every list to read its state from the URL and to write links to another state.
 * `filters` (a z.object) lists the filters and sort fields (use `listFilter` / `listChoice`); `page` is added.
 * A value equal to the schema's default is left out of links, so bookmarks stay short.
 */
export function defineListParams<S extends z.ZodObject>(filters: S, { pageSize }: { pageSize: number }): ListParamsDefinition<z.output<S>> {
  type P = z.output<S>;
  const schema = filters.extend({ page: pageParam });
  const defaults = schema.parse({}) as Record<string, unknown>;
  const query = (params: Partial<P & { page: number }>) => {
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined || value === null || value === '') continue;
      if (defaults[key] !== undefined && defaults[key] === value) continue;
      out.set(key, String(value));
    }
    const text = out.toString();
    return text ? `?${text}` : '';
  };
  return {
    pageSize,
    parse: (searchParams) => schema.parse(searchParams) as P & { page: number },
    query,
    href: (base, params) => `${base}${query(params)}`,
    pageCount: (total) => Math.max(1, Math.ceil(total / pageSize)),
  };
}
