import { z } from 'zod';
import { validationMessage } from './messages';

/** Building blocks shared by the form schemas; messages are i18n keys. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, 'required').max(max, validationMessage('tooLong', { max }));

export const optionalText = (max: number) => z.string().trim().max(max, validationMessage('tooLong', { max }));

export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'required')
  .max(254, validationMessage('tooLong', { max: 254 }))
  .pipe(z.email('email'));

export const newPassword = z
  .string()
  .min(12, 'passwordTooShort')
  .max(200, validationMessage('tooLong', { max: 200 }));

/** An id chosen in a <select>: the option value is a string of digits. */
export const selectedId = z.string().regex(/^[1-9][0-9]{0,9}$/, 'chooseOne');

export const germanPostcode = z.string().trim().regex(/^[0-9]{5}$/, 'germanPostcode');

/** Dutch postcode: 4 digits (no leading 0) and 2 letters; stored as "7511 AB". */
export const dutchPostcode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/, 'dutchPostcode')
  .transform((v) => `${v.slice(0, 4)} ${v.slice(-2)}`);

export const websiteUrl = z
  .string()
  .trim()
  .max(300, validationMessage('tooLong', { max: 300 }))
  .refine((v) => v === '' || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), 'url');

export const lngField = z.enum(['nl', 'de'], { error: 'chooseOne' });
