import { addDays, dayOf, minDay, momentOn, yearOf } from '@/lib/time/days';
import { createRandom } from './random';
import { planEmployers } from './plan-employers';
import { completeSeekers } from './plan-job-seeker-records';
import { planConsent, planSeekers, settleStatuses } from './plan-job-seekers';
import { type Context, type DemoPlan, type PlanInput, officeMinutes } from './plan-model';
import { planPlacements } from './plan-placements';
import { planPipelines } from './plan-proposals';
import { planStaff } from './plan-staff';
import { planVacancies } from './plan-vacancies';

/**
 * The whole demo world as plain values, built from a seeded PRNG and `today`, before any of
 * it touches the database. Rows point at each other by e-mail (users), employer key and list
 * index; the seeder turns those into ids. Every date is relative to `today`, so the demo
 * always looks like a programme in the middle of its current year.
 */

const SEED = 0x67726e7a; // 'grnz'

export type { DemoPlan, PlanInput } from './plan-model';

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
