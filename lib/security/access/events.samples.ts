import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { eventConversations, eventEmployers, eventRegistrations, events, eventVacancies, jobSeekers } from '@/db/schema';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';
import { careVacancy, makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy } from '@/lib/testing/vacancies';
import { makeUser } from '@/lib/testing/users';

/** A job seeker whose client number the samples can name: EV-<id>. */
async function seekerWithNumber(db: Database, caseworkerId: number): Promise<number> {
  const id = await makeJobSeeker(db, { caseworkerId });
  await db
    .update(jobSeekers)
    .set({ clientNumber: `EV-${id}` })
    .where(eq(jobSeekers.id, id));
  return id;
}

/**
 * eventId: a coming event (version 1) where the signed-in employer's company has a stand with
 * an open vacancy (eventVacancyId); eventForeignVacancyId: an open vacancy of the other company.
 * eventNewSeekerId: a job seeker not registered yet; eventRegistrationId: one registered, not
 * checked in; eventLeadId: a walk-in lead; eventAttendeeId: checked in, no conversation yet;
 * eventConversationId: a conversation with the employer, no proposal yet.
 */
export const eventSamples: FeatureSamples = async (db, base) => {
  const caseworker = await makeUser(db, 'caseworker');
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  const [event] = await db
    .insert(events)
    .values({
      kind: 'job_fair',
      title: 'Banenmarkt proef',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
      venue: 'De Gieterij',
      placeId: base.placeId,
      capacity: 100,
      descriptionNl: 'Proef',
      descriptionDe: 'Probe',
    })
    .returning({ id: events.id });
  const eventId = event!.id;
  const eventVacancyId = await makeVacancy(db, base.employerId, careVacancy);
  const eventForeignVacancyId = await makeVacancy(db, base.otherEmployerId, careVacancy);
  await db.insert(eventEmployers).values({ eventId, employerId: base.employerId, stand: 'A 1' });
  await db.insert(eventVacancies).values({ eventId, employerId: base.employerId, vacancyId: eventVacancyId });
  const eventNewSeekerId = await seekerWithNumber(db, caseworker.id);
  const register = async (values: Partial<typeof eventRegistrations.$inferInsert>) => {
    const [row] = await db
      .insert(eventRegistrations)
      .values({ eventId, origin: 'job_seeker', ...values })
      .returning({ id: eventRegistrations.id });
    return row!.id;
  };
  const eventRegistrationId = await register({ jobSeekerId: await seekerWithNumber(db, caseworker.id) });
  const eventLeadId = await register({ origin: 'lead', leadName: 'Inloop Proef', leadPhone: '06-11111111', eraseAfter: '2099-01-01' });
  const eventAttendeeId = await register({ jobSeekerId: await seekerWithNumber(db, caseworker.id), checkedInAt: new Date() });
  const talkedId = await register({ jobSeekerId: await seekerWithNumber(db, caseworker.id), checkedInAt: new Date() });
  const [conversation] = await db
    .insert(eventConversations)
    .values({ eventId, registrationId: talkedId, employerId: base.employerId, note: 'Gesprek' })
    .returning({ id: eventConversations.id });
  return {
    eventId,
    eventVacancyId,
    eventForeignVacancyId,
    eventNewSeekerId,
    eventRegistrationId,
    eventLeadId,
    eventAttendeeId,
    eventConversationId: conversation!.id,
  };
};
