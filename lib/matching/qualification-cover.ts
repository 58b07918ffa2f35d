import { qualificationCodes } from '@/lib/domain/qualifications';

/** Care diplomas from lower to higher: a higher one covers a job asking for a lower one. */
const careLadder = ['mbo2_helpende_zw', 'mbo3_verzorgende_ig', 'mbo4_verpleegkundige', 'hbo_verpleegkunde'] as const;

export function covers(have: string, need: string): boolean {
  if (have === need) return true;
  const h = careLadder.indexOf(have as (typeof careLadder)[number]);
  const n = careLadder.indexOf(need as (typeof careLadder)[number]);
  return h >= 0 && n >= 0 && h >= n;
}

/** The diplomas that satisfy a job asking for `need`. */
export function codesCovering(need: string): string[] {
  return qualificationCodes.filter((code) => covers(code, need));
}

/** The required diplomas a person with these diplomas satisfies. */
export function requirementsCoveredBy(have: string[]): string[] {
  return qualificationCodes.filter((need) => have.some((h) => covers(h, need)));
}
