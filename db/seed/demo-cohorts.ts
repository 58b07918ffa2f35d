import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { addDays, type Day } from '@/lib/time/days';
import { cohortAttendance, cohortEmployers, cohortParticipants, cohortRecognitionSteps, cohorts, cohortSessions, employers, jobSeekers } from '../schema';
import type { CefrLevel, CohortDropReason, CohortParticipantState, RecognitionStep } from '../schema/enums';
import { demoEmployers } from './demo-employers';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

interface PlannedParticipant {
  state: CohortParticipantState;
  dropReason?: CohortDropReason;
  start: CefrLevel;
  end?: CefrLevel;
  steps: { step: RecognitionStep; daysAfterStart: number }[];
}

/**
 * The demo's training cohort of project "Zorg": home-care workers retrained for German elderly
 * care, started two months ago with weekly German lessons, two linked employers. Its own plan,
 * outside the main PRNG, so adding it changes nothing else in the demo world.
 */
const participants: PlannedParticipant[] = [
  {
    state: 'active',
    start: 'A2',
    steps: [
      { step: 'applied', daysAfterStart: 3 },
      { step: 'shortfall_notice', daysAfterStart: 35 },
    ],
  },
  {
    state: 'active',
    start: 'B1',
    steps: [
      { step: 'applied', daysAfterStart: 3 },
      { step: 'recognised', daysAfterStart: 48 },
    ],
  },
  { state: 'active', start: 'A2', steps: [{ step: 'applied', daysAfterStart: 5 }] },
  { state: 'enrolled', start: 'A1', steps: [] },
  { state: 'dropped', dropReason: 'health', start: 'A2', steps: [{ step: 'applied', daysAfterStart: 4 }] },
  { state: 'invited', start: 'A1', steps: [] },
];

export async function seedDemoCohorts(tx: Transaction, today: Day): Promise<void> {
  const startDate = addDays(today, -60);
  const [cohort] = await tx
    .insert(cohorts)
    .values({ name: 'Zorg Twente 2026', provider: 'ROC van Twente', startDate, endDate: addDays(today, 120), capacity: 12 })
    .returning({ id: cohorts.id });
  const cohortId = cohort!.id;
  const names = ['sonnenhof', 'vechteblick'].map((key) => demoEmployers.find((e) => e.key === key)!.name);
  const linked = await tx.select({ id: employers.id, name: employers.name }).from(employers);
  await tx.insert(cohortEmployers).values(linked.filter((e) => names.includes(e.name)).map((e) => ({ cohortId, employerId: e.id })));
  const sessions = await tx
    .insert(cohortSessions)
    .values(
      [0, 7, 14, 21, 28, 35, 42, 49, 56].map((d, i) => ({
        cohortId,
        sessionDate: addDays(startDate, d),
        topic: i % 3 === 2 ? 'Pflegedokumentation' : `Deutsch für die Pflege ${i + 1}`,
      })),
    )
    .returning({ id: cohortSessions.id });
  const people = await tx
    .select({ id: jobSeekers.id })
    .from(jobSeekers)
    .where(and(isNull(jobSeekers.erasedAt), eq(jobSeekers.status, 'in_training')))
    .orderBy(asc(jobSeekers.id))
    .limit(participants.length);
  const fallback =
    people.length >= participants.length
      ? people
      : await tx.select({ id: jobSeekers.id }).from(jobSeekers).where(isNull(jobSeekers.erasedAt)).orderBy(asc(jobSeekers.id)).limit(participants.length);
  const at = (days: number) => new Date(`${addDays(startDate, days)}T09:00:00Z`);
  for (const [i, plan] of participants.entries()) {
    const person = fallback[i];
    if (!person) continue;
    const reached = plan.state !== 'invited';
    const [row] = await tx
      .insert(cohortParticipants)
      .values({
        cohortId,
        jobSeekerId: person.id,
        state: plan.state,
        dropReason: plan.dropReason ?? null,
        germanLevelStart: plan.start,
        germanLevelEnd: plan.end ?? null,
        invitedAt: at(-21),
        enrolledAt: reached ? at(-7) : null,
        activeAt: plan.state === 'active' || plan.state === 'dropped' ? at(0) : null,
        droppedAt: plan.state === 'dropped' ? at(30) : null,
      })
      .returning({ id: cohortParticipants.id });
    const participantId = row!.id;
    if (plan.state === 'active' || plan.state === 'dropped') {
      const attended = sessions.filter((_, s) => (plan.state === 'dropped' ? s < 4 : (s + i) % 5 !== 0));
      if (attended.length > 0) await tx.insert(cohortAttendance).values(attended.map((s) => ({ cohortId, sessionId: s.id, participantId })));
    }
    if (plan.steps.length > 0)
      await tx.insert(cohortRecognitionSteps).values(plan.steps.map((s) => ({ participantId, step: s.step, stepDate: addDays(startDate, s.daysAfterStart) })));
  }
}
