import { z } from 'zod';
import { cefrLevels, contractTypes, fundingStreams, sectors, shifts, vacancyStatuses } from '@/db/schema/enums';
import { effectiveVacancyStatuses } from '@/lib/vacancies/status';
import { todayInAppZone } from '@/lib/time/zoned';
import { MAX_DB_ID, recordId } from './fields';
import { vacancyFields, vacancyRules } from './vacancies';

/**
 * The open API's schemas (/api/v1): the route handlers parse with them, and lib/api/openapi.ts
 * describes them in the OpenAPI document, so the document is what the code checks. Request
 * bodies of vacancies are the app's vacancy form schema itself (vacancyFields + vacancyRules):
 * an API client is held to exactly what a person at the form is. Query strings are strict:
 * a value the API does not understand is a 422 with the field, not silently dropped.
 */

const queryId = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'invalid')
  .refine((v) => Number(v) <= MAX_DB_ID, 'invalid')
  .transform(Number);
const queryInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,6}$/, 'invalid')
    .transform(Number)
    .refine((n) => n >= min && n <= max, 'invalid');

export const API_PAGE_MAX = 100;

export const apiVacancyQuery = z
  .object({
    q: z
      .string()
      .trim()
      .max(100, 'invalid')
      .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, 'invalidCharacters')
      .optional()
      .meta({ description: 'Text in the title or the employer name.' }),
    sector: z.enum(sectors, { error: 'chooseOne' }).optional(),
    place: queryId.optional().meta({ description: 'Place id (GET /api/v1/places).' }),
    from: queryId.optional().meta({ description: 'Place id to measure `km` from (default Enschede).' }),
    km: queryInt(1, 500).optional().meta({ description: 'Vacancies within this straight-line distance of `from`.' }),
    german: z.enum(cefrLevels, { error: 'cefr' }).optional().meta({ description: 'German asked at most this level.' }),
    hoursMin: queryInt(1, 60).optional(),
    hoursMax: queryInt(1, 60).optional(),
    status: z
      .enum(effectiveVacancyStatuses, { error: 'chooseOne' })
      .optional()
      .meta({ description: 'Effective status; absent: every status the key may see.' }),
    employer: queryId.optional().meta({ description: 'Employer id (ignored for an employer key: it sees its own company only).' }),
    limit: queryInt(1, API_PAGE_MAX)
      .optional()
      .meta({ description: `Page size, 1 to ${API_PAGE_MAX} (default 25).` }),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, 'invalid')
      .optional()
      .meta({ description: 'The `next` cursor of the previous page.' }),
  })
  .strict();
export type ApiVacancyQuery = z.output<typeof apiVacancyQuery>;

/** A new vacancy: the form's fields; `intent` is draft or publish. */
export const apiVacancyCreate = z
  .object(vacancyFields)
  .strict()
  .superRefine((v, ctx) => {
    if (v.intent === 'save') ctx.addIssue({ code: 'custom', path: ['intent'], message: 'chooseOne' });
  })
  .superRefine(vacancyRules(todayInAppZone))
  .meta({ id: 'VacancyInput', description: 'The vacancy form of the app, field for field (numbers as the form sends them: strings, empty for none).' });

/** A changed vacancy: the form's fields and the version read (a stale version is 409). */
export const apiVacancyUpdate = z
  .object({ ...vacancyFields, version: recordId })
  .strict()
  .superRefine(vacancyRules(todayInAppZone, () => true))
  .meta({ id: 'VacancyUpdate' });

export const apiIdParams = z.object({ id: queryId.meta({ param: { description: 'Id' } }) });

export const apiYearQuery = z.object({ year: queryInt(2000, 2100).meta({ description: 'Calendar year (default: this year).' }).optional() }).strict();

export const apiPlacementsQuery = z
  .object({
    year: queryInt(2000, 2100).optional(),
    funding: z.enum(fundingStreams, { error: 'chooseOne' }).optional(),
    limit: queryInt(1, API_PAGE_MAX).optional(),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, 'invalid')
      .optional(),
  })
  .strict();

// ---- Responses (documentation and the tests' check of every answer) -------------------------------

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ format: 'date' });
const isoInstant = z.string().meta({ format: 'date-time' });

export const apiVacancy = z
  .object({
    id: z.number().int(),
    employer: z.object({ id: z.number().int(), name: z.string() }),
    title: z.string(),
    description: z.string().nullable(),
    textLanguage: z.enum(['nl', 'de']),
    sector: z.enum(sectors).nullable(),
    occupationCode: z.string().nullable(),
    place: z.object({ id: z.number().int(), name: z.string(), country: z.string(), postcode: z.string().nullable() }).nullable(),
    hoursMin: z.number().int().nullable(),
    hoursMax: z.number().int().nullable(),
    contract: z.enum(contractTypes).nullable(),
    payMin: z.number().int().nullable(),
    payMax: z.number().int().nullable(),
    germanLevel: z.enum(cefrLevels).nullable(),
    qualificationRequired: z.string().nullable(),
    recognitionRequired: z.boolean(),
    drivingLicenceRequired: z.boolean(),
    shifts: z.array(z.enum(shifts)),
    startDate: isoDay.nullable(),
    positions: z.number().int(),
    positionsFilled: z.number().int(),
    closingDate: isoDay.nullable(),
    status: z.enum(vacancyStatuses),
    effectiveStatus: z.enum(effectiveVacancyStatuses),
    publishedAt: isoInstant.nullable(),
    updatedAt: isoInstant,
    version: z.number().int(),
  })
  .meta({ id: 'Vacancy' });

const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ data: z.array(item), next: z.string().nullable().meta({ description: 'Link to the next page; null on the last.' }) }).meta({ id });

export const apiVacancyPage = pageOf(apiVacancy, 'VacancyPage');

export const apiProposal = z
  .object({
    id: z.number().int(),
    vacancyId: z.number().int(),
    stage: z.string(),
    stageChangedAt: isoInstant,
    interviewAt: isoInstant.nullable(),
    candidate: z
      .object({
        displayName: z.string(),
        consentWithdrawn: z.boolean(),
        placeName: z.string().nullable(),
        languages: z.array(z.object({ language: z.string(), level: z.string() })).nullable(),
        qualifications: z.array(z.object({ qualification: z.string(), recognitionStatus: z.string() })).nullable(),
        drivingLicence: z.boolean().nullable(),
        hoursMin: z.number().int().nullable(),
        hoursMax: z.number().int().nullable(),
        availableFrom: isoDay.nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
      })
      .meta({ description: 'Only what the person agreed to share with employers, today and at the proposal; null fields were not shared.' }),
  })
  .meta({ id: 'Proposal' });
export const apiProposalList = z.object({ data: z.array(apiProposal) }).meta({ id: 'ProposalList' });

export const apiPlacement = z
  .object({
    id: z.number().int(),
    person: z.string().meta({ description: 'Pseudonym of the person: the same for every key of this organisation, different for every other organisation.' }),
    employer: z.object({ id: z.number().int(), name: z.string() }),
    vacancyId: z.number().int().nullable(),
    startDate: isoDay,
    year: z.number().int(),
    funding: z.enum(fundingStreams),
    jobTitle: z.string(),
    hoursPerWeek: z.number().nullable(),
    contract: z.enum(contractTypes).nullable(),
    endDate: isoDay.nullable(),
  })
  .meta({ id: 'Placement' });
export const apiPlacementPage = pageOf(apiPlacement, 'PlacementPage');

export const apiTargetProgress = z
  .object({
    year: z.number().int(),
    asOf: isoDay,
    streams: z.array(
      z.object({
        funding: z.enum(fundingStreams),
        target: z.number().int(),
        counted: z.number().int(),
        startedToDate: z.number().int(),
        ended: z.number().int(),
        expectedToDate: z.number().meta({ description: 'Where the count should stand by today (target x share of the year gone).' }),
        forecast: z.number().int().nullable().meta({ description: 'Count at the end of the year at the current pace; null before the year starts.' }),
        status: z.enum(['notStarted', 'behind', 'onTrack', 'reached', 'met', 'missed']),
      }),
    ),
  })
  .meta({ id: 'TargetProgress' });

export const apiPlace = z
  .object({ id: z.number().int(), name: z.string(), country: z.string(), postcode: z.string().nullable(), state: z.string().nullable() })
  .meta({ id: 'Place' });
export const apiPlaceList = z.object({ data: z.array(apiPlace) }).meta({ id: 'PlaceList' });

export const apiOccupation = z
  .object({
    code: z.string().meta({ description: 'KldB 2010' }),
    isco: z.string().meta({ description: 'ISCO-08' }),
    sector: z.enum(sectors),
    name: z.object({ nl: z.string(), de: z.string() }),
  })
  .meta({ id: 'Occupation' });
export const apiOccupationList = z.object({ data: z.array(apiOccupation) }).meta({ id: 'OccupationList' });

export const apiProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

export const apiSibQuery = z
  .object({
    contract: queryId.optional().meta({ description: 'SIB contract id (default: the one in force today).' }),
    period: z
      .string()
      .regex(/^\d{4}(-Q[1-4])?$/, 'invalid')
      .optional()
      .meta({ description: 'A year (2026) or a quarter (2026-Q2); default this year. Report only.' }),
  })
  .strict();

const sibContract = z.object({ id: z.number().int(), name: z.string(), investor: z.string(), startsOn: isoDay, endsOn: isoDay, capCents: z.number().int() });

export const apiSibLedger = z
  .object({
    contract: sibContract,
    quarters: z.array(
      z.object({
        quarter: z.string(),
        verified: z.number().int(),
        dueCents: z.number().int(),
        paidCents: z.number().int(),
        overCents: z.number().int(),
        remainingCents: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'SibLedger', description: 'Verified outcomes and amounts per quarter against the cap (what is over the cap is shown, not paid).' });

export const apiSibReport = z
  .object({
    contract: sibContract,
    period: z.string(),
    from: isoDay,
    to: isoDay,
    peopleEntered: z.number().int(),
    placementsEntered: z.number().int(),
    claimed: z.number().int(),
    verified: z.number().int(),
    denied: z.number().int(),
    lapsed: z.number().int(),
    dueCents: z.number().int(),
    paidCents: z.number().int(),
    remainingCents: z.number().int(),
    capCents: z.number().int(),
    dropOuts: z.record(z.string(), z.number().int()),
    cohorts: z.array(
      z.object({
        cohort: z.string(),
        people: z.number().int(),
        placements: z.number().int(),
        verified: z.number().int(),
        amountCents: z.number().int(),
        dropOuts: z.number().int(),
      }),
    ),
    people: z.array(
      z.object({ pseudonym: z.string(), cohort: z.string(), verified: z.array(z.string()), amountCents: z.number().int(), dropOut: z.string().nullable() }),
    ),
  })
  .meta({ id: 'SibReport', description: 'The investor report of the app (/sib/report), the same figures and pseudonyms.' });
