import type { CefrLevel, JobSeekerStatus, RecognitionStatus, Sector } from '@/db/schema/enums';
import { cefrLevels } from '@/db/schema/enums';
import { covers } from './qualification-cover';

/**
 * How well one job seeker fits one vacancy, and why. Pure: the candidate query in the
 * database removes the hard cases and brings the facts; this ranks and explains them.
 * Weights follow what decides a cross-border placement: German first, then the diploma
 * and its German recognition, then the commute, then wishes (sector, hours, start).
 */
export const WEIGHTS = { german: 30, qualification: 25, commute: 20, sector: 10, hours: 10, start: 5 } as const;
/** Penalty when the job needs a driving licence (or car) the person does not have. */
const DRIVING_PENALTY = 15;

export interface SeekerFacts {
  status: JobSeekerStatus;
  consentValid: boolean;
  hasActivePlacement: boolean;
  germanLevel: CefrLevel | null;
  qualifications: { code: string; recognition: RecognitionStatus }[];
  /** Straight-line km between home place and job place; null when either place is unknown. */
  distanceKm: number | null;
  maxCommuteKm: number | null;
  drivingLicence: boolean;
  hasCar: boolean;
  wantedSectors: Sector[];
  hoursMin: number | null;
  hoursMax: number | null;
  availableFrom: string | null;
}

export interface VacancyFacts {
  germanLevel: CefrLevel | null;
  qualificationRequired: string | null;
  recognitionRequired: boolean;
  drivingLicenceRequired: boolean;
  sector: Sector | null;
  hoursMin: number | null;
  hoursMax: number | null;
  startDate: string | null;
}

type ReasonTone = 'good' | 'warn' | 'bad';

/** A reason is an i18n key (matching:reason.<code>) with its parameters. */
export interface Reason {
  code: string;
  tone: ReasonTone;
  params?: Record<string, string | number>;
}

export interface MatchScore {
  eligible: boolean;
  /** 0..100 */
  score: number;
  blockers: Reason[];
  reasons: Reason[];
}

function cefrRank(level: CefrLevel | null): number {
  return level ? cefrLevels.indexOf(level) + 1 : 0;
}

const recognitionPoints: Record<RecognitionStatus, number> = {
  recognised: 1,
  not_needed: 1,
  adaptation: 0.6,
  shortfall_notice: 0.5,
  applied: 0.4,
  not_started: 0.2,
};

export function scoreMatch(seeker: SeekerFacts, vacancy: VacancyFacts): MatchScore {
  const blockers: Reason[] = [];
  if (!seeker.consentValid) blockers.push({ code: 'noConsent', tone: 'bad' });
  if (seeker.hasActivePlacement || seeker.status === 'placed') blockers.push({ code: 'alreadyPlaced', tone: 'bad' });
  if (seeker.status === 'withdrawn') blockers.push({ code: 'withdrawn', tone: 'bad' });

  const reasons: Reason[] = [];
  let score = 0;

  // German level against the level required.
  const need = cefrRank(vacancy.germanLevel);
  const have = cefrRank(seeker.germanLevel);
  const haveLabel = seeker.germanLevel ?? '-';
  if (need === 0) {
    score += WEIGHTS.german;
    if (have > 0) reasons.push({ code: 'germanAny', tone: 'good', params: { have: haveLabel } });
  } else if (have >= need) {
    score += WEIGHTS.german;
    reasons.push({ code: 'germanOk', tone: 'good', params: { have: haveLabel, need: vacancy.germanLevel! } });
  } else if (have === need - 1) {
    score += WEIGHTS.german / 2;
    reasons.push({ code: 'germanBelow', tone: 'warn', params: { have: haveLabel, need: vacancy.germanLevel! } });
  } else {
    reasons.push({ code: 'germanBelow', tone: 'bad', params: { have: haveLabel, need: vacancy.germanLevel! } });
  }

  // Qualification and its recognition in Germany.
  if (!vacancy.qualificationRequired) {
    score += WEIGHTS.qualification;
  } else {
    const matching = seeker.qualifications
      .filter((q) => covers(q.code, vacancy.qualificationRequired!))
      .sort((a, b) => recognitionPoints[b.recognition] - recognitionPoints[a.recognition])[0];
    if (!matching) {
      reasons.push({ code: 'qualificationMissing', tone: 'bad', params: { need: vacancy.qualificationRequired } });
    } else if (!vacancy.recognitionRequired) {
      score += WEIGHTS.qualification;
      reasons.push({ code: 'qualificationOk', tone: 'good', params: { have: matching.code } });
    } else {
      const points = recognitionPoints[matching.recognition];
      score += Math.round(WEIGHTS.qualification * points);
      reasons.push({
        code: 'recognition',
        tone: points === 1 ? 'good' : 'warn',
        params: { have: matching.code, status: matching.recognition },
      });
    }
  }

  // Commute: straight-line distance against how far they will travel.
  if (seeker.distanceKm == null) {
    score += WEIGHTS.commute / 2;
    reasons.push({ code: 'distanceUnknown', tone: 'warn' });
  } else {
    const km = Math.round(seeker.distanceKm);
    if (seeker.maxCommuteKm == null) {
      score += WEIGHTS.commute / 2;
      reasons.push({ code: 'distanceNoMax', tone: 'warn', params: { km } });
    } else if (seeker.distanceKm <= seeker.maxCommuteKm) {
      score += WEIGHTS.commute;
      reasons.push({ code: 'distanceOk', tone: 'good', params: { km, max: seeker.maxCommuteKm } });
    } else if (seeker.distanceKm <= seeker.maxCommuteKm * 1.25) {
      score += WEIGHTS.commute / 2;
      reasons.push({ code: 'distanceFar', tone: 'warn', params: { km, max: seeker.maxCommuteKm } });
    } else {
      reasons.push({ code: 'distanceFar', tone: 'bad', params: { km, max: seeker.maxCommuteKm } });
    }
  }
  if (vacancy.drivingLicenceRequired && !seeker.drivingLicence) {
    score -= DRIVING_PENALTY;
    reasons.push({ code: 'drivingLicenceMissing', tone: 'bad' });
  }

  // Sector wishes: none stated means open to anything.
  if (!vacancy.sector || seeker.wantedSectors.length === 0 || seeker.wantedSectors.includes(vacancy.sector)) {
    score += WEIGHTS.sector;
    if (vacancy.sector && seeker.wantedSectors.includes(vacancy.sector)) reasons.push({ code: 'sectorWanted', tone: 'good' });
  } else {
    reasons.push({ code: 'sectorNotWanted', tone: 'warn' });
  }

  // Hours: the ranges must overlap.
  if (vacancy.hoursMin == null || vacancy.hoursMax == null || seeker.hoursMin == null || seeker.hoursMax == null) {
    score += WEIGHTS.hours;
  } else if (seeker.hoursMin <= vacancy.hoursMax && vacancy.hoursMin <= seeker.hoursMax) {
    score += WEIGHTS.hours;
  } else {
    reasons.push({
      code: 'hoursMismatch',
      tone: 'warn',
      params: { want: `${seeker.hoursMin}-${seeker.hoursMax}`, job: `${vacancy.hoursMin}-${vacancy.hoursMax}` },
    });
  }

  // Start date against availability.
  if (!seeker.availableFrom || !vacancy.startDate || seeker.availableFrom <= vacancy.startDate) {
    score += WEIGHTS.start;
  } else {
    reasons.push({ code: 'availableLater', tone: 'warn', params: { date: seeker.availableFrom } });
  }

  const bounded = Math.max(0, Math.min(100, Math.round(score)));
  return { eligible: blockers.length === 0, score: bounded, blockers, reasons };
}

export interface Ranked<T> {
  item: T;
  match: MatchScore;
}

/** Best first; ties go to the shorter commute, then the lower id (stable, deterministic). */
export function rankMatches<T extends { id: number; distanceKm: number | null }>(items: T[], scoreOf: (item: T) => MatchScore, limit = 50): Ranked<T>[] {
  return items
    .map((item) => ({ item, match: scoreOf(item) }))
    .filter((r) => r.match.eligible)
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        (a.item.distanceKm ?? Number.POSITIVE_INFINITY) - (b.item.distanceKm ?? Number.POSITIVE_INFINITY) ||
        a.item.id - b.item.id,
    )
    .slice(0, limit);
}
