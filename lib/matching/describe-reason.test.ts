import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n/create-instance';
import { describeReason } from './describe-reason';
import { scoreMatch } from './score';

const i18n = createI18n();
const nl = i18n.getFixedT('nl');
const de = i18n.getFixedT('de');

describe('describeReason', () => {
  it('says why, in Dutch and in German', () => {
    expect(describeReason(nl, 'nl', { code: 'germanBelow', tone: 'warn', params: { have: 'B1', need: 'B2' } })).toBe('Duits B1, vereist B2');
    expect(describeReason(de, 'de', { code: 'germanBelow', tone: 'warn', params: { have: 'B1', need: 'B2' } })).toBe('Deutsch B1, gefordert B2');
    expect(describeReason(nl, 'nl', { code: 'distanceOk', tone: 'good', params: { km: 23, max: 30 } })).toBe('23 km, wil max. 30 km');
    expect(describeReason(de, 'de', { code: 'distanceOk', tone: 'good', params: { km: 23, max: 30 } })).toBe('23 km, möchte max. 30 km');
    expect(describeReason(nl, 'nl', { code: 'recognition', tone: 'warn', params: { have: 'mbo4_verpleegkundige', status: 'applied' } })).toBe(
      'MBO 4 Verpleegkundige: erkenning aangevraagd',
    );
    expect(describeReason(de, 'de', { code: 'availableLater', tone: 'warn', params: { date: '2027-03-01' } })).toBe('Erst verfügbar ab 01.03.2027');
  });

  it('says "no German" where a German level is absent, not "-"', () => {
    expect(describeReason(nl, 'nl', { code: 'germanBelow', tone: 'bad', params: { have: '-', need: 'B1' } })).toBe('Geen Duits, vereist B1');
    expect(describeReason(de, 'de', { code: 'germanBelow', tone: 'bad', params: { have: '-', need: 'B1' } })).toBe('Kein Deutsch, gefordert B1');
  });

  it('has words for every reason the scoring can give', () => {
    const s = scoreMatch(
      {
        status: 'withdrawn',
        consentValid: false,
        hasActivePlacement: true,
        germanLevel: 'A1',
        qualifications: [],
        distanceKm: 99,
        maxCommuteKm: 10,
        drivingLicence: false,
        hasCar: false,
        wantedSectors: ['retail'],
        hoursMin: 5,
        hoursMax: 6,
        availableFrom: '2030-01-01',
      },
      {
        germanLevel: 'B2',
        qualificationRequired: 'mbo3_verzorgende_ig',
        recognitionRequired: true,
        drivingLicenceRequired: true,
        sector: 'elderly_care',
        hoursMin: 30,
        hoursMax: 40,
        startDate: '2027-01-01',
      },
    );
    for (const reason of [...s.blockers, ...s.reasons]) {
      for (const [t, lng] of [
        [nl, 'nl'],
        [de, 'de'],
      ] as const) {
        const text = describeReason(t, lng, reason);
        expect(text).not.toContain('reason.');
        expect(text).not.toContain('{{');
        expect(text).not.toMatch(/ -(,|$)/);
      }
    }
  });
});
