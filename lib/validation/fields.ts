import { z } from 'zod';
import './zod-setup';
import { validationMessage } from './messages';
import { isIsoDay } from '@/lib/time/days';

/** Building blocks shared by the form schemas; messages are i18n keys. */

/**
 * Characters no form field may hold: C0/C1 control characters (except tab and line breaks
 * in multi-line text) and lone UTF-16 surrogates. PostgreSQL refuses NUL in text outright (a
 * 500 if it got that far), and the others are invisible tricks, never real input.
 * Zero-width joiners, right-to-left text, emoji, umlauts and ß are real text and pass.
 */
const forbiddenSingleLine = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const forbiddenMultiLine = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const cleanText = (multiline: boolean) => (v: string) => !(multiline ? forbiddenMultiLine : forbiddenSingleLine).test(v);

export const requiredText = (max: number, options: { multiline?: boolean } = {}) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(max, validationMessage('tooLong', { max }))
    .refine(cleanText(options.multiline ?? false), 'invalidCharacters');

export const optionalText = (max: number, options: { multiline?: boolean } = {}) =>
  z
    .string()
    .trim()
    .max(max, validationMessage('tooLong', { max }))
    .refine(cleanText(options.multiline ?? false), 'invalidCharacters');

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
  .max(200, validationMessage('tooLong', { max: 200 }))
  // A NUL byte would be cut off by some hashing code paths: refuse it rather than guess.
  .refine((v) => !v.includes('\u0000'), 'invalidCharacters');

/** The largest id an integer column holds: larger numbers are refused, not sent to the database. */
export const MAX_DB_ID = 2_147_483_647;

/** An id chosen in a <select>: the option value is a string of digits, within the database's range. */
export const selectedId = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'chooseOne')
  .refine((v) => Number(v) <= MAX_DB_ID, 'chooseOne');

/** An id sent by a client component as a number. */
export const recordId = z.number({ error: 'invalid' }).int('invalid').positive('invalid').max(MAX_DB_ID, 'invalid');

/**
 * A calendar date as <input type="date"> sends it: YYYY-MM-DD, and a day that exists
 * (2026-02-30 and 2026-02-29 are refused, 2028-02-29 passes). Years 1900..2199.
 */
function isRealIsoDate(value: string): boolean {
  if (!isIsoDay(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2199;
}

export const isoDate = z.string().trim().refine(isRealIsoDate, 'date');

/** An optional date field: empty string means no date. */
export const optionalIsoDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isRealIsoDate(v), 'date');

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
  .refine((v) => v === '' || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), 'url')
  .refine(cleanText(false), 'invalidCharacters');

export const lngField = z.enum(['nl', 'de'], { error: 'chooseOne' });
