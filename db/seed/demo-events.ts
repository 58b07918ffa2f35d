import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { addDays, type Day } from '@/lib/time/days';
import {
  employers,
  eventAttendeeShares,
  eventConversations,
  eventEmployers,
  eventRegistrations,
  events,
  eventVacancies,
  jobSeekers,
  places,
  vacancies,
} from '../schema';
import { demoEmployers } from './demo-employers';
import { planEvents } from './plan-events';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Inserts the planned demo events (db/seed/plan-events.ts) into the seeded demo world. */
export async function seedDemoEvents(tx: Transaction, today: Day): Promise<void> {
  const names = new Map(demoEmployers.map((e) => [e.key, e.name]));
  const companyRows = await tx.select({ id: employers.id, name: employers.name }).from(employers);
  const companyId = (key: string) => {
    const id = companyRows.find((c) => c.name === names.get(key))?.id;
    if (id === undefined) throw new Error(`demo events: no demo employer "${key}"`);
    return id;
  };
  // People with consent to show their profile: the ones a caseworker would invite to a fair.
  const people = await tx
    .select({ id: jobSeekers.id })
    .from(jobSeekers)
    .where(and(isNull(jobSeekers.erasedAt), isNotNull(jobSeekers.consentGivenOn), isNull(jobSeekers.consentWithdrawnAt), eq(jobSeekers.status, 'active')))
    .orderBy(asc(jobSeekers.id))
    .limit(10);
  const placeRows = await tx.select({ id: places.id, name: places.name }).from(places);
  for (const plan of planEvents(today)) {
    const placeId = placeRows.find((p) => p.name === plan.place)?.id;
    if (placeId === undefined) throw new Error(`demo events: no place "${plan.place}"`);
    const [event] = await tx
      .insert(events)
      .values({
        kind: plan.kind,
        title: plan.title,
        startsAt: plan.startsAt,
        endsAt: plan.endsAt,
        venue: plan.venue,
        placeId,
        capacity: plan.capacity,
        descriptionNl: plan.descriptionNl,
        descriptionDe: plan.descriptionDe,
      })
      .returning({ id: events.id });
    const eventId = event!.id;
    const over = plan.endsAt.toISOString().slice(0, 10) < today;
    for (const e of plan.employers) {
      const employerId = companyId(e.key);
      await tx.insert(eventEmployers).values({ eventId, employerId, stand: e.stand });
      const brought = await tx
        .select({ id: vacancies.id })
        .from(vacancies)
        .where(and(eq(vacancies.employerId, employerId), eq(vacancies.status, 'open')))
        .orderBy(asc(vacancies.id))
        .limit(e.vacancies);
      if (brought.length > 0) await tx.insert(eventVacancies).values(brought.map((v) => ({ eventId, employerId, vacancyId: v.id })));
    }
    const checkedInAt = (i: number) => (over ? new Date(plan.startsAt.getTime() + (10 + i * 7) * 60_000) : null);
    const afterwards = async (registrationId: number, shareWith: string[], met: { key: string; note: string | null }[]) => {
      if (shareWith.length > 0) await tx.insert(eventAttendeeShares).values(shareWith.map((k) => ({ registrationId, eventId, employerId: companyId(k) })));
      if (met.length > 0) await tx.insert(eventConversations).values(met.map((m) => ({ eventId, registrationId, employerId: companyId(m.key), note: m.note })));
    };
    for (const [i, s] of plan.seekers.entries()) {
      const person = people[s.index];
      if (!person) continue;
      const [row] = await tx
        .insert(eventRegistrations)
        .values({
          eventId,
          origin: 'job_seeker',
          jobSeekerId: person.id,
          interest: s.interest,
          contactConsent: true,
          checkedInAt: s.checkedIn ? checkedInAt(i) : null,
        })
        .returning({ id: eventRegistrations.id });
      await afterwards(row!.id, s.shareWith, s.met);
    }
    for (const [i, l] of plan.leads.entries()) {
      const [row] = await tx
        .insert(eventRegistrations)
        .values({
          eventId,
          origin: 'lead',
          leadName: l.name,
          leadPhone: l.phone,
          leadEmail: l.email,
          interest: l.interest,
          contactConsent: l.contactConsent,
          eraseAfter: addDays(today, 150),
          checkedInAt: l.checkedIn ? checkedInAt(plan.seekers.length + i) : null,
        })
        .returning({ id: eventRegistrations.id });
      await afterwards(
        row!.id,
        l.shareWith,
        l.met.map((key) => ({ key, note: null })),
      );
    }
  }
}
