import {
  cefrLevels,
  type CefrLevel,
  type ConsentScope,
  type ContractType,
  type CrossBorderCheck,
  type FundingStream,
  type JobSeekerStatus,
  type PlacementEndReason,
  type ProposalStage,
  type Role,
  type Sector,
  type Shift,
  type VacancyStatus,
} from '@/db/schema/enums';
import type { OccupationCode } from '@/lib/domain/occupations';
import { qualificationList, type QualificationCode } from '@/lib/domain/qualifications';
import type { Day } from '@/lib/time/days';
import type { DemoEmployer } from './demo-employers';
import type { DemoJob } from './demo-jobs';
import type { Gender } from './demo-names';
import type { Random } from './random';
import { distanceKm } from '@/lib/geo/distance';

/**
 * The demo plan's shapes (plain values, before any id exists) and what its phases share: the
 * context (PRNG, today, places), office hours, and whether a person suits a job.
 */

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

export interface PlannedUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  locale: 'nl' | 'de';
  employer: string | null;
  createdAt: Date;
}

export interface PlannedVacancy {
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

export interface PlannedQualification {
  qualification: QualificationCode;
  title: string | null;
  obtainedYear: number;
  recognitionStatus: 'not_needed' | 'not_started' | 'applied' | 'shortfall_notice' | 'adaptation' | 'recognised';
  recognitionState: 'NW' | 'NI' | null;
}

export type Profile = 'care_helper' | 'care_qualified' | 'disability' | 'logistics' | 'driver' | 'production' | 'retail' | 'hospitality' | 'cleaning';

export interface PlannedSeeker {
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

export interface PlannedEvent {
  fromStage: ProposalStage | null;
  toStage: ProposalStage;
  actor: string;
  reason: string | null;
  at: Date;
}

export interface PlannedProposal {
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

export interface PlannedPlacement {
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
  endReasonCode: PlacementEndReason | null;
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

export const careSectors: readonly Sector[] = ['elderly_care', 'nursing', 'care_assistance', 'disability_care'];

const careQualifications = new Set<QualificationCode>(qualificationList.filter((q) => q.care).map((q) => q.code));

const qualifiedNursing = new Set<QualificationCode>(['mbo4_verpleegkundige', 'hbo_verpleegkunde']);

export function cefrRank(level: CefrLevel | null): number {
  return level === null ? -1 : cefrLevels.indexOf(level);
}

export function sameFamily(a: Sector, b: Sector): boolean {
  return a === b || (careSectors.includes(a) && careSectors.includes(b));
}

/** `moment`, or a little after `floor` when a random office time fell before it on the same day. */
export function notBefore(moment: Date, floor: Date): Date {
  return moment.getTime() > floor.getTime() ? moment : new Date(floor.getTime() + 20 * 60_000);
}

/** Office hours, as minutes after midnight UTC (CET is UTC+1). */
export function officeMinutes(rng: Random): number {
  return rng.int(7 * 60, 15 * 60 + 30);
}

/** What every phase of the plan shares: the PRNG, the day, and place lookups. */
export interface Context {
  rng: Random;
  today: Day;
  yesterday: Day;
  year: number;
  input: PlanInput;
  /** A moment in office hours on `day`. */
  at(day: Day): Date;
  place(name: string): PlaceInfo;
}

export interface Staff {
  users: PlannedUser[];
  caseworkers: string[];
  managers: string[];
  /** E-mail of the signed-in user of an employer, by employer key, where it has one. */
  employerUserOf: ReadonlyMap<string, string>;
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
export function suits(s: PlannedSeeker, job: DemoJob, strict: boolean): boolean {
  if (job.recognitionRequired && !hasRecognised(s, job)) return false;
  if (job.drivingLicenceRequired && !s.drivingLicence) return false;
  return cefrRank(s.german) >= cefrRank(job.germanLevel) - (strict ? 0 : 1);
}

export function trainingNeed(s: PlannedSeeker): number {
  const care = s.wantedSectors.some((w) => careSectors.includes(w)) ? 2 : 0;
  const adapting = s.qualifications.some((q) => q.recognitionStatus === 'adaptation' || q.recognitionStatus === 'shortfall_notice') ? 3 : 0;
  const lowGerman = cefrRank(s.german) <= 1 ? 1.5 : 0;
  return care + adapting + lowGerman;
}

export function matchScore(rng: Random, s: PlannedSeeker, v: PlannedVacancy, strict: boolean): number {
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
  const km = distanceKm(s.place.lat, s.place.lon, v.workplace.lat, v.workplace.lon);
  score += km <= s.maxCommuteKm ? 1.5 : km <= s.maxCommuteKm + 15 ? 0 : -3;
  return score;
}
