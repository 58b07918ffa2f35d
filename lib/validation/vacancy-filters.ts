import { z } from 'zod';
import { cefrLevels, sectors } from '@/db/schema/enums';
import type { VacancyListFilters } from '@/db/queries/vacancies';
import { effectiveVacancyStatuses } from '@/lib/vacancies/status';
import { defineListParams, listFilter } from './list-params';

/**
 * The vacancy list's filters live in the URL (bookmarkable). Each value is checked on its own:
 * a bad one falls back to its default instead of failing the page.
 */
const id = z.coerce.number().int().positive().max(2_000_000_000);

export const vacancyStatusFilters = [...effectiveVacancyStatuses, 'all'] as const;
export const vacancySorts = ['newest', 'closing', 'distance'] as const;
/** Where a vacancy comes from: typed into Grenzeloos, or a linked Jobbörse posting of the BA. */
export const vacancySources = ['own', 'ba'] as const;
export const kmChoices = [10, 20, 30, 50, 75, 100] as const;

const filtersSchema = z.object({
  // Control characters (a NUL would make PostgreSQL refuse the query) drop the search, like any bad value.
  q: listFilter(
    z
      .string()
      .trim()
      .max(100)
      .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/),
  ),
  sector: listFilter(z.enum(sectors)),
  place: listFilter(id),
  from: listFilter(id),
  km: listFilter(z.coerce.number().int().min(1).max(500)),
  german: listFilter(z.enum(cefrLevels)),
  hoursMin: listFilter(z.coerce.number().int().min(1).max(60)),
  hoursMax: listFilter(z.coerce.number().int().min(1).max(60)),
  // No default here: it depends on who reads (staff: open ones, employers: all of theirs).
  status: listFilter(z.enum(vacancyStatusFilters)),
  employer: listFilter(id),
  sort: listFilter(z.enum(vacancySorts)),
  source: listFilter(z.enum(vacancySources)),
});

/** The vacancy list's URL state (page size as listVacancies pages). */
const vacancyList = defineListParams(filtersSchema, { pageSize: 25 });

export type VacancyFilterParams = ReturnType<typeof vacancyList.parse>;

/** The list's query from the URL; `defaultStatus` applies when the URL names none ('all' lists every status). */
export function parseVacancyFilters(
  searchParams: Record<string, string | string[] | undefined>,
  defaultStatus: (typeof vacancyStatusFilters)[number],
): { params: VacancyFilterParams; filters: VacancyListFilters } {
  const params = vacancyList.parse(searchParams);
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
      source: params.source,
      page: params.page,
    },
  };
}

/** The URL of the list with these params (empty ones left out), e.g. for the page links. */
export function vacancyListHref(base: string, params: VacancyFilterParams, change: Partial<VacancyFilterParams> = {}): string {
  return vacancyList.href(base, { ...params, ...change });
}
