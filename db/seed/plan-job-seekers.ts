import { consentScopes, sectors as allSectors, type CefrLevel, type ConsentScope, type Sector } from '@/db/schema/enums';
import type { QualificationCode } from '@/lib/domain/qualifications';
import { addDays, dayOf } from '@/lib/time/days';
import { mailName, nameOrigins, type Gender, type NameOrigin } from './demo-names';
import type { Random } from './random';
import {
  type Context,
  type PlannedProposal,
  type PlannedQualification,
  type PlannedSeeker,
  type Profile,
  type Staff,
  cefrRank,
  trainingNeed,
} from './plan-model';

/** The demo's job seekers: who they are, what they can and want, where they stand now, their consent. */

const JOB_SEEKER_COUNT = 150;

const NEW_INTAKES = 15;

const SIB_COHORT_SHARE = 0.35;

export function planSeekers({ rng, year, input }: Context, staff: Staff): PlannedSeeker[] {
  const twenteWeights: Record<string, number> = {
    Enschede: 40,
    Hengelo: 16,
    Almelo: 9,
    Oldenzaal: 6,
    Losser: 5,
    Haaksbergen: 5,
    Borne: 4,
  };
  const homeWeights = input.places.filter((p) => p.country === 'NL').map((p) => [p, twenteWeights[p.name] ?? 2] as const);
  const everyone = [...Array(JOB_SEEKER_COUNT).keys()];
  const newIntakes = new Set(rng.sample(everyone, NEW_INTAKES));
  const cohort = new Set(rng.sample(everyone, Math.round(JOB_SEEKER_COUNT * SIB_COHORT_SHARE)));
  // The demo caseworker carries the biggest caseload so that her screens are full.
  const caseworkerOf = new Map<number, string>();
  rng.shuffle(everyone).forEach((seekerIndex, n) => {
    const share = n / JOB_SEEKER_COUNT;
    caseworkerOf.set(seekerIndex, staff.caseworkers[share < 0.45 ? 0 : share < 0.75 ? 1 : 2]!);
  });
  const usedNames = new Set<string>();
  const usedNumbers = new Set<number>();
  const usedMail = new Set<string>();

  return everyone.map((i): PlannedSeeker => {
    const origin = rng.weighted(nameOrigins.map((o) => [o, o.weight] as const));
    const gender: Gender = rng.chance(0.6) ? 'f' : 'm';
    let firstName: string;
    let lastName: string;
    do {
      firstName = rng.pick(gender === 'f' ? origin.female : origin.male);
      lastName = rng.pick(origin.lastNames);
    } while (usedNames.has(`${firstName} ${lastName}`));
    usedNames.add(`${firstName} ${lastName}`);
    let number: number;
    do number = rng.int(100_000, 189_999);
    while (usedNumbers.has(number));
    usedNumbers.add(number);

    const profile = pickProfile(rng, gender);
    const birthYear = rng.int(1965, 2003);
    const dateOfBirth = `${birthYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const home = rng.weighted(homeWeights);
    const qualifications = pickQualifications(rng, profile, birthYear, year);
    const german = pickGerman(rng, profile, origin, qualifications);
    const drivingLicence = profile === 'driver' || rng.chance(0.68);
    const hasCar = drivingLicence && rng.chance(profile === 'driver' ? 0.9 : 0.72);
    const maxCommuteKm = hasCar ? rng.pick([25, 30, 35, 40, 45, 50, 60]) : drivingLicence ? rng.pick([10, 15, 20, 25, 30]) : rng.pick([10, 15, 20, 25]);
    const [hoursMin, hoursMax] = rng.weighted([
      [[16, 24], 2],
      [[20, 32], 3],
      [[24, 32], 4],
      [[24, 36], 2],
      [[32, 40], 4],
      [[36, 40], 2],
    ] as const);
    let mail: string | null = null;
    if (rng.chance(0.85)) {
      const base = `${mailName(firstName)}.${mailName(lastName)}`;
      mail = `${base}@example.com`;
      for (let n = 2; usedMail.has(mail); n++) mail = `${base}${n}@example.com`;
      usedMail.add(mail);
    }
    return {
      clientNumber: `WP-${number}`,
      firstName,
      lastName,
      email: mail,
      phone: rng.chance(0.92) ? `06-${rng.int(10_000_000, 59_999_999)}` : null,
      dateOfBirth,
      postcode: `${home.postcode} ${postcodeLetters(rng)}`,
      placeId: home.id,
      caseworker: caseworkerOf.get(i)!,
      status: 'active',
      drivingLicence,
      hasCar,
      maxCommuteKm,
      wantedSectors: wantedSectorsFor(rng, profile),
      hoursMin,
      hoursMax,
      availableFrom: null,
      sibCohort: cohort.has(i),
      consentGivenOn: null,
      consentScope: [],
      consentUntil: null,
      consentWithdrawnAt: null,
      createdAt: input.today,
      updatedAt: input.today,
      languages: pickLanguages(rng, origin, german),
      qualifications,
      notes: [],
      checks: [],
      gender,
      profile,
      experienceYears: Math.max(1, Math.min(rng.int(2, 15), year - birthYear - 19)),
      place: home,
      german,
      isNewIntake: newIntakes.has(i),
      reservedFrom: null,
      intakeConsent: false,
      placements: [],
      proposals: [],
      lastEnd: null,
      working: false,
    };
  });
}

function pickProfile(rng: Random, gender: Gender): Profile {
  const weights: Record<Profile, [number, number]> = {
    care_helper: [38, 12],
    care_qualified: [16, 6],
    disability: [5, 4],
    logistics: [8, 28],
    driver: [0, 12],
    production: [4, 22],
    retail: [12, 6],
    hospitality: [10, 8],
    cleaning: [7, 2],
  };
  return rng.weighted((Object.entries(weights) as Array<[Profile, [number, number]]>).map(([p, [f, m]]) => [p, gender === 'f' ? f : m] as const));
}

function wantedSectorsFor(rng: Random, profile: Profile): Sector[] {
  const wanted = new Set<Sector>();
  const maybe = (sector: Sector, p: number) => rng.chance(p) && wanted.add(sector);
  switch (profile) {
    case 'care_helper':
      wanted.add('elderly_care');
      maybe('care_assistance', 0.5);
      maybe('disability_care', 0.15);
      break;
    case 'care_qualified':
      if (rng.chance(0.8)) wanted.add('elderly_care');
      wanted.add('nursing');
      maybe('care_assistance', 0.2);
      break;
    case 'disability':
      wanted.add('disability_care');
      maybe('elderly_care', 0.5);
      break;
    case 'logistics':
      wanted.add('logistics');
      maybe('production', 0.5);
      break;
    case 'driver':
      wanted.add('logistics');
      break;
    case 'production':
      wanted.add('production');
      maybe('logistics', 0.4);
      break;
    case 'retail':
      wanted.add('retail');
      maybe('hospitality', 0.3);
      break;
    case 'hospitality':
      wanted.add('hospitality');
      maybe('retail', 0.3);
      maybe('cleaning', 0.2);
      break;
    case 'cleaning':
      wanted.add('cleaning');
      maybe('hospitality', 0.4);
      break;
  }
  return allSectors.filter((s) => wanted.has(s));
}

function pickQualifications(rng: Random, profile: Profile, birthYear: number, year: number): PlannedQualification[] {
  const obtained = () => Math.min(year, birthYear + rng.int(18, Math.max(18, Math.min(45, year - birthYear))));
  const care = (code: QualificationCode): PlannedQualification => {
    const weights: Array<[PlannedQualification['recognitionStatus'], number]> =
      code === 'mbo2_helpende_zw'
        ? [
            ['not_needed', 75],
            ['not_started', 25],
          ]
        : code === 'mbo3_verzorgende_ig'
          ? [
              ['not_needed', 35],
              ['not_started', 20],
              ['applied', 15],
              ['shortfall_notice', 10],
              ['adaptation', 8],
              ['recognised', 12],
            ]
          : [
              ['not_started', 15],
              ['applied', 22],
              ['shortfall_notice', 18],
              ['adaptation', 18],
              ['recognised', 27],
            ];
    const recognitionStatus = rng.weighted(weights);
    const inProcedure = recognitionStatus !== 'not_needed' && recognitionStatus !== 'not_started';
    return {
      qualification: code,
      title: null,
      obtainedYear: obtained(),
      recognitionStatus,
      recognitionState: inProcedure ? (rng.chance(0.6) ? 'NW' : 'NI') : null,
    };
  };
  const plain = (code: QualificationCode, title: string | null = null): PlannedQualification => ({
    qualification: code,
    title,
    obtainedYear: obtained(),
    recognitionStatus: 'not_needed',
    recognitionState: null,
  });
  const result: PlannedQualification[] = [];
  switch (profile) {
    case 'care_helper':
      if (rng.chance(0.85))
        result.push(
          care(
            rng.weighted([
              ['mbo2_helpende_zw', 45],
              ['mbo3_verzorgende_ig', 55],
            ] as const),
          ),
        );
      break;
    case 'care_qualified':
      if (rng.chance(0.3)) result.push(care('mbo3_verzorgende_ig'));
      result.push(
        care(
          rng.weighted([
            ['mbo4_verpleegkundige', 70],
            ['hbo_verpleegkunde', 30],
          ] as const),
        ),
      );
      break;
    case 'disability':
      result.push(care(rng.chance(0.7) ? 'mbo4_maatschappelijke_zorg' : 'mbo3_verzorgende_ig'));
      break;
    case 'logistics':
      if (rng.chance(0.45)) result.push(plain('mbo2_logistiek'));
      if (rng.chance(0.3)) result.push(plain('other', 'Heftruckcertificaat'));
      break;
    case 'driver':
      result.push(plain('other', 'Rijbewijs C/CE met code 95'));
      break;
    case 'production':
      if (rng.chance(0.35)) result.push(plain('mbo3_techniek'));
      if (rng.chance(0.3)) result.push(plain('other', 'VCA-basis'));
      break;
    case 'retail':
      if (rng.chance(0.5)) result.push(plain('mbo2_retail'));
      break;
    case 'hospitality':
      if (rng.chance(0.55)) result.push(plain('mbo2_horeca'));
      break;
    case 'cleaning':
      if (rng.chance(0.2)) result.push(plain('other', 'Vakdiploma schoonmaak'));
      break;
  }
  // Obtained in order: the later diploma builds on the earlier one.
  result.sort((a, b) => a.obtainedYear - b.obtainedYear);
  return result;
}

function pickGerman(rng: Random, profile: Profile, origin: NameOrigin, quals: readonly PlannedQualification[]): CefrLevel | null {
  const weights: Array<[CefrLevel | null, number]> =
    profile === 'care_qualified'
      ? [
          ['B1', 30],
          ['B2', 45],
          ['C1', 25],
        ]
      : profile === 'care_helper'
        ? [
            [null, 4],
            ['A1', 8],
            ['A2', 30],
            ['B1', 40],
            ['B2', 15],
            ['C1', 3],
          ]
        : profile === 'disability'
          ? [
              ['A2', 20],
              ['B1', 45],
              ['B2', 30],
              ['C1', 5],
            ]
          : [
              [null, 25],
              ['A1', 15],
              ['A2', 30],
              ['B1', 20],
              ['B2', 8],
              ['C1', 2],
            ];
  let level = rng.weighted(weights);
  // People who did not go to school in the Netherlands rarely had German there.
  if (origin.grewUpInNl === 0 && level !== null && cefrRank(level) > 2 && rng.chance(0.5)) level = 'B1';
  // Recognition of a care diploma requires B2: nobody is recognised or in adaptation below it.
  if (quals.some((q) => q.recognitionStatus === 'recognised' || q.recognitionStatus === 'adaptation') && cefrRank(level) < 3) {
    level = 'B2';
  }
  return level;
}

function pickLanguages(rng: Random, origin: NameOrigin, german: CefrLevel | null): PlannedSeeker['languages'] {
  const grewUp = rng.chance(origin.grewUpInNl);
  const dutch: CefrLevel = origin.key === 'twente' ? 'C2' : grewUp ? rng.pick(['C1', 'C2'] as const) : rng.pick(['B1', 'B2'] as const);
  const languages: PlannedSeeker['languages'] = [{ language: 'nl', level: dutch }];
  if (german) languages.push({ language: 'de', level: german });
  if (rng.chance(0.4))
    languages.push({
      language: 'en',
      level: rng.weighted([
        ['A2', 3],
        ['B1', 4],
        ['B2', 3],
        ['C1', 1],
      ] as const),
    });
  if (origin.homeLanguage) languages.push({ language: origin.homeLanguage, level: grewUp ? rng.pick(['B2', 'C1', 'C2'] as const) : 'C2' });
  return languages;
}

function postcodeLetters(rng: Random): string {
  // Dutch postcodes skip letters that read like others, and never use SA, SD or SS.
  const letters = 'ABCDEFGHJKLMNPRSTVWXZ';
  for (;;) {
    const pair = rng.pick([...letters]) + rng.pick([...letters]);
    if (pair !== 'SA' && pair !== 'SD' && pair !== 'SS') return pair;
  }
}

/** Sets every status; returns those who left the programme. */
export function settleStatuses({ rng }: Context, seekers: PlannedSeeker[]): PlannedSeeker[] {
  const notPlaced = seekers.filter((s) => !s.working && !s.isNewIntake);
  for (const s of seekers) {
    if (s.isNewIntake) s.status = 'intake';
    else if (s.working) s.status = 'placed';
  }
  // Withdrawn: people who left the programme, sooner those who worked and dropped out.
  const withdrawn = notPlaced
    .map((s) => ({ s, key: rng.next() + (s.placements.length > 0 ? 0.4 : 0) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, 12)
    .map(({ s }) => s);
  for (const s of withdrawn) s.status = 'withdrawn';
  // In training: mostly carers in a German course or an adaptation course for recognition.
  const trainable = rng.shuffle(notPlaced.filter((s) => s.status === 'active'));
  trainable.sort((a, b) => trainingNeed(b) - trainingNeed(a));
  for (const s of trainable.slice(0, 16)) s.status = 'in_training';
  return withdrawn;
}

export function planConsent({ rng, today }: Context, seekers: PlannedSeeker[], proposals: PlannedProposal[]): void {
  for (const s of seekers) {
    if (s.isNewIntake) {
      s.intakeConsent = rng.chance(0.67);
      if (!s.intakeConsent) continue;
    } else if (rng.chance(0.04)) {
      continue;
    } else {
      // Consent is renewed yearly, so most forms are less than a year old.
      s.consentGivenOn = rng.chance(0.85) ? addDays(today, -rng.int(7, 360)) : addDays(today, -rng.int(366, 700));
      if (rng.chance(0.25)) s.consentUntil = addDays(s.consentGivenOn, rng.pick([365, 730]));
    }
    const scope: ConsentScope[] = ['profile', 'languages', 'qualifications'];
    if (rng.chance(0.55)) scope.push('contact');
    if (rng.chance(0.85)) scope.push('cv');
    s.consentScope = consentScopes.filter((c) => scope.includes(c));
  }
  // The hires were proposed with consent: it must predate them.
  for (const p of proposals) {
    const s = seekers[p.seeker]!;
    const proposedOn = dayOf(p.createdAt);
    if (s.consentGivenOn === null || s.consentGivenOn >= proposedOn) {
      s.consentGivenOn = addDays(proposedOn, -rng.int(2, 40));
      if (s.consentScope.length === 0) s.consentScope = ['profile', 'languages', 'qualifications', 'cv'];
    }
    if (s.consentUntil !== null && s.consentUntil < s.consentGivenOn) s.consentUntil = null;
    p.sharedScope = [...s.consentScope];
  }
}
