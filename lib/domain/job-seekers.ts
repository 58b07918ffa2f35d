/**
 * Rules about job seekers that hold everywhere (form, server, list filters): pure functions,
 * dates as stored (YYYY-MM-DD), "today" from todayInAppZone (lib/time/zoned.ts).
 */

/** Languages a caseworker can record; names in locales/{nl,de}/domain.json under language.<code>. */
// Tigrinya: many Eritrean newcomers in Twente speak it (the demo data has them too).
export const languageCodes = ['de', 'nl', 'en', 'tr', 'ar', 'pl', 'fr', 'uk', 'ti'] as const;

export const MIN_AGE = 18;
export const MAX_AGE = 100;

/** Full years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export interface ConsentState {
  consentGivenOn: string | null;
  consentUntil: string | null;
  consentWithdrawnAt: Date | string | null;
}

/**
 * Consent to share with German employers counts on a day when it was given on or before that
 * day, has not been withdrawn, and has not run out (no end date means until withdrawn).
 * The list filter "consent given" applies the same rule in SQL (db/queries/job-seekers.ts).
 */
export function isConsentValid(consent: ConsentState, day: string): boolean {
  if (!consent.consentGivenOn || consent.consentWithdrawnAt) return false;
  if (consent.consentGivenOn > day) return false;
  return consent.consentUntil === null || consent.consentUntil >= day;
}

export type ConsentStatus = 'none' | 'valid' | 'expired' | 'withdrawn' | 'future';

export function consentStatus(consent: ConsentState, day: string): ConsentStatus {
  if (consent.consentWithdrawnAt) return 'withdrawn';
  if (!consent.consentGivenOn) return 'none';
  if (consent.consentGivenOn > day) return 'future';
  if (consent.consentUntil !== null && consent.consentUntil < day) return 'expired';
  return 'valid';
}
