import { z } from 'zod';
import { cefrLevels, consentScopes, crossBorderChecks, germanStates, jobSeekerStatuses, recognitionStatuses, sectors } from '@/db/schema/enums';
import { MAX_AGE, MIN_AGE, ageOn, languageCodes } from '@/lib/domain/job-seekers';
import { qualificationCodes } from '@/lib/domain/qualifications';
import { dutchPostcode, optionalText, recordId, requiredText, selectedId } from './fields';
import { validationMessage } from './messages';
import { defineListParams, listChoice, listFilter } from './list-params';
import { isIsoDay } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';

/*
 * One schema for the register/edit form and the server actions. The form holds strings,
 * booleans and arrays (what inputs give); the schema turns them into typed values. The client
 * sends its raw input and the server parses it again with the same schema.
 */

const requiredDate = z.string().trim().min(1, 'required').refine(isIsoDay, 'date');
const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isIsoDay(v), 'date')
  .transform((v) => (v === '' ? null : v));

const optionalWhole = (min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || /^[0-9]{1,4}$/.test(v), 'wholeNumber')
    .transform((v) => (v === '' ? null : Number(v)))
    .refine((v) => v === null || (v >= min && v <= max), validationMessage('between', { min, max }));

const requiredWhole = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .regex(/^[0-9]{1,4}$/, 'wholeNumber')
    .transform(Number)
    .refine((v) => v >= min && v <= max, validationMessage('between', { min, max }));

/**
 * The job centre's client number: letters, digits and hyphens, stored in capitals (e.g. WP-10234).
 * A date (1990-04-01) is never a client number: it was typed into the wrong field.
 */
export const clientNumberField = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, 'required')
  .regex(/^[A-Z0-9][A-Z0-9-]{2,19}$/, 'clientNumber')
  .refine((v) => !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v), 'clientNumber');

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, validationMessage('tooLong', { max: 254 }))
  .refine((v) => v === '' || z.email().safeParse(v).success, 'email')
  .transform((v) => (v === '' ? null : v));

/**
 * A Dutch or German number starts with "+" (+31, +49), "00" or a 0 area code, maybe in brackets:
 * "06-12345678", "+49 2562 70810", "(053) 4802200". Digits that start otherwise (a date, an
 * order number) are not a phone number.
 */
export const optionalPhone = z
  .string()
  .trim()
  .refine((v) => v === '' || /^(\+|\(?0)[0-9 ()-]{5,19}$/.test(v), 'phone')
  .transform((v) => (v === '' ? null : v));

/** A value picked in a select or checkbox: the form holds a string, the schema the enum. */
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.string({ error: 'chooseOne' }).pipe(z.enum(values, { error: 'chooseOne' }));

export const languageRowSchema = z.object({
  language: choice(languageCodes),
  level: choice(cefrLevels),
});

export const qualificationRowSchema = z.object({
  qualification: choice(qualificationCodes),
  title: optionalText(200).transform((v) => (v === '' ? null : v)),
  obtainedYear: optionalWhole(1950, 2100),
  recognitionStatus: choice(recognitionStatuses),
  recognitionState: z
    .string()
    .transform((v) => (v === '' ? null : v))
    .pipe(z.enum(germanStates, { error: 'chooseOne' }).nullable()),
});

const jobSeekerFields = z.object({
  clientNumber: clientNumberField,
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: optionalEmail,
  phone: optionalPhone,
  dateOfBirth: requiredDate,
  postcode: z.string().trim().min(1, 'required').pipe(dutchPostcode),
  placeId: selectedId.transform(Number),
  languages: z.array(languageRowSchema).max(10, validationMessage('tooMany', { max: 10 })),
  qualifications: z.array(qualificationRowSchema).max(10, validationMessage('tooMany', { max: 10 })),
  drivingLicence: z.boolean(),
  hasCar: z.boolean(),
  maxCommuteKm: optionalWhole(0, 500),
  wantedSectors: z.array(choice(sectors)).max(sectors.length),
  hoursMin: requiredWhole(1, 60),
  hoursMax: requiredWhole(1, 60),
  availableFrom: optionalDate,
  sibCohort: z.boolean(),
  consentGivenOn: optionalDate,
  consentScope: z.array(choice(consentScopes)).max(consentScopes.length),
  consentUntil: optionalDate,
});

type Fields = z.output<typeof jobSeekerFields>;

/**
 * The rules between fields; the database checks the same ones (db/schema/job-seekers.ts).
 * zod also runs them when a text field failed its own check (so the user sees every error at
 * once); such a field still holds its raw input, hence the type guards.
 */
function crossFieldRules(value: Fields, ctx: z.RefinementCtx): void {
  const today = todayInAppZone();
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  const isDate = (v: unknown): v is string => typeof v === 'string' && isIsoDay(v);
  const isNumber = (v: unknown): v is number => typeof v === 'number';
  if (!isDate(value.dateOfBirth)) {
    // Reported by the field itself.
  } else if (value.dateOfBirth > today) issue(['dateOfBirth'], 'notInFuture');
  else if (ageOn(value.dateOfBirth, today) < MIN_AGE) issue(['dateOfBirth'], validationMessage('tooYoung', { min: MIN_AGE }));
  else if (ageOn(value.dateOfBirth, today) > MAX_AGE) issue(['dateOfBirth'], validationMessage('tooOld', { max: MAX_AGE }));

  if (isDate(value.availableFrom) && isDate(value.dateOfBirth) && value.availableFrom <= value.dateOfBirth) issue(['availableFrom'], 'availableBeforeBirth');
  if (isNumber(value.hoursMin) && isNumber(value.hoursMax) && value.hoursMin > value.hoursMax) issue(['hoursMax'], 'hoursOrder');
  if (value.hasCar && !value.drivingLicence) issue(['hasCar'], 'carNeedsLicence');

  if (value.consentGivenOn === null) {
    if (value.consentScope.length > 0 || value.consentUntil !== null) issue(['consentGivenOn'], 'consentDateRequired');
  } else if (isDate(value.consentGivenOn)) {
    if (value.consentGivenOn > today) issue(['consentGivenOn'], 'notInFuture');
    if (value.consentScope.length === 0) issue(['consentScope'], 'consentScopeRequired');
    if (isDate(value.consentUntil) && value.consentUntil < value.consentGivenOn) issue(['consentUntil'], 'consentUntilBeforeGiven');
  }

  const seen = new Set<string>();
  value.languages.forEach((row, i) => {
    if (seen.has(row.language)) issue(['languages', i, 'language'], 'duplicateLanguage');
    seen.add(row.language);
  });
  const thisYear = Number(today.slice(0, 4));
  value.qualifications.forEach((row, i) => {
    if (row.qualification === 'other' && !row.title) issue(['qualifications', i, 'title'], 'titleRequired');
    if (isNumber(row.obtainedYear) && row.obtainedYear > thisYear) issue(['qualifications', i, 'obtainedYear'], 'notInFuture');
  });
}

export const jobSeekerSchema = jobSeekerFields.superRefine(crossFieldRules);
export type JobSeekerFormInput = z.input<typeof jobSeekerSchema>;
export type JobSeekerValues = z.output<typeof jobSeekerSchema>;

/** An edit names the row and the version it was based on (optimistic concurrency). */
export const updateJobSeekerSchema = jobSeekerFields.extend({ id: recordId, version: recordId }).superRefine(crossFieldRules);
export type UpdateJobSeekerInput = z.input<typeof updateJobSeekerSchema>;

export const emptyJobSeekerForm: JobSeekerFormInput = {
  clientNumber: '',
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  dateOfBirth: '',
  postcode: '',
  placeId: '',
  languages: [
    { language: 'nl', level: '' },
    { language: 'de', level: '' },
  ],
  qualifications: [],
  drivingLicence: false,
  hasCar: false,
  maxCommuteKm: '',
  wantedSectors: [],
  hoursMin: '',
  hoursMax: '',
  availableFrom: '',
  sibCohort: false,
  consentGivenOn: '',
  consentScope: [],
  consentUntil: '',
};

const reason = requiredText(1000, { multiline: true });
const jobSeekerId = recordId;

export const changeStatusSchema = z.object({ id: jobSeekerId, status: choice(jobSeekerStatuses), reason });
export type ChangeStatusInput = z.input<typeof changeStatusSchema>;

export const handOverSchema = z.object({ id: jobSeekerId, caseworkerId: selectedId.transform(Number), reason });
export type HandOverInput = z.input<typeof handOverSchema>;

export const withdrawConsentSchema = z.object({ id: jobSeekerId, reason });
export type WithdrawConsentInput = z.input<typeof withdrawConsentSchema>;

export const addNoteSchema = z.object({ id: jobSeekerId, body: requiredText(10000, { multiline: true }) });
export type AddNoteInput = z.input<typeof addNoteSchema>;

export const setCheckSchema = z.object({ id: jobSeekerId, item: z.enum(crossBorderChecks), done: z.boolean() });

/** Erasure is confirmed by typing the person's client number. */
export const eraseSchema = z.object({ id: jobSeekerId, confirm: requiredText(20).toUpperCase() });
export type EraseInput = z.input<typeof eraseSchema>;

// ---- The list: filters, sorting and paging from the URL ------------------------------------------

export const PAGE_SIZE = 25;
export const listSorts = ['name', 'clientNumber', 'status', 'place', 'availableFrom', 'registered'] as const;
export type ListSort = (typeof listSorts)[number];

/**
 * Search parameters of /[lng]/job-seekers. Each bad value falls back to "no filter" on its own,
 * so a hand-edited or outdated bookmark still opens a list.
 */
export const listParamsSchema = z.object({
  q: listFilter(optionalText(100)),
  // "me" (own caseload), "all", or a caseworker's id. Absent: the role's default view.
  caseworker: listFilter(z.union([z.enum(['me', 'all']), z.string().regex(/^[1-9][0-9]{0,9}$/)])),
  status: listFilter(z.enum(jobSeekerStatuses)),
  german: listFilter(z.enum(cefrLevels)),
  sector: listFilter(z.enum(sectors)),
  place: listFilter(z.coerce.number().int().positive().max(2_147_483_647)),
  km: listFilter(z.coerce.number().int().min(1).max(500)),
  consent: listFilter(z.enum(['yes', 'no'])),
  sib: listFilter(z.enum(['yes', 'no'])),
  availableBefore: listFilter(z.string().refine(isIsoDay)),
  sort: listChoice(listSorts, 'name'),
  dir: listChoice(['asc', 'desc'], 'asc'),
});

export const jobSeekerList = defineListParams(listParamsSchema, { pageSize: PAGE_SIZE });
export type ListParams = ReturnType<typeof jobSeekerList.parse>;

export function parseListParams(searchParams: Record<string, string | string[] | undefined>): ListParams {
  return jobSeekerList.parse(searchParams);
}

/** The URL query for a list state; defaults are left out so links stay short. */
export function listQuery(params: Partial<ListParams>): string {
  return jobSeekerList.query(params);
}
