import { addDays, addMonths, type Day } from '@/lib/time/days';
import { demoEmployers, type DemoEmployer } from './demo-employers';
import { demoJob, type DemoJob } from './demo-jobs';
import type { Random } from './random';
import { type Context, type PlannedVacancy, type Staff, cefrRank, notBefore } from './plan-model';

/** The demo employers' vacancies and their texts, in the language each employer writes. */

export function planVacancies({ rng, today, yesterday, at, place }: Context, staff: Staff): PlannedVacancy[] {
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

export function uniqueJobs(employer: DemoEmployer): DemoJob[] {
  return [...new Set(employer.vacancies.map((v) => v.job))].map(demoJob);
}

export function easiestJob(jobs: readonly DemoJob[]): DemoJob {
  return [...jobs].sort((a, b) => cefrRank(a.germanLevel) - cefrRank(b.germanLevel))[0]!;
}
