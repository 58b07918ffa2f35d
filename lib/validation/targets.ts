import { z } from 'zod';
import { fundingStreams } from '@/db/schema/enums';
import { MAX_DB_ID, recordId, requiredText } from './fields';
import { validationMessage } from './messages';

const wholeNumber = (min: number, max: number, key: string) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .regex(/^[0-9]{1,7}$/, validationMessage(key, { min, max }))
    .transform(Number)
    .pipe(z.number().int().min(min, validationMessage(key, { min, max })).max(max, validationMessage(key, { min, max })));

export const setYearlyTargetSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  funding: z.enum(fundingStreams),
  target: wholeNumber(0, 100000, 'targets.targetRange'),
  /** The target the manager saw (null: none stored yet): a change made meanwhile is not overwritten. */
  expectedTarget: z.number().int().min(0).max(MAX_DB_ID).nullable(),
  reason: requiredText(500, { multiline: true }),
});
export type SetYearlyTargetInput = z.input<typeof setYearlyTargetSchema>;

export const createProgrammeTargetSchema = z
  .object({
    name: requiredText(200),
    fromYear: wholeNumber(2000, 2100, 'targets.yearRange'),
    toYear: wholeNumber(2000, 2100, 'targets.yearRange'),
    funding: z.enum(['', ...fundingStreams], { error: 'chooseOne' }),
    target: wholeNumber(1, 100000, 'targets.targetRange'),
  })
  .superRefine((value, ctx) => {
    if (value.toYear < value.fromYear) ctx.addIssue({ code: 'custom', path: ['toYear'], message: 'targets.yearsOrder' });
  });
export type CreateProgrammeTargetInput = z.input<typeof createProgrammeTargetSchema>;

export const deleteProgrammeTargetSchema = z.object({ id: recordId });
