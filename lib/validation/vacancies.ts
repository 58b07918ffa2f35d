import { z } from 'zod';
import { cefrLevels, contractTypes, sectors, shifts, type Sector } from '@/db/schema/enums';
import { occupationCodes, occupationList } from '@/lib/domain/occupations';
import { qualificationCodes } from '@/lib/domain/qualifications';
import { lngField, optionalText, recordId, requiredText, selectedId } from './fields';
import { validationMessage } from './messages';
import { addDays, isIsoDay } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';

/**
 * The vacancy form. Every input is kept as the string the form holds, so a half-filled draft
 * round-trips without loss; `vacancyRecord` turns it into column values. Two levels of rules:
 * a draft needs only a title (and whatever is filled in must be valid), publishing or saving a
 * published vacancy needs everything a caseworker needs to judge a match. The database checks
 * the same (vacancies_complete_unless_draft_ck and the range checks).
 */

const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T, message = 'chooseOne') =>
  z.union([z.literal(''), z.enum(values)], { error: message });

const wholeNumber = /^[0-9]{1,6}$/;
const optionalWhole = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || (wholeNumber.test(v) && Number(v) >= min && Number(v) <= max), validationMessage(message, { min, max }));

const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isIsoDay(v), 'date')
  .refine((v) => v === '' || !isIsoDay(v) || (v >= '2000-01-01' && v <= '2100-12-31'), 'dateRange');

export const vacancyIntents = ['draft', 'publish', 'save'] as const;
export type VacancyIntent = (typeof vacancyIntents)[number];

export const vacancyFields = {
  title: requiredText(200),
  description: optionalText(10000, { multiline: true }),
  textLanguage: lngField,
  sector: optionalChoice(sectors),
  occupationCode: optionalChoice(occupationCodes),
  placeId: z.string().regex(/^([1-9][0-9]{0,9})?$/, 'chooseOne'),
  hoursMin: optionalWhole(1, 60, 'hoursRange'),
  hoursMax: optionalWhole(1, 60, 'hoursRange'),
  contract: optionalChoice(contractTypes),
  payMin: optionalWhole(0, 100000, 'payRange'),
  payMax: optionalWhole(0, 100000, 'payRange'),
  germanLevel: optionalChoice(cefrLevels, 'cefr'),
  qualificationRequired: optionalChoice(qualificationCodes),
  recognitionRequired: z.boolean(),
  drivingLicenceRequired: z.boolean(),
  shifts: z.array(z.enum(shifts, { error: 'chooseOne' })).max(shifts.length),
  startDate: optionalDate,
  positions: z
    .string()
    .trim()
    .refine((v) => wholeNumber.test(v) && Number(v) >= 1 && Number(v) <= 500, validationMessage('positionsRange', { min: 1, max: 500 })),
  closingDate: optionalDate,
  /** draft: save as a draft; publish: save and publish a draft; save: save a published vacancy. */
  intent: z.enum(vacancyIntents, { error: 'chooseOne' }),
};

type FieldValues = z.output<z.ZodObject<typeof vacancyFields>>;

/** Fields without which a vacancy cannot be published (beyond the title). */
export const requiredToPublish = ['description', 'sector', 'occupationCode', 'placeId', 'hoursMin', 'hoursMax', 'contract', 'germanLevel'] as const;

/** Days a start date may lie ahead when publishing. */
const MAX_START_AHEAD_DAYS = 2 * 366;

/**
 * The cross-field rules; `today` is read when a form is checked, so a form left open overnight is
 * judged fresh. `keepsClosingDate`: saving a published vacancy that has expired (its closing date
 * passed) keeps that date without refusing the save; a past date typed in is still refused.
 */
export function vacancyRules(today: () => string, keepsClosingDate: (closingDate: string) => boolean = () => false) {
  return (v: FieldValues, ctx: z.RefinementCtx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.hoursMin && v.hoursMax && Number(v.hoursMin) > Number(v.hoursMax)) issue('hoursMax', 'hoursOrder');
    if (v.payMin && v.payMax && Number(v.payMin) > Number(v.payMax)) issue('payMax', 'payOrder');
    if (v.occupationCode && v.sector && occupationSector(v.occupationCode) !== v.sector) issue('occupationCode', 'occupationSector');
    if (v.intent === 'draft') return;
    for (const field of requiredToPublish) {
      if (v[field] === '') issue(field, 'requiredToPublish');
    }
    const now = today();
    if (isIsoDay(v.closingDate) && v.closingDate < now && !(v.intent === 'save' && keepsClosingDate(v.closingDate))) issue('closingDate', 'closingDateInPast');
    if (isIsoDay(v.startDate)) {
      if (v.intent === 'publish' && v.startDate < now) issue('startDate', 'startDateInPast');
      if (v.startDate > addDays(now, MAX_START_AHEAD_DAYS)) issue('startDate', 'startDateTooLate');
    }
  };
}

export function occupationSector(code: string): Sector | undefined {
  return occupationList.find((o) => o.code === code)?.sector;
}

export function buildVacancyFormSchema(today: () => string = todayInAppZone, keepsClosingDate?: (closingDate: string) => boolean) {
  return z.object(vacancyFields).superRefine(vacancyRules(today, keepsClosingDate));
}

/** The form's schema, also re-parsed by the actions. */
export const vacancyFormSchema = buildVacancyFormSchema();
export type VacancyFormInput = z.input<typeof vacancyFormSchema>;
export type VacancyFormValues = z.output<typeof vacancyFormSchema>;

/** New vacancy: employer users post for their own company (employerId is ignored); staff choose one. */
export const createVacancySchema = z
  .object({ ...vacancyFields, employerId: z.string().refine((v) => v === '' || selectedId.safeParse(v).success, 'employerRequired') })
  .superRefine(vacancyRules(todayInAppZone));
/** The stored closing date is only known inside the update's transaction: updateVacancy checks that one. */
export const updateVacancySchema = z.object({ ...vacancyFields, id: recordId, version: recordId }).superRefine(vacancyRules(todayInAppZone, () => true));

export const vacancyStatusSchema = z.object({
  id: recordId,
  version: recordId,
  action: z.enum(['publish', 'pause', 'reopen', 'fill', 'close'], { error: 'chooseOne' }),
});
export const duplicateVacancySchema = z.object({ id: recordId });

/** Column values of a vacancy from checked form values: '' becomes null. */
export function vacancyRecord(v: FieldValues) {
  const num = (s: string) => (s === '' ? null : Number(s));
  const str = <T extends string>(s: T | '') => (s === '' ? null : s);
  return {
    title: v.title,
    description: v.description === '' ? null : v.description,
    textLanguage: v.textLanguage,
    sector: str(v.sector),
    occupationCode: str(v.occupationCode),
    placeId: num(v.placeId),
    hoursMin: num(v.hoursMin),
    hoursMax: num(v.hoursMax),
    contract: str(v.contract),
    payMin: num(v.payMin),
    payMax: num(v.payMax),
    germanLevel: str(v.germanLevel),
    qualificationRequired: str(v.qualificationRequired),
    recognitionRequired: v.recognitionRequired,
    drivingLicenceRequired: v.drivingLicenceRequired,
    shifts: [...new Set(v.shifts)],
    startDate: str(v.startDate),
    positions: Number(v.positions),
    closingDate: str(v.closingDate),
  };
}
export type VacancyRecord = ReturnType<typeof vacancyRecord>;

/** The form's strings for a stored vacancy (editing, and checking completeness before publishing). */
export interface StoredVacancyFields {
  title: string;
  description: string | null;
  textLanguage: string;
  sector: string | null;
  occupationCode: string | null;
  placeId: number | null;
  hoursMin: number | null;
  hoursMax: number | null;
  contract: string | null;
  payMin: number | null;
  payMax: number | null;
  germanLevel: string | null;
  qualificationRequired: string | null;
  recognitionRequired: boolean;
  drivingLicenceRequired: boolean;
  shifts: readonly string[];
  startDate: string | null;
  positions: number;
  closingDate: string | null;
}

export function vacancyFormValues(row: StoredVacancyFields, intent: VacancyIntent): VacancyFormInput {
  const s = (x: unknown) => (x == null ? '' : String(x));
  return {
    title: row.title,
    description: s(row.description),
    textLanguage: row.textLanguage as 'nl' | 'de',
    sector: s(row.sector) as VacancyFormInput['sector'],
    occupationCode: s(row.occupationCode) as VacancyFormInput['occupationCode'],
    placeId: s(row.placeId),
    hoursMin: s(row.hoursMin),
    hoursMax: s(row.hoursMax),
    contract: s(row.contract) as VacancyFormInput['contract'],
    payMin: s(row.payMin),
    payMax: s(row.payMax),
    germanLevel: s(row.germanLevel) as VacancyFormInput['germanLevel'],
    qualificationRequired: s(row.qualificationRequired) as VacancyFormInput['qualificationRequired'],
    recognitionRequired: Boolean(row.recognitionRequired),
    drivingLicenceRequired: Boolean(row.drivingLicenceRequired),
    shifts: [...row.shifts] as VacancyFormInput['shifts'],
    startDate: s(row.startDate),
    positions: String(row.positions),
    closingDate: s(row.closingDate),
    intent,
  };
}

/** An empty form; the text language defaults to the author's language. */
export function emptyVacancyForm(textLanguage: 'nl' | 'de'): VacancyFormInput {
  return {
    title: '',
    description: '',
    textLanguage,
    sector: '',
    occupationCode: '',
    placeId: '',
    hoursMin: '',
    hoursMax: '',
    contract: '',
    payMin: '',
    payMax: '',
    germanLevel: '',
    qualificationRequired: '',
    recognitionRequired: false,
    drivingLicenceRequired: false,
    shifts: [],
    startDate: '',
    positions: '1',
    closingDate: '',
    intent: 'draft',
  };
}
