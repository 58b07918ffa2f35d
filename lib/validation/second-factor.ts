import { z } from 'zod';
import { recordId } from './fields';

/** Starting an enrolment names no account: it is always the session's own; `start` says it is meant. */
export const startSecondFactorSchema = z.object({ start: z.literal(true, { error: 'invalid' }) });

/** The first code from the authenticator app confirms the enrolment. */
export const confirmSecondFactorSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'required')
    .max(32, 'invalid')
    .transform((v) => v.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'totpCode')),
});
export type ConfirmSecondFactorInput = z.input<typeof confirmSecondFactorSchema>;

/** An admin's reset of another account's second factor. */
export const resetSecondFactorSchema = z.object({ userId: recordId });
