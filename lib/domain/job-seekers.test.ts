import { describe, expect, it } from 'vitest';
import { ageOn, consentStatus, isConsentValid } from './job-seekers';
import { isIsoDay } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';

describe('job-seeker rules', () => {
  it('counts full years of age, birthday included', () => {
    expect(ageOn('2008-03-15', '2026-03-14')).toBe(17);
    expect(ageOn('2008-03-15', '2026-03-15')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-13-01')).toBe(false);
    expect(isIsoDay('1-1-2026')).toBe(false);
  });

  it('takes today in the Netherlands, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Enschede.
    expect(todayInAppZone(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(todayInAppZone(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  it('counts consent as valid from the day given until the last day, unless withdrawn', () => {
    const given = { consentGivenOn: '2026-01-10', consentUntil: '2026-12-31', consentWithdrawnAt: null };
    expect(isConsentValid(given, '2026-01-09')).toBe(false);
    expect(isConsentValid(given, '2026-01-10')).toBe(true);
    expect(isConsentValid(given, '2026-12-31')).toBe(true);
    expect(isConsentValid(given, '2027-01-01')).toBe(false);
    expect(isConsentValid({ ...given, consentUntil: null }, '2030-01-01')).toBe(true);
    expect(isConsentValid({ ...given, consentWithdrawnAt: new Date('2026-02-01T10:00:00Z') }, '2026-01-20')).toBe(false);
    expect(isConsentValid({ consentGivenOn: null, consentUntil: null, consentWithdrawnAt: null }, '2026-01-20')).toBe(false);
  });

  it('names the consent state for the profile', () => {
    const base = { consentGivenOn: '2026-01-10', consentUntil: '2026-03-31', consentWithdrawnAt: null };
    expect(consentStatus(base, '2026-02-01')).toBe('valid');
    expect(consentStatus(base, '2026-04-01')).toBe('expired');
    expect(consentStatus(base, '2026-01-01')).toBe('future');
    expect(consentStatus({ ...base, consentWithdrawnAt: '2026-02-01T00:00:00Z' }, '2026-02-02')).toBe('withdrawn');
    expect(consentStatus({ consentGivenOn: null, consentUntil: null, consentWithdrawnAt: null }, '2026-02-02')).toBe('none');
  });
});
