import { z } from 'zod';
import { auditResults } from '@/db/schema/enums';
import { isoDate, MAX_DB_ID, optionalText } from './fields';
import { defineListParams } from './list-params';

/** Object types the audit trail records; the filter offers these. */
export const auditObjectTypes = ['user', 'employer', 'session', 'job_seeker', 'vacancy', 'proposal', 'placement', 'target', 'page'] as const;

/** A search parameter: blank, repeated or invalid values fall back to "no filter" (a repeated
 * value is ambiguous in a trail someone may rely on, so it is not narrowed to the first). */
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined), schema.optional()).catch(undefined);

/** The audit page's filters in the URL (bookmarkable). */
const auditFilterSchema = z.object({
  person: param(
    z
      .string()
      .trim()
      .regex(/^[0-9]{1,10}$/)
      .transform(Number)
      .refine((n) => n >= 1 && n <= MAX_DB_ID),
  ),
  actor: param(optionalText(254).pipe(z.string().min(1))),
  action: param(
    z
      .string()
      .trim()
      .regex(/^[a-z_]+(\.[a-z_]+)*$/)
      .max(80),
  ),
  objectType: param(z.enum(auditObjectTypes)),
  objectId: param(optionalText(80).pipe(z.string().min(1))),
  from: param(isoDate),
  to: param(isoDate),
  result: param(z.enum(auditResults)),
});

/** The audit page's URL state: the filters and the page (50 events a page). */
export const auditList = defineListParams(auditFilterSchema, { pageSize: 50 });
