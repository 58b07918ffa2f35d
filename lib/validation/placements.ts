import { z } from 'zod';
import { contractTypes, fundingStreams, placementEndReasons } from '@/db/schema/enums';
import { optionalText, recordId, requiredText, selectedId } from './fields';
import { isIsoDay } from '@/lib/time/days';
import { validationMessage } from './messages';
import { defineListParams, listFilter } from './list-params';

/**
 * Schemas of the placement forms, shared by the forms (zodResolver) and the server actions.
 * Inputs are what HTML inputs give: strings. Messages are keys of the validation namespace.
 */

/** A real calendar day 'YYYY-MM-DD' (no 30 February) between 2000 and 2100. */
export const calendarDay = z
  .string()
  .trim()
  .min(1, 'required')
  .refine(isIsoDay, 'date')
  .refine((v) => v >= '2000-01-01' && v <= '2100-12-31', 'placement.dateRange');

/** A day that may be left empty ('' = none), else a real calendar day like calendarDay. */
const optionalDay = z
  .string()
  .trim()
  .refine((v) => v === '' || calendarDay.safeParse(v).success, 'date');

const optionalId = z.union([z.literal(''), selectedId]);

/** Hours a week as typed: whole hours 1..60. */
export const hoursPerWeek = z
  .string()
  .trim()
  .min(1, 'required')
  .regex(/^[0-9]{1,3}$/, validationMessage('placement.hoursRange', { min: 1, max: 60 }))
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(1, validationMessage('placement.hoursRange', { min: 1, max: 60 }))
      .max(60, validationMessage('placement.hoursRange', { min: 1, max: 60 })),
  );

/**
 * SIB funding only for people in the SIB cohort. The form knows the chosen person's cohort
 * and sets `sibCohort`; the server never trusts that: it reads the person again and the
 * database refuses it too (trigger placements_sib_cohort_only).
 */
function sibOnlyForCohort(value: { funding: string; sibCohort: boolean }, ctx: z.RefinementCtx) {
  if (value.funding === 'sib' && !value.sibCohort) {
    ctx.addIssue({ code: 'custom', path: ['funding'], message: 'placement.sibCohortOnly' });
  }
}

export const createPlacementSchema = z
  .object({
    jobSeekerId: selectedId,
    employerId: selectedId,
    vacancyId: optionalId,
    proposalId: optionalId,
    startDate: calendarDay,
    funding: z.enum(fundingStreams, { error: 'chooseOne' }),
    sibCohort: z.boolean(),
    jobTitle: requiredText(200),
    hoursPerWeek,
    contract: z.enum(contractTypes, { error: 'chooseOne' }),
  })
  .superRefine(sibOnlyForCohort);
export type CreatePlacementInput = z.input<typeof createPlacementSchema>;
export type CreatePlacementData = z.output<typeof createPlacementSchema>;

export const updatePlacementSchema = z
  .object({
    placementId: recordId,
    version: recordId,
    startDate: calendarDay,
    funding: z.enum(fundingStreams, { error: 'chooseOne' }),
    sibCohort: z.boolean(),
    jobTitle: requiredText(200),
    hoursPerWeek,
    contract: z.enum(contractTypes, { error: 'chooseOne' }),
  })
  .superRefine(sibOnlyForCohort);
export type UpdatePlacementInput = z.input<typeof updatePlacementSchema>;

/** The edit form's values for a stored placement. */
export function placementFormValues(p: {
  id: number;
  version: number;
  startDate: string;
  funding: UpdatePlacementInput['funding'];
  sibCohort: boolean;
  jobTitle: string;
  hoursPerWeek: number;
  contract: UpdatePlacementInput['contract'];
}): UpdatePlacementInput {
  return {
    placementId: p.id,
    version: p.version,
    startDate: p.startDate,
    funding: p.funding,
    sibCohort: p.sibCohort,
    jobTitle: p.jobTitle,
    hoursPerWeek: String(p.hoursPerWeek),
    contract: p.contract,
  };
}

export const endPlacementSchema = z
  .object({
    placementId: recordId,
    version: recordId,
    /** The placement's start date, for the form's own check; the database checks it again. */
    startDate: optionalDay,
    endDate: calendarDay,
    endReasonCode: z.enum(placementEndReasons, { error: 'placement.endReasonCodeRequired' }),
    /** An explanation beside the code: optional. */
    endReason: optionalText(500, { multiline: true }),
  })
  .superRefine((value, ctx) => {
    if (value.startDate && value.endDate < value.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'placement.endBeforeStart' });
    }
  });
export type EndPlacementInput = z.input<typeof endPlacementSchema>;

export const reopenPlacementSchema = z.object({ placementId: recordId, version: z.number().int().positive() });

export const retentionMonths = [1, 3, 6, 12] as const;
export type RetentionMonths = (typeof retentionMonths)[number];

export const recordCheckSchema = z
  .object({
    placementId: recordId,
    version: recordId,
    months: z.union([z.literal(1), z.literal(3), z.literal(6), z.literal(12)]),
    outcome: z.enum(['still_working', 'ended'], { error: 'chooseOne' }),
    startDate: optionalDay,
    /** Required (superRefine) when the outcome is "ended"; otherwise empty or a real day. */
    endDate: optionalDay,
    /** Required (superRefine) when the outcome is "ended"; '' otherwise. */
    endReasonCode: z.union([z.enum(placementEndReasons), z.literal('')], { error: 'placement.endReasonCodeRequired' }).default(''),
    endReason: optionalText(500, { multiline: true }),
    note: optionalText(1000, { multiline: true }),
  })
  .superRefine((value, ctx) => {
    if (value.outcome !== 'ended') return;
    const day = calendarDay.safeParse(value.endDate);
    if (!day.success) ctx.addIssue({ code: 'custom', path: ['endDate'], message: value.endDate ? day.error.issues[0]!.message : 'placement.endDateRequired' });
    else if (value.startDate && value.endDate < value.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'placement.endBeforeStart' });
    if (!value.endReasonCode) ctx.addIssue({ code: 'custom', path: ['endReasonCode'], message: 'placement.endReasonCodeRequired' });
  });
export type RecordCheckInput = z.input<typeof recordCheckSchema>;

/** The search box of the placement form's pickers. */
export const placementOptionSearchSchema = z.object({
  kind: z.enum(['jobSeeker', 'employer', 'vacancy']),
  q: optionalText(100).default(''),
  /** For vacancies: of which employer. */
  employerId: recordId.optional(),
});

// ---- URL state of the lists -------------------------------------------------------------------

const urlInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,10}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * The filters of the placements list and its CSV export, from the URL. Every field falls back
 * to "no filter" on a bad value: a mangled bookmark shows the whole list, not an error.
 */
const placementFiltersSchema = z.object({
  year: listFilter(urlInt(2000, 2100)),
  funding: listFilter(z.enum(fundingStreams)),
  caseworker: listFilter(z.union([z.literal('me'), z.literal('none'), urlInt(1, 2_000_000_000)])),
  employer: listFilter(urlInt(1, 2_000_000_000)),
  status: listFilter(z.enum(['upcoming', 'working', 'ended'])),
});

/** The placements list's URL state (25 a page, as listPlacements pages). */
export const placementList = defineListParams(placementFiltersSchema, { pageSize: 25 });
export type PlacementFilters = ReturnType<typeof placementList.parse>;

export function parsePlacementFilters(params: Record<string, string | string[] | undefined>): PlacementFilters {
  return placementList.parse(params);
}

/** Back to URL search params (without page unless > 1), for links that keep the filters. */
export function placementFiltersToParams(filters: Partial<PlacementFilters>): URLSearchParams {
  return new URLSearchParams(placementList.query(filters));
}

/** The year of a dashboard or report page, from the URL: the current year on a bad value. */
export function parseYearParam(value: unknown, fallback: number): number {
  const parsed = urlInt(2000, 2100).safeParse(first(value));
  return parsed.success ? parsed.data : fallback;
}
