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

/**
 * Multi-line text fields (the ones behind a <textarea>), known at run time and in types:
 * the hostile-input test reads the set, and TextAreaField accepts only a field name whose
 * schema carries the MultiLine mark, so a textarea on a single-line field does not compile.
 */
export const multiLineFields = new WeakSet<z.ZodType>();
declare const multiLineMark: unique symbol;
/** Type-only mark of a multi-line text schema; nothing at run time (see multiLineFields). */
export interface MultiLine {
  readonly [multiLineMark]: true;
}

function text(max: number, multiline: boolean, required: boolean) {
  const base = z.string().trim();
  const schema = (required ? base.min(1, 'required') : base).max(max, validationMessage('tooLong', { max })).refine(cleanText(multiline), 'invalidCharacters');
  if (multiline) multiLineFields.add(schema);
  return schema;
}
type TextSchema = ReturnType<typeof text>;

/** Free text; `multiline: true` for a <textarea> (keeps line breaks and tabs). */
export function requiredText(max: number, options: { multiline: true }): TextSchema & MultiLine;
export function requiredText(max: number, options?: { multiline?: false }): TextSchema;
export function requiredText(max: number, options: { multiline?: boolean } = {}): TextSchema {
  return text(max, options.multiline ?? false, true);
}

export function optionalText(max: number, options: { multiline: true }): TextSchema & MultiLine;
export function optionalText(max: number, options?: { multiline?: false }): TextSchema;
export function optionalText(max: number, options: { multiline?: boolean } = {}): TextSchema {
  return text(max, options.multiline ?? false, false);
}

/** Whether a field of an object schema is multi-line text. */
export function isMultiLineField(schema: z.ZodType, field: string): boolean {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  return shape[field] !== undefined && multiLineFields.has(shape[field]);
}

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

/** A first password chosen by the admin, or empty: the account is invited by e-mail and its owner chooses it. */
export const firstPasswordOrInvitation = z
  .string()
  .max(200, 'invalid')
  .refine((v) => v === '' || v.length >= 12, 'passwordTooShort')
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

export const germanPostcode = z
  .string()
  .trim()
  .regex(/^[0-9]{5}$/, 'germanPostcode');

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
