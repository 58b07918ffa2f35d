import {
  cefrLevels,
  consentScopes,
  sectors as allSectors,
  type CefrLevel,
  type ConsentScope,
  type ContractType,
  type CrossBorderCheck,
  type FundingStream,
  type JobSeekerStatus,
  type ProposalStage,
  type Role,
  type Sector,
  type Shift,
  type VacancyStatus,
} from '@/db/schema/enums';
import type { OccupationCode } from '@/lib/domain/occupations';
import { qualificationList, type QualificationCode } from '@/lib/domain/qualifications';
import { maxDay, minDay, momentOn, nextWorkingDay, previousWorkingDay, yearOf } from './calendar';
import { addDays, addMonths, type Day, dayOf, daysBetween } from '@/lib/time/days';
import { demoAccounts } from './demo-accounts';
import { demoEmployers, demoEmployerUsers, demoStaff, type DemoEmployer } from './demo-employers';
import { demoJob, type DemoJob } from './demo-jobs';
import { mailName, nameOrigins, type Gender, type NameOrigin } from './demo-names';
import {
  checkNotesNl,
  experienceDe,
  placementEndReasonsNl,
  positionTakenDe,
  qualificationDe,
  qualificationNl,
  recognitionAuthorityNl,
  rejectionReasonsDe,
  sectorNl,
  withdrawalReasonsNl,
  withdrawnFromProgrammeNl,
  yearsDe,
} from './demo-texts';
import { createRandom, type Random } from './random';

/**
 * The whole demo world as plain values, built from a seeded PRNG and `today`, before any of
 * it touches the database. Rows point at each other by e-mail (users), employer key and list
 * index; the seeder turns those into ids. Every date is relative to `today`, so the demo
 * always looks like a programme in the middle of its current year.
 */

const SEED = 0x67726e7a; // 'grnz'

const JOB_SEEKER_COUNT = 150;
const NEW_INTAKES = 15;
const SIB_COHORT_SHARE = 0.35;

interface PlaceInfo {
  id: number;
  name: string;
  country: string;
  postcode: string;
  lat: number;
  lon: number;
}

export interface PlanInput {
  today: Date;
  places: readonly PlaceInfo[];
  /** The yearly target of a funding stream (the seeder falls back to the defaults for a missing year). */
  target(year: number, funding: FundingStream): number;
}

interface PlannedUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  locale: 'nl' | 'de';
  employer: string | null;
  createdAt: Date;
}

interface PlannedVacancy {
  employer: string;
  title: string;
  description: string | null;
  textLanguage: 'nl' | 'de';
  sector: Sector;
  occupationCode: OccupationCode;
  placeId: number;
  hoursMin: number | null;
  hoursMax: number | null;
  contract: ContractType | null;
  payMin: number | null;
  payMax: number | null;
  germanLevel: CefrLevel | null;
  qualificationRequired: QualificationCode | null;
  recognitionRequired: boolean;
  drivingLicenceRequired: boolean;
  shifts: Shift[];
  startDate: Day | null;
  positions: number;
  positionsFilled: number;
  status: VacancyStatus;
  closingDate: Day | null;
  publishedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  // Planning only.
  job: DemoJob;
  workplace: PlaceInfo;
  publishedDay: Day;
  /** The last day candidates could be in its pipeline. */
  pipelineEnds: Day;
}

interface PlannedQualification {
  qualification: QualificationCode;
  title: string | null;
  obtainedYear: number;
  recognitionStatus: 'not_needed' | 'not_started' | 'applied' | 'shortfall_notice' | 'adaptation' | 'recognised';
  recognitionState: 'NW' | 'NI' | null;
}

type Profile = 'care_helper' | 'care_qualified' | 'disability' | 'logistics' | 'driver' | 'production' | 'retail' | 'hospitality' | 'cleaning';

interface PlannedSeeker {
  clientNumber: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  dateOfBirth: Day;
  postcode: string;
  placeId: number;
  caseworker: string;
  status: JobSeekerStatus;
  drivingLicence: boolean;
  hasCar: boolean;
  maxCommuteKm: number;
  wantedSectors: Sector[];
  hoursMin: number;
  hoursMax: number;
  availableFrom: Day | null;
  sibCohort: boolean;
  consentGivenOn: Day | null;
  consentScope: ConsentScope[];
  consentUntil: Day | null;
  consentWithdrawnAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  languages: Array<{ language: string; level: CefrLevel }>;
  qualifications: PlannedQualification[];
  notes: Array<{ author: string; body: string; createdAt: Date }>;
  checks: Array<{ item: CrossBorderCheck; doneAt: Date; doneBy: string }>;
  // Planning only.
  gender: Gender;
  profile: Profile;
  /** Years of work in the wanted field, as the caseworker tells employers. */
  experienceYears: number;
  place: PlaceInfo;
  german: CefrLevel | null;
  isNewIntake: boolean;
  /** Kept free from this day on for a hire through a demo vacancy. */
  reservedFrom: Day | null;
  /** A new intake who already signed the consent form (dated once the intake date is known). */
  intakeConsent: boolean;
  placements: number[];
  proposals: number[];
  lastEnd: Day | null;
  working: boolean;
}

interface PlannedEvent {
  fromStage: ProposalStage | null;
  toStage: ProposalStage;
  actor: string;
  reason: string | null;
  at: Date;
}

interface PlannedProposal {
  vacancy: number;
  seeker: number;
  proposedBy: string;
  motivation: string;
  stage: ProposalStage;
  sharedScope: ConsentScope[];
  interviewAt: Date | null;
  createdAt: Date;
  stageChangedAt: Date;
  events: PlannedEvent[];
}

interface PlannedPlacement {
  seeker: number;
  employer: string;
  vacancy: number | null;
  proposal: number | null;
  caseworker: string;
  startDate: Day;
  funding: FundingStream;
  jobTitle: string;
  hoursPerWeek: number;
  contract: ContractType;
  endDate: Day | null;
  endReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  checks: Array<{
    months: 1 | 3 | 6 | 12;
    dueOn: Day;
    outcome: 'pending' | 'still_working' | 'ended';
    checkedAt: Date | null;
    checkedBy: string | null;
    note: string | null;
  }>;
}

export interface DemoPlan {
  users: PlannedUser[];
  employers: Array<{
    key: string;
    name: string;
    street: string;
    postcode: string;
    placeId: number;
    sector: Sector;
    website: string;
    phone: string;
    email: string;
    description: string;
    createdAt: Date;
    contacts: DemoEmployer['contacts'];
  }>;
  vacancies: PlannedVacancy[];
  seekers: PlannedSeeker[];
  proposals: PlannedProposal[];
  placements: PlannedPlacement[];
  programmeTarget: { name: string; fromYear: number; toYear: number; target: number };
}

const account = (role: Role) => {
  const a = demoAccounts.find((x) => x.role === role);
  if (!a) throw new Error(`no demo account for ${role}`);
  return a;
};

const careSectors: readonly Sector[] = ['elderly_care', 'nursing', 'care_assistance', 'disability_care'];
const careQualifications = new Set<QualificationCode>(qualificationList.filter((q) => q.care).map((q) => q.code));
const qualifiedNursing = new Set<QualificationCode>(['mbo4_verpleegkundige', 'hbo_verpleegkunde']);

function cefrRank(level: CefrLevel | null): number {
  return level === null ? -1 : cefrLevels.indexOf(level);
}

function sameFamily(a: Sector, b: Sector): boolean {
  return a === b || (careSectors.includes(a) && careSectors.includes(b));
}

function distanceKm(a: PlaceInfo, b: PlaceInfo): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** `moment`, or a little after `floor` when a random office time fell before it on the same day. */
function notBefore(moment: Date, floor: Date): Date {
  return moment.getTime() > floor.getTime() ? moment : new Date(floor.getTime() + 20 * 60_000);
}

/** Office hours, as minutes after midnight UTC (CET is UTC+1). */
function officeMinutes(rng: Random): number {
  return rng.int(7 * 60, 15 * 60 + 30);
}

/** What every phase of the plan shares: the PRNG, the day, and place lookups. */
interface Context {
  rng: Random;
  today: Day;
  yesterday: Day;
  year: number;
  input: PlanInput;
  /** A moment in office hours on `day`. */
  at(day: Day): Date;
  place(name: string): PlaceInfo;
}

interface Staff {
  users: PlannedUser[];
  caseworkers: string[];
  managers: string[];
  /** E-mail of the signed-in user of an employer, by employer key, where it has one. */
  employerUserOf: ReadonlyMap<string, string>;
}

export function planDemoData(input: PlanInput): DemoPlan {
  const rng = createRandom(SEED);
  const today = dayOf(input.today);
  const placeByName = new Map(input.places.map((p) => [p.name, p]));
  const ctx: Context = {
    rng,
    today,
    yesterday: addDays(today, -1),
    year: yearOf(today),
    input,
    at: (day) => momentOn(day, officeMinutes(rng)),
    place: (name) => {
      const p = placeByName.get(name);
      if (!p) throw new Error(`demo seed: place "${name}" is not in the places table`);
      return p;
    },
  };

  const staff = planStaff(ctx);
  const employers = planEmployers(ctx);
  const vacancies = planVacancies(ctx, staff);
  const seekers = planSeekers(ctx, staff);
  const { placements, proposals } = planPlacements(ctx, staff, vacancies, seekers);
  const withdrawn = settleStatuses(ctx, seekers);
  planConsent(ctx, seekers, proposals);
  planPipelines(ctx, staff, vacancies, seekers, proposals);
  // People who left the programme and took their consent back (never while in a pipeline).
  for (const s of withdrawn.filter((w) => w.proposals.length === 0 && w.consentGivenOn).slice(0, 3)) {
    s.consentWithdrawnAt = ctx.at(minDay(ctx.yesterday, addDays(s.consentGivenOn!, rng.int(10, 120))));
  }
  completeSeekers(ctx, seekers, placements, proposals);

  return {
    users: staff.users,
    employers,
    vacancies,
    seekers,
    proposals,
    placements,
    programmeTarget: {
      name: 'Twente-breed: 200 werkzoekenden aan het werk in Duitsland',
      fromYear: ctx.year - 1,
      toYear: ctx.year + 1,
      target: 200,
    },
  };
}

// ---- People who sign in -----------------------------------------------------------------------

function planStaff({ rng, today, at }: Context): Staff {
  const caseworkers = [account('caseworker').email, ...demoStaff.filter((s) => s.role === 'caseworker').map((s) => s.email)];
  const managers = [account('manager').email, ...demoStaff.filter((s) => s.role === 'manager').map((s) => s.email)];
  const employerUserOf = new Map<string, string>([['sonnenhof', account('employer').email], ...demoEmployerUsers.map((u) => [u.employer, u.email] as const)]);
  const staffSince = addDays(today, -2 * 365);
  const users: PlannedUser[] = [
    ...demoAccounts.map((a) => ({
      email: a.email,
      name: a.name,
      password: a.password,
      role: a.role,
      locale: a.locale,
      employer: a.role === 'employer' ? 'sonnenhof' : null,
      createdAt: at(staffSince),
    })),
    ...demoStaff.map((s) => ({
      email: s.email,
      name: s.name,
      password: s.role === 'manager' ? account('manager').password : account('caseworker').password,
      role: s.role,
      locale: 'nl' as const,
      employer: null,
      createdAt: at(addDays(staffSince, rng.int(10, 200))),
    })),
    ...demoEmployerUsers.map((u) => ({
      email: u.email,
      name: u.name,
      password: account('employer').password,
      role: 'employer' as const,
      locale: 'de' as const,
      employer: u.employer,
      createdAt: at(addDays(today, -rng.int(120, 500))),
    })),
  ];
  return { users, caseworkers, managers, employerUserOf };
}

// ---- Employers and vacancies ------------------------------------------------------------------

function planEmployers({ rng, today, at, place }: Context): DemoPlan['employers'] {
  return demoEmployers.map((e) => {
    const p = place(e.place);
    return {
      key: e.key,
      name: e.name,
      street: e.street,
      postcode: e.postcode ?? p.postcode,
      placeId: p.id,
      sector: e.sector,
      website: `https://www.${e.domain}`,
      phone: e.phone,
      email: `info@${e.domain}`,
      description: e.description,
      createdAt: at(addDays(today, -rng.int(400, 900))),
      contacts: e.contacts,
    };
  });
}

function planVacancies({ rng, today, yesterday, at, place }: Context, staff: Staff): PlannedVacancy[] {
  const firstOfMonth = `${today.slice(0, 8)}01`;
  const vacancies: PlannedVacancy[] = [];
  for (const employer of demoEmployers) {
    employer.vacancies.forEach((plan, n) => {
      const job = demoJob(plan.job);
      const filled = plan.filled ?? 0;
      if (filled > plan.positions || (plan.status === 'filled' && filled !== plan.positions)) {
        throw new Error(`demo seed: ${employer.key} vacancy ${n} fills ${filled} of ${plan.positions}`);
      }
      const workplace = place(plan.place ?? employer.place);
      let publishedDay: Day;
      let closingDate: Day | null;
      let startDate: Day | null;
      let pipelineEnds = yesterday;
      switch (plan.status) {
        case 'open':
          // Adverts with hires already made have been up long enough for a whole pipeline.
          publishedDay = addDays(today, filled > 0 ? -rng.int(90, 150) : -rng.int(12, 100));
          closingDate = plan.closing === 'none' ? null : plan.closing === 'passed' ? addDays(today, -rng.int(1, 4)) : addDays(today, rng.int(10, 80));
          startDate = rng.chance(0.4) ? publishedDay : addMonths(firstOfMonth, rng.int(1, 3));
          break;
        case 'paused':
          publishedDay = addDays(today, -rng.int(30, 90));
          closingDate = rng.chance(0.5) ? null : addDays(today, rng.int(20, 60));
          startDate = addMonths(firstOfMonth, rng.int(2, 4));
          pipelineEnds = addDays(today, -rng.int(5, 15));
          break;
        case 'filled':
        case 'closed':
          publishedDay = addDays(today, plan.status === 'filled' ? -rng.int(150, 300) : -rng.int(150, 330));
          closingDate = addDays(publishedDay, rng.int(28, 56));
          startDate = addMonths(`${publishedDay.slice(0, 8)}01`, 2);
          pipelineEnds = addDays(closingDate, rng.int(10, 30));
          break;
        case 'draft':
          publishedDay = addDays(today, -rng.int(1, 20));
          closingDate = null;
          startDate = rng.chance(0.5) ? null : addMonths(firstOfMonth, 2);
          break;
      }
      const isDraft = plan.status === 'draft';
      // Some drafts are only a title and an occupation: employers save half-written adverts.
      const sketchy = isDraft && n % 2 === 0;
      const createdDay = isDraft ? publishedDay : addDays(publishedDay, -rng.int(1, 6));
      const lastChange = plan.status === 'filled' || plan.status === 'closed' ? closingDate! : publishedDay;
      const createdAt = at(createdDay);
      vacancies.push({
        employer: employer.key,
        title: job.title,
        description: sketchy ? null : vacancyText(rng, employer, job),
        textLanguage: job.language,
        sector: job.sector,
        occupationCode: job.occupationCode,
        placeId: workplace.id,
        hoursMin: sketchy ? null : job.hours[0],
        hoursMax: sketchy ? null : job.hours[1],
        contract: sketchy ? null : job.contract,
        payMin: sketchy ? null : job.pay[0],
        payMax: sketchy ? null : job.pay[1],
        germanLevel: job.germanLevel,
        qualificationRequired: job.qualificationRequired,
        recognitionRequired: job.recognitionRequired,
        drivingLicenceRequired: job.drivingLicenceRequired,
        shifts: [...job.shifts],
        startDate,
        positions: plan.positions,
        positionsFilled: filled,
        status: plan.status,
        closingDate,
        publishedAt: isDraft ? null : at(publishedDay),
        // Employers without an account send their adverts in; a caseworker enters them.
        createdBy: staff.employerUserOf.get(employer.key) ?? rng.pick(staff.caseworkers),
        createdAt,
        updatedAt: isDraft ? createdAt : notBefore(at(lastChange), createdAt),
        job,
        workplace,
        publishedDay,
        pipelineEnds,
      });
    });
  }
  return vacancies;
}

// ---- Job seekers --------------------------------------------------------------------------------

function planSeekers({ rng, year, input }: Context, staff: Staff): PlannedSeeker[] {
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

// ---- Placements -----------------------------------------------------------------------------------

/**
 * How many placements each year and funding stream gets: earlier years end near their
 * targets, the current year stands where a programme a little behind schedule would stand
 * by `today` (so progress, pro rata and forecast all have something to show).
 */
function placementQuotas({ rng, today, year, input }: Context): Map<string, number> {
  const jan1 = `${year}-01-01`;
  const yearShare = (daysBetween(jan1, today) + 1) / daysBetween(jan1, `${year + 1}-01-01`);
  const quota = new Map<string, number>();
  for (const y of [year - 2, year - 1]) {
    quota.set(`${y}:regular`, Math.round(input.target(y, 'regular') * (0.92 + rng.next() * 0.16)));
    quota.set(`${y}:sib`, Math.round(input.target(y, 'sib') * (0.86 + rng.next() * 0.18)));
  }
  for (const [funding, pace] of [
    ['regular', 0.85],
    ['sib', 0.78],
  ] as const) {
    const t = input.target(year, funding);
    quota.set(`${year}:${funding}`, Math.min(Math.max(1, t - 1), Math.max(1, Math.round(t * yearShare * pace))));
  }
  return quota;
}

interface PlacementSpec {
  start: Day;
  funding: FundingStream;
  employer: DemoEmployer;
  vacancy: number | null;
  /** Chosen up front for hires into a demo vacancy. */
  seeker: number | null;
}

const employerWeights: Record<string, number> = {
  sonnenhof: 14,
  vechteblick: 11,
  bentheimer_land: 8,
  schlosspark: 9,
  aaseeblick: 6,
  hasepark: 8,
  lindenhof: 4,
  grenzland_logistik: 9,
  ttg: 8,
  terhorst: 4,
  burgblick: 5,
  vechtetal: 7,
};

function planPlacements(
  ctx: Context,
  staff: Staff,
  vacancies: readonly PlannedVacancy[],
  seekers: PlannedSeeker[],
): { placements: PlannedPlacement[]; proposals: PlannedProposal[] } {
  const { rng, today, yesterday, year, at } = ctx;
  const quota = placementQuotas(ctx);
  const employerByKey = new Map(demoEmployers.map((e) => [e.key, e]));
  const specs: PlacementSpec[] = [];
  // Hires into the demo vacancies come first: they need someone who really fits the job
  // (a recognised nurse for a Pflegefachkraft post), and that person is kept free for the
  // weeks of the pipeline. Their funding follows the person: SIB for the cohort.
  vacancies.forEach((v, index) => {
    for (let k = 0; k < v.positionsFilled; k++) {
      const start = minDay(today, nextWorkingDay(addDays(v.publishedDay, rng.int(35, 75) + k * rng.int(0, 20))));
      const chosen = seekers
        .map((s, i) => ({ s, i }))
        .filter(({ s }) => !s.isNewIntake && s.reservedFrom === null)
        .map(({ s, i }) => ({
          i,
          score:
            (suits(s, v.job, true) ? 6 : suits(s, v.job, false) ? 3 : -3) +
            (s.wantedSectors.includes(v.sector) ? 2 : 0) +
            (distanceKm(s.place, v.workplace) <= s.maxCommuteKm + 15 ? 2 : -1) +
            rng.next() * 1.5,
        }))
        .sort((a, b) => b.score - a.score)[0];
      if (!chosen) throw new Error('demo seed: nobody left to hire');
      const seeker = seekers[chosen.i]!;
      seeker.reservedFrom = addDays(start, -90);
      const funding: FundingStream = seeker.sibCohort ? 'sib' : 'regular';
      specs.push({ start, funding, employer: employerByKey.get(v.employer)!, vacancy: index, seeker: chosen.i });
      const key = `${yearOf(start)}:${funding}`;
      quota.set(key, Math.max(0, (quota.get(key) ?? 0) - 1));
    }
  });
  const employerPick = demoEmployers.map((e) => [e, employerWeights[e.key] ?? 3] as const);
  for (const y of [year - 2, year - 1, year]) {
    for (const funding of ['regular', 'sib'] as const) {
      const n = quota.get(`${y}:${funding}`) ?? 0;
      for (let k = 0; k < n; k++) {
        specs.push({ start: startDateIn(rng, y, today), funding, employer: rng.weighted(employerPick), vacancy: null, seeker: null });
      }
    }
  }
  // In date order, so that whoever is free on a start date is known.
  specs.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

  const placements: PlannedPlacement[] = [];
  const proposals: PlannedProposal[] = [];
  for (const spec of specs) {
    const linked = spec.vacancy === null ? null : vacancies[spec.vacancy]!;
    const employerJobs = uniqueJobs(spec.employer);
    const seekerIndex = spec.seeker ?? chooseForPlacement(rng, seekers, spec, employerJobs);
    const seeker = seekers[seekerIndex]!;
    const fitting = employerJobs.filter((j) => suits(seeker, j, false));
    const job = linked ? linked.job : fitting.length > 0 ? rng.pick(fitting) : easiestJob(employerJobs);
    const lo = Math.max(job.hours[0], Math.min(seeker.hoursMin, job.hours[1]));
    const hi = Math.max(lo, Math.min(job.hours[1], seeker.hoursMax));
    const hoursPerWeek = Math.max(16, rng.int(lo, hi));
    // German employers often start with a fixed-term contract, even for permanent posts.
    const contract: ContractType = job.contract === 'permanent' && rng.chance(0.3) ? 'fixed_term' : job.contract;

    // Older placements have more often ended; SIB ones are followed more closely and last a bit better.
    const yearsAgo = year - yearOf(spec.start);
    const endChance = ([0.5, 0.82, 0.93][yearsAgo] ?? 0.95) * (spec.funding === 'sib' ? 0.85 : 1);
    const longest = daysBetween(spec.start, today) - 1;
    let endDate: Day | null = null;
    const reservedFrom = spec.seeker === null ? seeker.reservedFrom : null;
    if (reservedFrom !== null) {
      endDate = addDays(spec.start, rng.int(21, daysBetween(spec.start, reservedFrom) - 14));
    } else if (longest >= 21 && rng.chance(endChance)) {
      endDate = addDays(spec.start, 21 + Math.floor((longest - 21) * rng.next() ** 1.6));
    }
    let proposalIndex: number | null = null;
    let createdDay = addDays(spec.start, -rng.int(1, 10));
    if (linked && spec.vacancy !== null) {
      proposalIndex = proposals.length;
      const hiredOn = addDays(spec.start, -rng.int(4, 12));
      proposals.push(hiredProposal(rng, spec.vacancy, linked, seekerIndex, seeker, hiredOn, staff.employerUserOf));
      seeker.proposals.push(proposalIndex);
      createdDay = hiredOn;
    }
    const createdAt = at(createdDay);
    const placement: PlannedPlacement = {
      seeker: seekerIndex,
      employer: spec.employer.key,
      vacancy: spec.vacancy,
      proposal: proposalIndex,
      caseworker: seeker.caseworker,
      startDate: spec.start,
      funding: spec.funding,
      jobTitle: job.jobTitle[seeker.gender],
      hoursPerWeek,
      contract,
      endDate,
      endReason: endDate ? rng.pick(placementEndReasonsNl) : null,
      createdAt,
      updatedAt: endDate ? notBefore(at(minDay(yesterday, addDays(endDate, rng.int(1, 10)))), createdAt) : createdAt,
      checks: [],
    };
    placement.checks = retentionChecks(rng, placement, today);
    seeker.placements.push(placements.length);
    placements.push(placement);
    if (endDate) seeker.lastEnd = endDate;
    else seeker.working = true;
  }
  return { placements, proposals };
}

function chooseForPlacement(rng: Random, seekers: readonly PlannedSeeker[], spec: PlacementSpec, jobs: readonly DemoJob[]): number {
  const freeSince = addDays(spec.start, -14);
  const best = seekers
    .map((s, index) => ({ s, index }))
    .filter(
      ({ s }) =>
        !s.isNewIntake &&
        !s.working &&
        s.sibCohort === (spec.funding === 'sib') &&
        (s.lastEnd === null || s.lastEnd < freeSince) &&
        // Someone kept free for a later hire can only take a job that ends well before it.
        (s.reservedFrom === null || daysBetween(spec.start, s.reservedFrom) >= 60),
    )
    .map(({ s, index }) => {
      const fits = jobs.some((j) => suits(s, j, false));
      const sectorScore = s.wantedSectors.includes(spec.employer.sector) ? 3 : s.wantedSectors.some((w) => sameFamily(w, spec.employer.sector)) ? 2 : 0;
      // Spread placements over people: 150 job seekers carry three years of them.
      return { index, score: sectorScore + (fits ? 2 : -3) - 1.6 * s.placements.length + rng.next() * 1.5 };
    })
    .sort((a, b) => b.score - a.score)[0];
  if (!best) throw new Error(`demo seed: nobody free for a ${spec.funding} placement on ${spec.start}`);
  return best.index;
}

// ---- Where each person stands now ------------------------------------------------------------------

/** Sets every status; returns those who left the programme. */
function settleStatuses({ rng }: Context, seekers: PlannedSeeker[]): PlannedSeeker[] {
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

function planConsent({ rng, today }: Context, seekers: PlannedSeeker[], proposals: PlannedProposal[]): void {
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

// ---- Open pipelines -----------------------------------------------------------------------------------

const pipelineStages: ReadonlyArray<readonly [ProposalStage, number]> = [
  ['proposed', 7],
  ['seen', 5],
  ['interview', 6],
  ['trial_day', 3],
  ['offer', 3],
  ['rejected', 5],
  ['withdrawn', 2],
];

function planPipelines(
  { rng, today, yesterday }: Context,
  staff: Staff,
  vacancies: readonly PlannedVacancy[],
  seekers: PlannedSeeker[],
  proposals: PlannedProposal[],
): void {
  const indexed = vacancies.map((v, index) => ({ v, index }));
  const openVacancies = indexed.filter(({ v }) => v.status === 'open' && daysBetween(v.publishedDay, yesterday) >= 16);
  const filledVacancies = indexed.filter(({ v }) => v.status === 'filled');
  let rejectedOnFilled = 0;
  for (const [stage, count] of pipelineStages) {
    for (let k = 0; k < count; k++) {
      // Two candidates were still in the pipeline when their vacancy was filled by someone else.
      const onFilled = stage === 'rejected' && rejectedOnFilled < 2 && filledVacancies.length > 0;
      const { v, index: vacancyIndex } = rng.weighted(
        (onFilled ? filledVacancies : openVacancies).map((entry) => {
          const room = Math.max(1, entry.v.positions - entry.v.positionsFilled);
          // The demo employer gets a full pipeline to look at.
          const demo = entry.v.employer === 'sonnenhof' ? 2.5 : 1;
          const care = careSectors.includes(entry.v.sector) ? 1.5 : 1;
          return [entry, room * demo * care] as const;
        }),
      );
      const strict = stage === 'offer' || stage === 'trial_day';
      const best = seekers
        .map((s, index) => ({ s, index }))
        .filter(
          ({ s }) =>
            (s.status === 'active' || s.status === 'in_training') &&
            s.consentGivenOn !== null &&
            (s.consentUntil === null || s.consentUntil >= today) &&
            s.proposals.length < 2 &&
            !s.proposals.some((p) => proposals[p]!.vacancy === vacancyIndex),
        )
        .map(({ s, index }) => ({ index, score: matchScore(rng, s, v, strict) }))
        .sort((a, b) => b.score - a.score)[0];
      if (!best) throw new Error(`demo seed: no candidate left for a ${stage} proposal`);
      const seeker = seekers[best.index]!;
      const proposal = pipelineProposal(rng, {
        stage,
        vacancyIndex,
        vacancy: v,
        seekerIndex: best.index,
        seeker,
        onFilled,
        yesterday,
        today,
        employerUser: staff.employerUserOf.get(v.employer) ?? null,
      });
      if (onFilled) rejectedOnFilled++;
      const proposedOn = dayOf(proposal.createdAt);
      if (seeker.consentGivenOn! > proposedOn) seeker.consentGivenOn = addDays(proposedOn, -rng.int(1, 30));
      if (seeker.consentUntil !== null && seeker.consentUntil < seeker.consentGivenOn!) seeker.consentUntil = null;
      proposal.sharedScope = [...seeker.consentScope];
      seeker.proposals.push(proposals.length);
      proposals.push(proposal);
    }
  }
}

// ---- Registration dates, availability, notes and the cross-border checklist ----------------------------

function completeSeekers(
  { rng, today, yesterday, at }: Context,
  seekers: PlannedSeeker[],
  placements: readonly PlannedPlacement[],
  proposals: readonly PlannedProposal[],
): void {
  for (const s of seekers) {
    if (s.isNewIntake) {
      const created = addDays(today, -rng.int(3, 60));
      s.createdAt = at(created);
      if (s.intakeConsent) s.consentGivenOn = minDay(yesterday, addDays(created, rng.int(0, 7)));
      s.availableFrom = rng.chance(0.7) ? addDays(today, rng.int(0, 60)) : null;
    } else {
      // Registered a while before anything else happened to them.
      const involvement: Day[] = [...s.placements.map((p) => placements[p]!.startDate), ...s.proposals.map((p) => dayOf(proposals[p]!.createdAt))];
      if (s.consentGivenOn) involvement.push(s.consentGivenOn);
      const firstInvolvement = involvement.length > 0 ? minDay(...involvement) : addDays(today, -rng.int(30, 200));
      const created = addDays(firstInvolvement, -rng.int(14, 120));
      s.createdAt = at(created);
      const firstStart = s.placements.length > 0 ? placements[s.placements[0]!]!.startDate : null;
      const availableLatest = firstStart ?? addDays(today, 60);
      s.availableFrom = addDays(created, rng.int(0, Math.max(0, daysBetween(created, availableLatest))));
    }
    s.notes = notesFor(rng, s, placements, today, at);
    s.checks = crossBorderChecksFor(rng, s, placements, proposals, today);
    const lastTouch = [dayOf(s.createdAt), ...s.notes.map((n) => dayOf(n.createdAt))];
    if (s.consentGivenOn) lastTouch.push(s.consentGivenOn);
    if (s.consentWithdrawnAt) lastTouch.push(dayOf(s.consentWithdrawnAt));
    s.updatedAt = notBefore(at(maxDay(...lastTouch)), s.createdAt);
  }
}

// ---- Vacancy texts ----------------------------------------------------------------------------

function vacancyText(rng: Random, employer: DemoEmployer, job: DemoJob): string {
  const list = (items: readonly string[]) => items.map((t) => `- ${t}`).join('\n');
  const benefits = rng.sample(employer.benefits, 3);
  if (job.language === 'nl') {
    return [
      employer.intro,
      `Wat ga je doen?\n${list(job.tasks)}`,
      `Wat vragen wij?\n${list(job.profile)}`,
      `Wat bieden wij?\n${list(benefits)}`,
      'Interesse? Je klantmanager van Werkplein Twente stelt je graag aan ons voor.',
    ].join('\n\n');
  }
  return [
    employer.intro,
    `Ihre Aufgaben:\n${list(job.tasks)}`,
    `Ihr Profil:\n${list(job.profile)}`,
    `Wir bieten:\n${list(benefits)}`,
    'Bewerbungen aus den Niederlanden sind ausdrücklich willkommen. Wir freuen uns auf Ihren Vorschlag über das Werkplein Twente.',
  ].join('\n\n');
}

function uniqueJobs(employer: DemoEmployer): DemoJob[] {
  return [...new Set(employer.vacancies.map((v) => v.job))].map(demoJob);
}

function easiestJob(jobs: readonly DemoJob[]): DemoJob {
  return [...jobs].sort((a, b) => cefrRank(a.germanLevel) - cefrRank(b.germanLevel))[0]!;
}

// ---- Job seeker profiles ----------------------------------------------------------------------

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

function hasRecognised(s: PlannedSeeker, job: DemoJob): boolean {
  return s.qualifications.some(
    (q) =>
      q.recognitionStatus === 'recognised' &&
      (job.qualificationRequired === null ||
        q.qualification === job.qualificationRequired ||
        (qualifiedNursing.has(job.qualificationRequired) && qualifiedNursing.has(q.qualification))),
  );
}

/** Whether a person could do this job now; `strict` asks for the full German level. */
function suits(s: PlannedSeeker, job: DemoJob, strict: boolean): boolean {
  if (job.recognitionRequired && !hasRecognised(s, job)) return false;
  if (job.drivingLicenceRequired && !s.drivingLicence) return false;
  return cefrRank(s.german) >= cefrRank(job.germanLevel) - (strict ? 0 : 1);
}

function trainingNeed(s: PlannedSeeker): number {
  const care = s.wantedSectors.some((w) => careSectors.includes(w)) ? 2 : 0;
  const adapting = s.qualifications.some((q) => q.recognitionStatus === 'adaptation' || q.recognitionStatus === 'shortfall_notice') ? 3 : 0;
  const lowGerman = cefrRank(s.german) <= 1 ? 1.5 : 0;
  return care + adapting + lowGerman;
}

function matchScore(rng: Random, s: PlannedSeeker, v: PlannedVacancy, strict: boolean): number {
  let score = rng.next() * 1.5 - s.proposals.length;
  score += s.wantedSectors.includes(v.sector) ? 3 : s.wantedSectors.some((w) => sameFamily(w, v.sector)) ? 1.5 : -5;
  const gap = cefrRank(s.german) - cefrRank(v.germanLevel);
  score += gap >= 0 ? 2 : gap === -1 && !strict ? 0.5 : -4;
  if (v.recognitionRequired) {
    const procedure = s.qualifications.find((q) => careQualifications.has(q.qualification) && q.recognitionStatus !== 'not_needed');
    score += hasRecognised(s, v.job) ? 2 : procedure && procedure.recognitionStatus !== 'not_started' && !strict ? 0.5 : -4;
  }
  if (v.drivingLicenceRequired && !s.drivingLicence) score -= 6;
  // Straight-line km; roads are longer, so a little over the limit is still worth asking.
  const km = distanceKm(s.place, v.workplace);
  score += km <= s.maxCommuteKm ? 1.5 : km <= s.maxCommuteKm + 15 ? 0 : -3;
  return score;
}

// ---- Placements -------------------------------------------------------------------------------

/** A plausible first working day in `year`, never after `today`: mostly the 1st or 15th. */
function startDateIn(rng: Random, year: number, today: Day): Day {
  const first = `${year}-01-01`;
  const last = minDay(`${year}-12-31`, today);
  const span = daysBetween(first, last);
  let day: Day;
  for (;;) {
    day = addDays(first, rng.int(0, span));
    const month = Number(day.slice(5, 7));
    // Fewer starts in the summer holidays and in December.
    if (month === 7 || month === 8 || month === 12 ? rng.chance(0.55) : true) break;
  }
  const r = rng.next();
  if (r < 0.45) return `${day.slice(0, 8)}01`;
  if (r < 0.6 && day.slice(8) >= '15') return `${day.slice(0, 8)}15`;
  const working = nextWorkingDay(day);
  return working <= last ? working : previousWorkingDay(day);
}

function retentionChecks(rng: Random, p: PlannedPlacement, today: Day): PlannedPlacement['checks'] {
  const yesterday = addDays(today, -1);
  const months = [1, 3, 6, 12] as const;
  let endRecorded: Date | null = null;
  return months.map((m) => {
    const dueOn = addMonths(p.startDate, m);
    if (p.endDate !== null && p.endDate < dueOn) {
      // Checks after the end are closed in one go, when the end is recorded.
      const first = endRecorded === null;
      endRecorded ??= momentOn(minDay(yesterday, addDays(p.endDate, rng.int(1, 10))), officeMinutes(rng));
      return {
        months: m,
        dueOn,
        outcome: 'ended' as const,
        checkedAt: endRecorded,
        checkedBy: p.caseworker,
        note: first ? rng.pick(checkNotesNl.ended) : null,
      };
    }
    // Checks due in the last few days are still on the caseworker's list.
    if (dueOn <= addDays(today, -6)) {
      return {
        months: m,
        dueOn,
        outcome: 'still_working' as const,
        checkedAt: momentOn(minDay(yesterday, addDays(dueOn, rng.int(0, 6))), officeMinutes(rng)),
        checkedBy: p.caseworker,
        note: rng.chance(0.3) ? rng.pick(checkNotesNl.still_working) : null,
      };
    }
    return { months: m, dueOn, outcome: 'pending' as const, checkedAt: null, checkedBy: null, note: null };
  });
}

// ---- Proposals --------------------------------------------------------------------------------

/** Days for the steps of a pipeline between `earliest` and `latest`, 2-9 days apart. */
function stepDays(rng: Random, earliest: Day, latest: Day, steps: number, endAtLatest: boolean): Day[] {
  const span = daysBetween(earliest, latest);
  if (span < steps) throw new Error(`demo seed: ${steps} steps do not fit between ${earliest} and ${latest}`);
  let gaps = Array.from({ length: steps }, () => rng.int(2, 9));
  let total = gaps.reduce((a, b) => a + b, 0);
  if (total > span) {
    gaps = gaps.map((g) => Math.max(1, Math.floor((g * span) / total)));
    total = gaps.reduce((a, b) => a + b, 0);
  }
  const slack = span - total;
  const lastOffset = endAtLatest ? 0 : rng.int(0, Math.min(slack, 21));
  const days = [addDays(latest, -lastOffset - total)];
  for (const g of gaps) days.push(addDays(days[days.length - 1]!, g));
  return days;
}

const forward: readonly ProposalStage[] = ['proposed', 'seen', 'interview', 'trial_day', 'offer', 'hired'];

function pathTo(rng: Random, last: ProposalStage): ProposalStage[] {
  const path = forward.slice(0, forward.indexOf(last) + 1);
  // Not every employer asks for a trial day before an offer.
  if (forward.indexOf(last) > forward.indexOf('trial_day') && rng.chance(0.3)) return path.filter((s) => s !== 'trial_day');
  return path;
}

function motivationDe(s: PlannedSeeker, v: PlannedVacancy): string {
  const honorific = s.gender === 'f' ? 'Frau' : 'Herr';
  const pronoun = s.gender === 'f' ? 'Sie' : 'Er';
  const sector = s.wantedSectors.find((w) => sameFamily(w, v.sector)) ?? s.wantedSectors[0] ?? v.sector;
  const parts = [`${honorific} ${s.lastName} bringt ${yearsDe(s.experienceYears)} Erfahrung ${experienceDe[sector]} mit.`];
  const qual = s.qualifications[s.qualifications.length - 1];
  if (qual && qual.qualification !== 'other') {
    const recognition =
      qual.recognitionStatus === 'recognised'
        ? ' (in Deutschland anerkannt)'
        : qual.recognitionStatus === 'applied' || qual.recognitionStatus === 'shortfall_notice' || qual.recognitionStatus === 'adaptation'
          ? ' (Anerkennung läuft)'
          : '';
    parts.push(`${pronoun} hat den Abschluss ${qualificationDe[qual.qualification]}${recognition}.`);
  }
  parts.push(
    s.german
      ? `Deutschkenntnisse: ${s.german}.`
      : s.languages.some((l) => l.language === 'en')
        ? `${pronoun} lernt gerade Deutsch und verständigt sich gut auf Englisch.`
        : `${pronoun} besucht gerade einen Deutschkurs.`,
  );
  const travel = s.hasCar ? 'mit dem eigenen Auto' : 'mit Bahn und Fahrrad';
  const km = Math.round(distanceKm(s.place, v.workplace));
  parts.push(
    `${pronoun} wohnt in ${s.place.name.replace(/ \(.*\)$/, '')} (ca. ${km} km entfernt) und pendelt ${travel}; gewünscht sind ${s.hoursMin} bis ${s.hoursMax} Stunden pro Woche.`,
  );
  return parts.join(' ');
}

function hiredProposal(
  rng: Random,
  vacancyIndex: number,
  v: PlannedVacancy,
  seekerIndex: number,
  s: PlannedSeeker,
  hiredOn: Day,
  employerUserOf: ReadonlyMap<string, string>,
): PlannedProposal {
  const path = pathTo(rng, 'hired');
  const earliest = addDays(v.publishedDay, 1);
  const days = stepDays(rng, maxDay(earliest, addDays(hiredOn, -60)), hiredOn, path.length - 1, true);
  return buildProposal(rng, {
    path,
    days,
    vacancyIndex,
    v,
    seekerIndex,
    s,
    employerUser: employerUserOf.get(v.employer) ?? null,
    reason: null,
    interviewInFuture: false,
  });
}

function pipelineProposal(
  rng: Random,
  o: {
    stage: ProposalStage;
    vacancyIndex: number;
    vacancy: PlannedVacancy;
    seekerIndex: number;
    seeker: PlannedSeeker;
    onFilled: boolean;
    yesterday: Day;
    today: Day;
    employerUser: string | null;
  },
): PlannedProposal {
  let path: ProposalStage[];
  let reason: string | null = null;
  if (o.stage === 'rejected') {
    const reached = o.onFilled
      ? rng.pick(['proposed', 'seen'] as const)
      : rng.weighted([
          ['seen', 3],
          ['interview', 3],
          ['trial_day', 2],
        ] as const);
    path = [...pathTo(rng, reached), 'rejected'];
    reason = o.onFilled ? positionTakenDe : reached === 'trial_day' ? rejectionReasonsDe[4] : rng.pick(rejectionReasonsDe);
  } else if (o.stage === 'withdrawn') {
    path = [...pathTo(rng, rng.pick(['proposed', 'seen', 'interview'] as const)), 'withdrawn'];
    reason = rng.pick(withdrawalReasonsNl);
  } else {
    path = pathTo(rng, o.stage);
  }
  const earliest = addDays(o.vacancy.publishedDay, 1);
  const latest = minDay(o.yesterday, o.vacancy.pipelineEnds);
  const days = stepDays(rng, earliest, latest, path.length - 1, false);
  return buildProposal(rng, {
    path,
    days,
    vacancyIndex: o.vacancyIndex,
    v: o.vacancy,
    seekerIndex: o.seekerIndex,
    s: o.seeker,
    employerUser: o.employerUser,
    reason,
    interviewInFuture: o.stage === 'interview' && rng.chance(0.6),
    today: o.today,
  });
}

function buildProposal(
  rng: Random,
  o: {
    path: ProposalStage[];
    days: Day[];
    vacancyIndex: number;
    v: PlannedVacancy;
    seekerIndex: number;
    s: PlannedSeeker;
    employerUser: string | null;
    reason: string | null;
    interviewInFuture: boolean;
    today?: Day;
  },
): PlannedProposal {
  const events: PlannedEvent[] = o.path.map((toStage, i) => {
    const employerStep = toStage !== 'proposed' && toStage !== 'withdrawn';
    return {
      fromStage: i === 0 ? null : o.path[i - 1]!,
      toStage,
      // Employers without an account tell the caseworker, who records the step for them.
      actor: employerStep && o.employerUser ? o.employerUser : o.s.caseworker,
      reason: toStage === 'rejected' || toStage === 'withdrawn' ? o.reason : null,
      at: momentOn(o.days[i]!, officeMinutes(rng)),
    };
  });
  let interviewAt: Date | null = null;
  const invited = o.path.indexOf('interview');
  if (invited >= 0) {
    const invitedOn = o.days[invited]!;
    const next = o.days[invited + 1];
    const slot = rng.pick([8 * 60, 9 * 60 + 30, 12 * 60 + 30, 13 * 60 + 30]);
    if (next) {
      // The interview took place between the invitation and the next step (early in the
      // morning when that step came the very next day).
      const gap = daysBetween(invitedOn, next);
      interviewAt = gap > 1 ? momentOn(addDays(invitedOn, rng.int(1, gap - 1)), slot) : momentOn(next, 6 * 60 + 30);
    } else if (o.interviewInFuture && o.today) {
      interviewAt = momentOn(addDays(o.today, rng.int(1, 10)), slot);
    } else {
      interviewAt = momentOn(addDays(invitedOn, rng.int(2, 6)), slot);
    }
  }
  const last = o.path[o.path.length - 1]!;
  return {
    vacancy: o.vacancyIndex,
    seeker: o.seekerIndex,
    proposedBy: o.s.caseworker,
    motivation: motivationDe(o.s, o.v),
    stage: last,
    sharedScope: [...o.s.consentScope],
    interviewAt,
    createdAt: events[0]!.at,
    stageChangedAt: events[events.length - 1]!.at,
    events,
  };
}

// ---- Notes and the cross-border checklist --------------------------------------------------------

function notesFor(rng: Random, s: PlannedSeeker, placements: readonly PlannedPlacement[], today: Day, at: (day: Day) => Date): PlannedSeeker['notes'] {
  const created = dayOf(s.createdAt);
  const yesterday = addDays(today, -1);
  if (created >= yesterday) return [];
  const notes: PlannedSeeker['notes'] = [];
  const add = (day: Day, body: string) =>
    notes.push({ author: s.caseworker, body, createdAt: notBefore(at(minDay(yesterday, maxDay(created, day))), s.createdAt) });
  const care = s.wantedSectors.some((w) => careSectors.includes(w));
  const wanted = s.wantedSectors[0];
  if (s.status === 'intake' || rng.chance(0.35)) {
    const where = wanted ? sectorNl[wanted] : 'Duitsland';
    add(
      addDays(created, rng.int(0, 3)),
      `Intakegesprek gevoerd. ${s.firstName} wil graag in ${where} in Duitsland werken, ${s.hoursMin}-${s.hoursMax} uur per week.${s.hasCar ? '' : ' Heeft geen auto.'}`,
    );
  }
  const inProcedure = s.qualifications.find((q) => q.recognitionState !== null);
  if (inProcedure && rng.chance(0.6)) {
    const authority = recognitionAuthorityNl(inProcedure.recognitionState!);
    const text =
      inProcedure.recognitionStatus === 'shortfall_notice'
        ? `Defizitbescheid ontvangen van ${authority}: aanpassingsstage of kennistoets nodig voor ${qualificationNl[inProcedure.qualification]}.`
        : inProcedure.recognitionStatus === 'adaptation'
          ? `Aanpassingsstage gestart voor de erkenning van ${qualificationNl[inProcedure.qualification]} (${authority}).`
          : inProcedure.recognitionStatus === 'recognised'
            ? `Erkenning ${qualificationNl[inProcedure.qualification]} ontvangen van ${authority}.`
            : `Aanvraag erkenning ${qualificationNl[inProcedure.qualification]} ingediend bij ${authority}.`;
    add(addDays(created, rng.int(10, 90)), text);
  }
  if (care && s.german && (s.german === 'A2' || s.german === 'B1') && rng.chance(0.4)) {
    add(
      addDays(created, rng.int(5, 60)),
      `Duits getoetst op niveau ${s.german}. Advies: cursus Duits voor de zorg richting ${s.german === 'A2' ? 'B1' : 'B2'}.`,
    );
  }
  if (s.status === 'in_training' && rng.chance(0.7)) {
    add(
      addDays(today, -rng.int(10, 120)),
      care
        ? 'Gestart met omscholing naar Altenpflegehelfer(in), inclusief Duitse les, vier dagen per week.'
        : 'Volgt de taalcursus Duits op de werkvloer (12 weken).',
    );
  }
  if (!s.hasCar && s.maxCommuteKm <= 25 && rng.chance(0.3)) {
    add(addDays(created, rng.int(5, 40)), 'Reist met de trein Enschede–Gronau; werkgevers in Gronau liggen goed binnen bereik.');
  }
  if (s.sibCohort && rng.chance(0.3)) {
    add(addDays(created, rng.int(0, 10)), 'Valt in het SIB-cohort; uitstroom en behoud worden gemeten voor de investeerders.');
  }
  if (s.status === 'withdrawn') {
    add(addDays(today, -rng.int(5, 150)), `Afgemeld bij het programma: ${rng.pick(withdrawnFromProgrammeNl)}.`);
  }
  const current = s.placements.map((p) => placements[p]!).find((p) => p.endDate === null);
  if (current && rng.chance(0.5) && current.startDate < addDays(today, -7)) {
    add(addDays(current.startDate, rng.int(5, 14)), 'Eerste werkweek goed verlopen volgens werkgever. Afspraken over reiskosten gemaakt.');
  }
  notes.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return notes;
}

function crossBorderChecksFor(
  rng: Random,
  s: PlannedSeeker,
  placements: readonly PlannedPlacement[],
  proposals: readonly PlannedProposal[],
  today: Day,
): PlannedSeeker['checks'] {
  const yesterday = addDays(today, -1);
  const created = dayOf(s.createdAt);
  const done = (item: CrossBorderCheck, day: Day) => ({
    item,
    doneAt: notBefore(momentOn(minDay(yesterday, maxDay(created, day)), officeMinutes(rng)), s.createdAt),
    doneBy: s.caseworker,
  });
  const current = s.placements.map((p) => placements[p]!).find((p) => p.endDate === null);
  if (current) {
    const items: CrossBorderCheck[] = ['social_security', 'health_insurance_s1', 'tax_treaty', 'grensinfopunt_advice'];
    const result = items.filter(() => rng.chance(0.85)).map((item) => done(item, addDays(current.startDate, rng.int(-25, 20))));
    // A driver out of the Dutch depot also works in the Netherlands: then an A1 certificate applies.
    if (current.employer === 'ttg' && current.jobTitle.startsWith('Berufskraftfahrer')) {
      result.push(done('a1_certificate', addDays(current.startDate, rng.int(0, 20))));
    }
    return result;
  }
  const close = s.proposals.map((p) => proposals[p]!).find((p) => p.stage === 'offer' || p.stage === 'trial_day' || p.stage === 'interview');
  if (close) {
    const since = dayOf(close.createdAt);
    const result = [done('grensinfopunt_advice', addDays(since, rng.int(1, 10)))];
    if (close.stage !== 'interview' && rng.chance(0.5)) result.push(done('tax_treaty', addDays(since, rng.int(3, 14))));
    return result;
  }
  return [];
}
