import type { ContractType, FundingStream } from '@/db/schema/enums';
import { addDays, addMonths, type Day, daysBetween, minDay, momentOn, nextWorkingDay, previousWorkingDay, yearOf } from '@/lib/time/days';
import { demoEmployers, type DemoEmployer } from './demo-employers';
import type { DemoJob } from './demo-jobs';
import { checkNotesNl, placementEndReasonsNl } from './demo-texts';
import type { Random } from './random';
import { distanceKm } from '@/lib/geo/distance';
import {
  type Context,
  type PlannedPlacement,
  type PlannedProposal,
  type PlannedSeeker,
  type PlannedVacancy,
  type Staff,
  notBefore,
  officeMinutes,
  sameFamily,
  suits,
} from './plan-model';
import { hiredProposal } from './plan-proposals';
import { easiestJob, uniqueJobs } from './plan-vacancies';

/** The demo's placements, this year's and earlier ones, with their retention checks (SIB milestones come from the demo contract, seeded after). */

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

export function planPlacements(
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
            (distanceKm(s.place.lat, s.place.lon, v.workplace.lat, v.workplace.lon) <= s.maxCommuteKm + 15 ? 2 : -1) +
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
      ...endReasonOf(endDate ? rng.pick(placementEndReasonsNl) : null, endDate, today),
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

/** Ends from before last year keep only their text, as ends recorded before the codes existed do. */
function endReasonOf(reason: (typeof placementEndReasonsNl)[number] | null, endDate: Day | null, today: Day) {
  if (!reason || !endDate) return { endReasonCode: null, endReason: null };
  const coded = endDate >= `${Number(today.slice(0, 4)) - 1}-01-01`;
  return { endReasonCode: coded ? reason.code : null, endReason: reason.text };
}
