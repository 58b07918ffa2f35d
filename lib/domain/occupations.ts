import type { Sector } from '@/db/schema/enums';

/**
 * Occupations as coded in Germany by KldB 2010 (5 digits: the last one is the level:
 * 1 helper, 2 qualified, 3 specialist, 4 expert), with ISCO-08 for the international side.
 * Names: locales/{nl,de}/domain.json under occupation.<code>.
 */
export const occupationList = [
  { code: '82101', sector: 'elderly_care', isco: '5322' },
  { code: '82102', sector: 'elderly_care', isco: '3221' },
  { code: '82182', sector: 'elderly_care', isco: '1343' },
  { code: '81301', sector: 'care_assistance', isco: '5321' },
  { code: '81302', sector: 'nursing', isco: '3221' },
  { code: '81313', sector: 'nursing', isco: '2221' },
  { code: '83131', sector: 'disability_care', isco: '5322' },
  { code: '83132', sector: 'disability_care', isco: '3412' },
  { code: '51301', sector: 'logistics', isco: '9333' },
  { code: '51312', sector: 'logistics', isco: '4321' },
  { code: '52122', sector: 'logistics', isco: '8332' },
  { code: '24201', sector: 'production', isco: '9329' },
  { code: '24202', sector: 'production', isco: '7223' },
  { code: '25212', sector: 'production', isco: '7231' },
  { code: '62102', sector: 'retail', isco: '5223' },
  { code: '62101', sector: 'retail', isco: '5230' },
  { code: '63301', sector: 'hospitality', isco: '5131' },
  { code: '29301', sector: 'hospitality', isco: '9412' },
  { code: '29302', sector: 'hospitality', isco: '5120' },
  { code: '54101', sector: 'cleaning', isco: '9112' },
  { code: '32102', sector: 'construction', isco: '7112' },
  { code: '11101', sector: 'agriculture', isco: '9211' },
] as const satisfies ReadonlyArray<{ code: string; sector: Sector; isco: string }>;

export type OccupationCode = (typeof occupationList)[number]['code'];
export const occupationCodes = occupationList.map((o) => o.code) as [OccupationCode, ...OccupationCode[]];
