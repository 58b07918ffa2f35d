import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeStatusSchema, eraseSchema, jobSeekerSchema, listQuery, parseListParams, updateJobSeekerSchema, type JobSeekerFormInput } from './job-seekers';

/** A complete, valid registration as the form sends it (strings, booleans, arrays). */
const validInput: JobSeekerFormInput = {
  clientNumber: ' wp-20001 ',
  firstName: 'Anna',
  lastName: 'de Vries',
  email: ' Anna.deVries@Example.com ',
  phone: '06-12345678',
  dateOfBirth: '1980-05-04',
  postcode: '7511ab',
  placeId: '1',
  languages: [
    { language: 'nl', level: 'C2' },
    { language: 'de', level: 'B1' },
  ],
  qualifications: [{ qualification: 'mbo3_verzorgende_ig', title: '', obtainedYear: '2004', recognitionStatus: 'applied', recognitionState: 'NW' }],
  drivingLicence: true,
  hasCar: true,
  maxCommuteKm: '40',
  wantedSectors: ['elderly_care', 'nursing'],
  hoursMin: '24',
  hoursMax: '32',
  availableFrom: '2026-07-01',
  sibCohort: true,
  consentGivenOn: '2026-03-01',
  consentScope: ['profile', 'languages'],
  consentUntil: '2027-03-01',
};

function errorsOf(
  input: unknown,
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } } = jobSeekerSchema,
) {
  const result = schema.safeParse(input);
  // First issue per field, as the action (fieldErrorsOf) and the form resolver report them.
  const out: Record<string, string> = {};
  for (const i of result.error?.issues ?? []) out[i.path.join('.')] ??= i.message;
  return out;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-06-15T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('jobSeekerSchema', () => {
  it('accepts a complete registration and normalises it', () => {
    const v = jobSeekerSchema.parse(validInput);
    expect(v.clientNumber).toBe('WP-20001');
    expect(v.email).toBe('anna.devries@example.com');
    expect(v.postcode).toBe('7511 AB');
    expect(v.placeId).toBe(1);
    expect(v.hoursMin).toBe(24);
    expect(v.maxCommuteKm).toBe(40);
    expect(v.qualifications[0]).toEqual({
      qualification: 'mbo3_verzorgende_ig',
      title: null,
      obtainedYear: 2004,
      recognitionStatus: 'applied',
      recognitionState: 'NW',
    });
  });

  it('turns empty optional fields into null', () => {
    const v = jobSeekerSchema.parse({
      ...validInput,
      email: '',
      phone: '',
      maxCommuteKm: '',
      availableFrom: '',
      consentGivenOn: '',
      consentScope: [],
      consentUntil: '',
    });
    expect([v.email, v.phone, v.maxCommuteKm, v.availableFrom, v.consentGivenOn, v.consentUntil]).toEqual([null, null, null, null, null, null]);
  });

  it('refuses missing and malformed fields with message keys', () => {
    expect(
      errorsOf({
        ...validInput,
        clientNumber: '',
        firstName: ' ',
        postcode: '0511 AB',
        placeId: '',
        email: 'geen-mail',
        phone: 'bel me',
        hoursMin: 'veel',
        dateOfBirth: '2000-02-30',
      }),
    ).toEqual({
      clientNumber: 'required',
      firstName: 'required',
      postcode: 'dutchPostcode',
      placeId: 'chooseOne',
      email: 'email',
      phone: 'phone',
      hoursMin: 'wholeNumber',
      dateOfBirth: 'date',
    });
    expect(errorsOf({ ...validInput, clientNumber: 'W P 1' })).toEqual({ clientNumber: 'clientNumber' });
    // A date or a bare number typed into the wrong field.
    expect(errorsOf({ ...validInput, clientNumber: '1990-04-01', phone: '2026-02-30' })).toEqual({ clientNumber: 'clientNumber', phone: 'phone' });
    expect(errorsOf({ ...validInput, phone: '+49 2562 70810' })).toEqual({});
    expect(errorsOf({ ...validInput, hoursMax: '61', maxCommuteKm: '501' })).toEqual({
      hoursMax: 'between|{"min":1,"max":60}',
      maxCommuteKm: 'between|{"min":0,"max":500}',
    });
  });

  it('wants an adult of a plausible age', () => {
    expect(errorsOf({ ...validInput, dateOfBirth: '2008-06-16', availableFrom: '' })).toEqual({ dateOfBirth: 'tooYoung|{"min":18}' });
    expect(errorsOf({ ...validInput, dateOfBirth: '2008-06-15', availableFrom: '' })).toEqual({});
    expect(errorsOf({ ...validInput, dateOfBirth: '1926-06-15' })).toEqual({});
    expect(errorsOf({ ...validInput, dateOfBirth: '1925-06-14' })).toEqual({ dateOfBirth: 'tooOld|{"max":100}' });
    expect(errorsOf({ ...validInput, dateOfBirth: '2027-01-01', availableFrom: '' })).toEqual({ dateOfBirth: 'notInFuture' });
  });

  it('refuses impossible combinations', () => {
    expect(errorsOf({ ...validInput, availableFrom: '1980-05-04' })).toEqual({ availableFrom: 'availableBeforeBirth' });
    expect(errorsOf({ ...validInput, hoursMin: '32', hoursMax: '24' })).toEqual({ hoursMax: 'hoursOrder' });
    expect(errorsOf({ ...validInput, drivingLicence: false, hasCar: true })).toEqual({ hasCar: 'carNeedsLicence' });
    expect(errorsOf({ ...validInput, consentUntil: '2026-02-28' })).toEqual({ consentUntil: 'consentUntilBeforeGiven' });
    expect(errorsOf({ ...validInput, consentGivenOn: '', consentUntil: '' })).toEqual({ consentGivenOn: 'consentDateRequired' });
    expect(errorsOf({ ...validInput, consentScope: [] })).toEqual({ consentScope: 'consentScopeRequired' });
    expect(errorsOf({ ...validInput, consentGivenOn: '2026-06-16', consentUntil: '' })).toEqual({ consentGivenOn: 'notInFuture' });
  });

  it('checks the language and qualification rows', () => {
    expect(
      errorsOf({
        ...validInput,
        languages: [
          { language: 'de', level: 'B1' },
          { language: 'de', level: '' },
          { language: 'xx', level: 'B2' },
        ],
      }),
    ).toEqual({ 'languages.1.level': 'chooseOne', 'languages.2.language': 'chooseOne' });
    expect(
      errorsOf({
        ...validInput,
        languages: [
          { language: 'de', level: 'B1' },
          { language: 'de', level: 'A2' },
        ],
      }),
    ).toEqual({ 'languages.1.language': 'duplicateLanguage' });
    expect(
      errorsOf({
        ...validInput,
        qualifications: [{ qualification: 'other', title: '', obtainedYear: '2027', recognitionStatus: 'recognised', recognitionState: 'BY' }],
      }),
    ).toEqual({ 'qualifications.0.recognitionState': 'chooseOne' });
    // Rules between fields wait until every choice in the form is a valid one.
    expect(
      errorsOf({
        ...validInput,
        qualifications: [{ qualification: 'other', title: '', obtainedYear: '2027', recognitionStatus: 'recognised', recognitionState: 'NI' }],
      }),
    ).toEqual({ 'qualifications.0.title': 'titleRequired', 'qualifications.0.obtainedYear': 'notInFuture' });
  });

  it('refuses unknown sectors and consent scopes', () => {
    expect(errorsOf({ ...validInput, wantedSectors: ['elderly_care', 'space'], consentScope: ['profile', 'bsn'] })).toEqual({
      'wantedSectors.1': 'chooseOne',
      'consentScope.1': 'chooseOne',
    });
  });

  it('an edit also names the row and the version it is based on', () => {
    expect(errorsOf({ ...validInput }, updateJobSeekerSchema)).toMatchObject({ id: expect.any(String), version: expect.any(String) });
    expect(updateJobSeekerSchema.safeParse({ ...validInput, id: 3, version: 2 }).success).toBe(true);
  });
});

describe('the other job-seeker actions', () => {
  it('refuses ids beyond the integer column and confirmations that cannot be a client number', () => {
    expect(changeStatusSchema.safeParse({ id: 2 ** 31, status: 'active', reason: 'x' }).success).toBe(false);
    expect(eraseSchema.safeParse({ id: 1, confirm: 'x'.repeat(21) }).success).toBe(false);
    expect(eraseSchema.safeParse({ id: 1, confirm: 'WP\u0000-1' }).success).toBe(false);
    expect(eraseSchema.parse({ id: 1, confirm: ' wp-10234 ' })).toEqual({ id: 1, confirm: 'WP-10234' });
  });
});

describe('list parameters from the URL', () => {
  it('reads filters and falls back to defaults for each bad value on its own', () => {
    const p = parseListParams({
      q: ' jansen ',
      status: 'active',
      german: 'B9',
      sector: 'elderly_care',
      place: 'abc',
      km: '30',
      sort: 'shoe',
      dir: 'down',
      page: '-2',
      caseworker: 'all',
    });
    expect(p).toMatchObject({
      q: 'jansen',
      status: 'active',
      german: undefined,
      sector: 'elderly_care',
      place: undefined,
      km: 30,
      sort: 'name',
      dir: 'asc',
      page: 1,
      caseworker: 'all',
    });
    expect(parseListParams({ q: 'jan\u0000sen' }).q).toBeUndefined();
    expect(parseListParams({})).toMatchObject({ sort: 'name', dir: 'asc', page: 1 });
    expect(parseListParams({}).caseworker).toBeUndefined();
    expect(parseListParams({ availableBefore: '2026-02-30', consent: 'yes', page: '500' })).toMatchObject({
      availableBefore: undefined,
      consent: 'yes',
      page: 500,
    });
  });

  it('writes a short, stable query string', () => {
    expect(listQuery({ sort: 'name', dir: 'asc', page: 1 })).toBe('');
    expect(listQuery({ q: 'de vries', status: 'active', page: 3, sort: 'registered', dir: 'desc' })).toBe(
      '?q=de+vries&status=active&page=3&sort=registered&dir=desc',
    );
  });
});
