import { z } from 'zod';
import { cefrLevels, sectors } from '@/db/schema/enums';
import type { VacancyListFilters } from '@/db/queries/vacancies';
import { effectiveVacancyStatuses } from '@/lib/vacancies/status';

/**
 * The vacancy list's filters live in the URL (bookmarkable). Each value is checked on its own:
 * a bad one falls back to its default instead of failing the page.
 */
const id = z.coerce.number().int().positive().max(2_000_000_000).optional().catch(undefined);
const first = (v: unknown) => {
  const value = Array.isArray(v) ? v[0] : v;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};
const param = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema);

export const vacancyStatusFilters = [...effectiveVacancyStatuses, 'all'] as const;
export const vacancySorts = ['newest', 'closing', 'distance'] as const;
export const kmChoices = [10, 20, 30, 50, 75, 100] as const;

const filtersSchema = z.object({
  // Control characters (a NUL would make PostgreSQL refuse the query) drop the search, like any bad value.
  q: param(
    z
      .string()
      .max(100)
      .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/)
      .optional()
      .catch(undefined),
  ),
  sector: param(z.enum(sectors).optional().catch(undefined)),
  place: param(id),
  from: param(id),
  km: param(z.coerce.number().int().min(1).max(500).optional().catch(undefined)),
  german: param(z.enum(cefrLevels).optional().catch(undefined)),
  hoursMin: param(z.coerce.number().int().min(1).max(60).optional().catch(undefined)),
  hoursMax: param(z.coerce.number().int().min(1).max(60).optional().catch(undefined)),
  status: param(z.enum(vacancyStatusFilters).optional().catch(undefined)),
  employer: param(id),
  sort: param(z.enum(vacancySorts).optional().catch(undefined)),
  page: param(z.coerce.number().int().min(1).max(100_000).optional().catch(undefined)),
});

export type VacancyFilterParams = z.output<typeof filtersSchema>;

/** The list's query from the URL; `defaultStatus` applies when the URL names none ('all' lists every status). */
export function parseVacancyFilters(
  searchParams: Record<string, string | string[] | undefined>,
  defaultStatus: (typeof vacancyStatusFilters)[number],
): { params: VacancyFilterParams; filters: VacancyListFilters } {
  const params = filtersSchema.parse(searchParams);
  const status = params.status ?? defaultStatus;
  return {
    params: { ...params, status },
    filters: {
      q: params.q,
      sector: params.sector,
      placeId: params.place,
      fromPlaceId: params.from,
      km: params.km,
      germanMax: params.german,
      hoursMin: params.hoursMin,
      hoursMax: params.hoursMax,
      status: status === 'all' ? undefined : status,
      employerId: params.employer,
      sort: params.sort,
      page: params.page,
    },
  };
}

/** The URL of the list with these params (empty ones left out), e.g. for the page links. */
export function vacancyListHref(base: string, params: VacancyFilterParams, change: Partial<VacancyFilterParams> = {}): string {
  const merged = { ...params, ...change };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}
