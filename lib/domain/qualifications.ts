/**
 * Dutch qualifications that matter for German jobs. `care` ones need German recognition
 * (Anerkennung) for qualified care work. Names: locales/{nl,de}/domain.json under qualification.<code>.
 */
export const qualificationList = [
  { code: 'mbo2_helpende_zw', care: true },
  { code: 'mbo3_verzorgende_ig', care: true },
  { code: 'mbo4_verpleegkundige', care: true },
  { code: 'hbo_verpleegkunde', care: true },
  { code: 'mbo4_maatschappelijke_zorg', care: true },
  { code: 'mbo2_logistiek', care: false },
  { code: 'mbo2_horeca', care: false },
  { code: 'mbo2_retail', care: false },
  { code: 'mbo3_techniek', care: false },
  { code: 'other', care: false },
] as const;

export type QualificationCode = (typeof qualificationList)[number]['code'];
export const qualificationCodes = qualificationList.map((q) => q.code) as [QualificationCode, ...QualificationCode[]];
