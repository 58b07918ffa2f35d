import { z } from 'zod';
import { breakGlassReasons } from '@/db/schema/enums';
import { type MultiLine, multiLineFields, recordId, requiredText } from './fields';
import { validationMessage } from './messages';

/**
 * "Break the glass": why a caseworker opens someone else's client. A coded reason (counted and
 * compared by managers) and a short explanation that another person can check afterwards.
 * The database holds the same rule (break_glass_grants_text_ck: 10 to 500 characters).
 */
const reasonText = requiredText(500, { multiline: true }).refine((v) => v.length >= 10, validationMessage('tooShort', { min: 10 }));
// Still a textarea's field after the refinement (the hostile-input test and TextAreaField read the mark).
multiLineFields.add(reasonText);

export const breakGlassSchema = z.object({
  id: recordId,
  reasonCode: z.string({ error: 'chooseOne' }).pipe(z.enum(breakGlassReasons, { error: 'chooseOne' })),
  reasonText: reasonText as typeof reasonText & MultiLine,
});
export type BreakGlassInput = z.input<typeof breakGlassSchema>;
