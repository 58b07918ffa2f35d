import { describe, expect, it } from 'vitest';
import {
  buildVacancyFormSchema,
  createVacancySchema,
  duplicateVacancySchema,
  emptyVacancyForm,
  vacancyFormValues,
  vacancyRecord,
  vacancyStatusSchema,
  type VacancyFormInput,
} from './vacancies';

const today = '2026-03-10';
const schema = buildVacancyFormSchema(() => today);

const complete: VacancyFormInput = {
  ...emptyVacancyForm('de'),
  title: 'Altenpflegehelfer (m/w/d)',
  description: 'Wir suchen Verstärkung.',
  sector: 'elderly_care',
  occupationCode: '82101',
  placeId: '12',
  hoursMin: '30',
  hoursMax: '38',
  contract: 'permanent',
  payMin: '2600',
  payMax: '3000',
  germanLevel: 'B1',
  qualificationRequired: 'mbo2_helpende_zw',
  recognitionRequired: true,
  shifts: ['early', 'late'],
  startDate: '2026-04-01',
  positions: '2',
  closingDate: '2026-03-31',
  intent: 'publish',
};

function errors(input: VacancyFormInput): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('vacancy form schema', () => {
  it('accepts a complete vacancy for publishing', () => {
    expect(errors(complete)).toEqual({});
  });

  it('saves a draft with only a title, keeping every empty field empty', () => {
    const draft = { ...emptyVacancyForm('nl'), title: 'Magazijnmedewerker' };
    expect(errors(draft)).toEqual({});
    const record = vacancyRecord(schema.parse(draft));
    expect(record).toMatchObject({
      title: 'Magazijnmedewerker',
      textLanguage: 'nl',
      sector: null,
      placeId: null,
      hoursMin: null,
      payMax: null,
      positions: 1,
      closingDate: null,
    });
  });

  it('a draft still needs a title, and what is filled in must be valid', () => {
    expect(errors({ ...emptyVacancyForm('de'), title: '  ', hoursMin: '70', germanLevel: 'B3' as never })).toEqual({
      title: 'required',
      hoursMin: 'hoursRange|{"min":1,"max":60}',
      germanLevel: 'cefr',
    });
  });

  it('publishing names every missing field', () => {
    const half = { ...emptyVacancyForm('de'), title: 'Pflegefachkraft', sector: 'nursing' as const, intent: 'publish' as const };
    expect(Object.keys(errors(half)).sort()).toEqual(['contract', 'description', 'germanLevel', 'hoursMax', 'hoursMin', 'occupationCode', 'placeId']);
    expect(errors(half).description).toBe('requiredToPublish');
  });

  it('refuses ranges the wrong way round', () => {
    expect(errors({ ...complete, hoursMin: '38', hoursMax: '20' })).toEqual({ hoursMax: 'hoursOrder' });
    expect(errors({ ...complete, payMin: '3500', payMax: '3000' })).toEqual({ payMax: 'payOrder' });
    expect(errors({ ...complete, intent: 'draft', payMin: '3500', payMax: '3000' })).toEqual({ payMax: 'payOrder' });
  });

  it('refuses an occupation of another sector', () => {
    expect(errors({ ...complete, occupationCode: '51301' })).toEqual({ occupationCode: 'occupationSector' });
  });

  it('checks positions, numbers and dates', () => {
    expect(errors({ ...complete, positions: '0' })).toEqual({ positions: 'positionsRange|{"min":1,"max":500}' });
    expect(errors({ ...complete, positions: '' })).toEqual({ positions: 'positionsRange|{"min":1,"max":500}' });
    expect(errors({ ...complete, payMin: '-5' })).toEqual({ payMin: 'payRange|{"min":0,"max":100000}' });
    expect(errors({ ...complete, startDate: '2026-02-30' })).toEqual({ startDate: 'date' });
    expect(errors({ ...complete, intent: 'draft', closingDate: '1999-12-31' })).toEqual({ closingDate: 'dateRange' });
  });

  it('publishing needs a closing date from today on and a start date not in the past', () => {
    expect(errors({ ...complete, closingDate: '2026-03-09' })).toEqual({ closingDate: 'closingDateInPast' });
    expect(errors({ ...complete, closingDate: today })).toEqual({});
    expect(errors({ ...complete, closingDate: '' })).toEqual({});
    expect(errors({ ...complete, startDate: '2026-03-01' })).toEqual({ startDate: 'startDateInPast' });
    expect(errors({ ...complete, startDate: '2029-01-01' })).toEqual({ startDate: 'startDateTooLate' });
    // A published vacancy whose work has begun can still be edited; a draft may hold any date.
    expect(errors({ ...complete, intent: 'save', startDate: '2026-03-01' })).toEqual({});
    expect(errors({ ...complete, intent: 'draft', closingDate: '2026-01-01' })).toEqual({});
  });

  it('round-trips a stored vacancy through the form values', () => {
    const record = vacancyRecord(schema.parse(complete));
    expect(record).toMatchObject({ placeId: 12, hoursMin: 30, payMax: 3000, positions: 2, shifts: ['early', 'late'], recognitionRequired: true });
    expect(vacancyFormValues(record, 'publish')).toEqual(complete);
  });
});

describe('vacancy action schemas', () => {
  it('refuses ids and versions beyond the database integer range instead of sending them to the database', () => {
    expect(duplicateVacancySchema.safeParse({ id: 2 ** 31 }).success).toBe(false);
    expect(duplicateVacancySchema.safeParse({ id: 2_147_483_647 }).success).toBe(true);
    expect(vacancyStatusSchema.safeParse({ id: 1, version: 2 ** 31, action: 'pause' }).success).toBe(false);
  });

  it('takes an employer id as a chosen option or empty (employer users), nothing else', () => {
    const draft = { ...emptyVacancyForm('de'), title: 'Stelle', intent: 'draft' as const };
    expect(createVacancySchema.safeParse({ ...draft, employerId: '' }).success).toBe(true);
    expect(createVacancySchema.safeParse({ ...draft, employerId: '12' }).success).toBe(true);
    for (const employerId of ['99999999999', 'x'.repeat(6000), '1; DROP TABLE employers']) {
      const result = createVacancySchema.safeParse({ ...draft, employerId });
      expect(result.success ? null : result.error.issues[0]!.message).toBe('employerRequired');
    }
  });
});
