import { describe, expect, it } from 'vitest';
import { rankMatches, scoreMatch, WEIGHTS, type SeekerFacts, type VacancyFacts } from './score';

const seeker: SeekerFacts = {
  status: 'active',
  consentValid: true,
  hasActivePlacement: false,
  germanLevel: 'B2',
  qualifications: [{ code: 'mbo3_verzorgende_ig', recognition: 'recognised' }],
  distanceKm: 12,
  maxCommuteKm: 30,
  drivingLicence: true,
  hasCar: true,
  wantedSectors: ['elderly_care'],
  hoursMin: 24,
  hoursMax: 36,
  availableFrom: '2026-12-01',
};

const vacancy: VacancyFacts = {
  germanLevel: 'B1',
  qualificationRequired: 'mbo3_verzorgende_ig',
  recognitionRequired: true,
  drivingLicenceRequired: false,
  sector: 'elderly_care',
  hoursMin: 30,
  hoursMax: 38,
  startDate: '2027-01-01',
};

const codes = (s: ReturnType<typeof scoreMatch>) => s.reasons.map((r) => `${r.code}:${r.tone}`);

describe('scoreMatch', () => {
  it('gives a perfect fit 100 with good reasons', () => {
    const s = scoreMatch(seeker, vacancy);
    expect(s).toMatchObject({ eligible: true, score: 100, blockers: [] });
    expect(codes(s)).toEqual(['germanOk:good', 'recognition:good', 'distanceOk:good', 'sectorWanted:good']);
    expect(s.reasons.find((r) => r.code === 'distanceOk')!.params).toEqual({ km: 12, max: 30 });
  });

  it('weighs German: one level short halves it, two levels short loses it', () => {
    expect(scoreMatch({ ...seeker, germanLevel: 'A2' }, vacancy).score).toBe(100 - WEIGHTS.german / 2);
    expect(scoreMatch({ ...seeker, germanLevel: 'A1' }, vacancy).score).toBe(100 - WEIGHTS.german);
    expect(scoreMatch({ ...seeker, germanLevel: null }, vacancy).reasons[0]).toEqual({ code: 'germanBelow', tone: 'bad', params: { have: '-', need: 'B1' } });
    expect(scoreMatch({ ...seeker, germanLevel: 'A1' }, { ...vacancy, germanLevel: null }).score).toBe(100);
  });

  it('weighs the diploma and its German recognition', () => {
    const status = (recognition: SeekerFacts['qualifications'][number]['recognition']) =>
      scoreMatch({ ...seeker, qualifications: [{ code: 'mbo3_verzorgende_ig', recognition }] }, vacancy).score;
    expect(status('recognised')).toBe(100);
    expect(status('adaptation')).toBe(100 - 10);
    expect(status('applied')).toBe(100 - 15);
    expect(status('not_started')).toBe(100 - 20);
    expect(scoreMatch({ ...seeker, qualifications: [] }, vacancy).score).toBe(100 - WEIGHTS.qualification);
    // A higher care diploma covers a job asking for a lower one.
    expect(scoreMatch({ ...seeker, qualifications: [{ code: 'mbo4_verpleegkundige', recognition: 'recognised' }] }, vacancy).score).toBe(100);
    // Without recognition required, the diploma alone counts.
    expect(
      scoreMatch({ ...seeker, qualifications: [{ code: 'mbo3_verzorgende_ig', recognition: 'not_started' }] }, { ...vacancy, recognitionRequired: false })
        .score,
    ).toBe(100);
  });

  it('weighs the commute against how far the person will travel', () => {
    expect(scoreMatch({ ...seeker, distanceKm: 36 }, vacancy).score).toBe(100 - WEIGHTS.commute / 2);
    const far = scoreMatch({ ...seeker, distanceKm: 58.4 }, vacancy);
    expect(far.score).toBe(100 - WEIGHTS.commute);
    expect(far.reasons).toContainEqual({ code: 'distanceFar', tone: 'bad', params: { km: 58, max: 30 } });
    expect(scoreMatch({ ...seeker, distanceKm: null }, vacancy).score).toBe(100 - WEIGHTS.commute / 2);
  });

  it('lowers the score when the job needs a driving licence the person lacks', () => {
    const s = scoreMatch({ ...seeker, drivingLicence: false, hasCar: false }, { ...vacancy, drivingLicenceRequired: true });
    expect(s.eligible).toBe(true);
    expect(s.score).toBe(100 - 15);
    expect(codes(s)).toContain('drivingLicenceMissing:bad');
  });

  it('weighs sector wishes, hours and start date softly', () => {
    expect(scoreMatch({ ...seeker, wantedSectors: ['logistics'] }, vacancy).score).toBe(100 - WEIGHTS.sector);
    expect(scoreMatch({ ...seeker, wantedSectors: [] }, vacancy).score).toBe(100);
    const hours = scoreMatch({ ...seeker, hoursMin: 12, hoursMax: 20 }, vacancy);
    expect(hours.score).toBe(100 - WEIGHTS.hours);
    expect(hours.reasons).toContainEqual({ code: 'hoursMismatch', tone: 'warn', params: { want: '12-20', job: '30-38' } });
    expect(scoreMatch({ ...seeker, availableFrom: '2027-03-01' }, vacancy).score).toBe(100 - WEIGHTS.start);
  });

  it('excludes hard blockers: no consent, already placed, withdrawn', () => {
    expect(scoreMatch({ ...seeker, consentValid: false }, vacancy)).toMatchObject({ eligible: false, blockers: [{ code: 'noConsent' }] });
    expect(scoreMatch({ ...seeker, hasActivePlacement: true }, vacancy).blockers).toEqual([{ code: 'alreadyPlaced', tone: 'bad' }]);
    expect(scoreMatch({ ...seeker, status: 'withdrawn' }, vacancy).eligible).toBe(false);
  });

  it('never leaves 0..100', () => {
    const worst = scoreMatch(
      {
        ...seeker,
        germanLevel: null,
        qualifications: [],
        distanceKm: 500,
        drivingLicence: false,
        wantedSectors: ['retail'],
        hoursMin: 1,
        hoursMax: 2,
        availableFrom: '2030-01-01',
      },
      { ...vacancy, drivingLicenceRequired: true },
    );
    expect(worst.score).toBe(0);
  });
});

describe('rankMatches', () => {
  it('orders by score, then shorter commute, then id, leaves out the blocked, and limits', () => {
    const people = [
      { id: 1, distanceKm: 20, facts: { ...seeker, distanceKm: 20 } },
      { id: 2, distanceKm: 5, facts: { ...seeker, distanceKm: 5 } },
      { id: 3, distanceKm: 5, facts: { ...seeker, distanceKm: 5, germanLevel: 'A2' as const } },
      { id: 4, distanceKm: 5, facts: { ...seeker, distanceKm: 5, consentValid: false } },
      { id: 5, distanceKm: 5, facts: { ...seeker, distanceKm: 5 } },
    ];
    const ranked = rankMatches(people, (p) => scoreMatch(p.facts, vacancy), 3);
    expect(ranked.map((r) => r.item.id)).toEqual([2, 5, 1]);
  });
});
