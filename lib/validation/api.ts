import { z } from 'zod';
import { cefrLevels, sectors, fundingStreams } from '@/db/schema/enums';
import { effectiveVacancyStatuses } from '@/lib/vacancies/status';
import { todayInAppZone } from '@/lib/time/zoned';
import { MAX_DB_ID, optionalText, recordId } from './fields';
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
    q: optionalText(100).optional().meta({ description: 'Text in the title or the employer name.' }),
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
      .regex(/^[A-Za-z0-9]{4,40}$/, 'invalid')
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
      .regex(/^[A-Za-z0-9]{4,40}$/, 'invalid')
      .optional(),
  })
  .strict();

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
