import type { ProposalStage } from '@/db/schema/enums';
import { addDays, type Day, dayOf, daysBetween, maxDay, minDay, momentOn } from '@/lib/time/days';
import { experienceDe, positionTakenDe, qualificationDe, rejectionReasonsDe, withdrawalReasonsNl, yearsDe } from './demo-texts';
import type { Random } from './random';
import { distanceKm } from '@/lib/geo/distance';
import {
  type Context,
  type PlannedEvent,
  type PlannedProposal,
  type PlannedSeeker,
  type PlannedVacancy,
  type Staff,
  careSectors,
  matchScore,
  officeMinutes,
  sameFamily,
} from './plan-model';

/** The demo's proposals: the history behind each placement and the open pipelines. */

const pipelineStages: ReadonlyArray<readonly [ProposalStage, number]> = [
  ['proposed', 7],
  ['seen', 5],
  ['interview', 6],
  ['trial_day', 3],
  ['offer', 3],
  ['rejected', 5],
  ['withdrawn', 2],
];

export function planPipelines(
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
  const km = Math.round(distanceKm(s.place.lat, s.place.lon, v.workplace.lat, v.workplace.lon));
  parts.push(
    `${pronoun} wohnt in ${s.place.name.replace(/ \(.*\)$/, '')} (ca. ${km} km entfernt) und pendelt ${travel}; gewünscht sind ${s.hoursMin} bis ${s.hoursMax} Stunden pro Woche.`,
  );
  return parts.join(' ');
}

export function hiredProposal(
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
