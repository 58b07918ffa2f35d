import { z } from 'zod';
import { recordId, requiredText } from './fields';
import { validationMessage } from './messages';

/** A search slice an admin adds: keyword x place x radius (the API takes up to 200 km). */
export const baSliceFormSchema = z.object({
  keyword: requiredText(100),
  place: requiredText(100),
  radiusKm: z
    .string()
    .trim()
    .refine((v) => /^\d{1,3}$/.test(v) && Number(v) <= 200, validationMessage('baImport.radiusRange', { min: 0, max: 200 }))
    .transform(Number),
});
export type BaSliceForm = z.input<typeof baSliceFormSchema>;
export const emptyBaSliceForm: BaSliceForm = { keyword: '', place: '', radiusKm: '25' };

export const setBaSliceActiveSchema = z.object({ id: recordId, active: z.boolean({ error: 'invalid' }) });

/** A run of every active slice, or of one slice (to try a new one). */
export const startBaImportSchema = z.object({ sliceId: recordId.optional() });
