'use server';

import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
import { vacancyEffectivelyOpen } from '@/db/queries/matching';
import { vacancies } from '@/db/schema';
import { todayInAppZone, zonedLocalToUtc } from '@/lib/time/zoned';
import {
  checkIn,
  createEvent,
  eventById,
  linkLead,
  proposeFromConversation,
  recordConversation,
  registerJobSeeker,
  registerLead,
  saveParticipant,
  updateEvent,
} from '@/db/queries/events';
import { refuse, fail, type ActionResult } from '@/lib/domain/result';
import {
  checkInSchema,
  createEventSchema,
  linkLeadSchema,
  proposeFromConversationSchema,
  recordConversationSchema,
  registerJobSeekerSchema,
  registerLeadSchema,
  saveParticipantSchema,
  updateEventSchema,
} from '@/lib/validation/events';
import { authorizedAction } from './authorized-action';

/** Events are staff work: employers only read (pages), so no action here takes an employer. */
function refresh() {
  revalidatePath('/[lng]/events', 'layout');
}

export async function createEventAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'event.create', schema: createEventSchema, input }, async (data, { db, audit }) => {
    const result = await createEvent(db, { ...data, startsAt: zonedLocalToUtc(data.startsAt), endsAt: zonedLocalToUtc(data.endsAt) }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function updateEventAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return authorizedAction({ name: 'event.update', schema: updateEventSchema, input }, async (data, { db, audit }) => {
    const current = await eventById(db, data.eventId);
    if (!current) return refuse('notFound', { objectType: 'event', objectId: data.eventId });
    const startsAt = zonedLocalToUtc(data.startsAt);
    // Moving the start is fine, moving it into the past is not (an event under way keeps its start).
    if (startsAt.getTime() !== current.startsAt.getTime() && startsAt <= new Date()) return fail('invalid', { startsAt: 'events.startInPast' });
    const { eventId, ...values } = data;
    const result = await updateEvent(db, { ...values, id: eventId, startsAt, endsAt: zonedLocalToUtc(data.endsAt) }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function saveParticipantAction(input: unknown): Promise<ActionResult<undefined>> {
  return authorizedAction({ name: 'event.save_employer', schema: saveParticipantSchema, input }, async (data, { db, audit }) => {
    const result = await saveParticipant(db, data, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function registerJobSeekerAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'event.register', schema: registerJobSeekerSchema, input }, async (data, { db, user, audit }) => {
    const result = await registerJobSeeker(db, { ...data, actorId: user.id }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function registerLeadAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'event.register_lead', schema: registerLeadSchema, input }, async (data, { db, user, audit }) => {
    const result = await registerLead(db, { ...data, interest: data.interest || null, actorId: user.id }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function checkInAction(input: unknown): Promise<ActionResult<{ checkedInAt: Date }>> {
  return authorizedAction({ name: 'event.check_in', schema: checkInSchema, input }, async (data, { db, user, audit }) => {
    const result = await checkIn(db, { ...data, actorId: user.id }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function linkLeadAction(input: unknown): Promise<ActionResult<undefined>> {
  return authorizedAction({ name: 'event.link_lead', schema: linkLeadSchema, input }, async (data, { db, audit }) => {
    const result = await linkLead(db, data, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function recordConversationAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'event.record_conversation', schema: recordConversationSchema, input }, async (data, { db, user, audit }) => {
    const result = await recordConversation(db, { ...data, note: data.note || null, actorId: user.id }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function proposeFromConversationAction(input: unknown): Promise<ActionResult<{ proposalId: number }>> {
  return authorizedAction({ name: 'event.propose', schema: proposeFromConversationSchema, input }, async (data, { db, user, audit }) => {
    // The same rule as a proposal from the pipeline: only to a vacancy that is open today.
    const [vacancy] = await db
      .select({ open: vacancyEffectivelyOpen(todayInAppZone()).mapWith(Boolean) })
      .from(vacancies)
      .where(eq(vacancies.id, data.vacancyId));
    if (vacancy && !vacancy.open) return fail('vacancyNotOpen');
    const result = await proposeFromConversation(db, { ...data, motivation: data.motivation || null, actorId: user.id }, audit);
    if (result.ok) revalidatePath('/[lng]', 'layout');
    return result;
  });
}
