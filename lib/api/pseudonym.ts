import 'server-only';
import { createHmac } from 'node:crypto';
import type { ActiveApiKey } from '@/db/queries/api-keys';

/**
 * Pseudonyms of job seekers in the open API: HMAC-SHA256 of the person's id under a server
 * secret (API_PSEUDONYM_SECRET, else NEXTAUTH_SECRET), keyed per organisation. Stable per
 * organisation, so the municipality can count people with two placements and a new key of
 * the same organisation keeps the same pseudonyms; different between organisations, so two
 * receivers cannot join their data sets on it, and no one can go back to the id without the
 * secret. Changing the secret changes every pseudonym.
 */
export function organisationOf(key: Pick<ActiveApiKey, 'organisation' | 'employerId'>): string {
  return key.organisation === 'employer' ? `employer:${key.employerId}` : key.organisation;
}

export function pseudonymFor(organisation: string, jobSeekerId: number): string {
  const secret = process.env.API_PSEUDONYM_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('API_PSEUDONYM_SECRET (or NEXTAUTH_SECRET) is needed for pseudonyms');
  return `p_${createHmac('sha256', secret).update(`${organisation}\n${jobSeekerId}`).digest('base64url').slice(0, 22)}`;
}
