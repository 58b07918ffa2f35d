import { z } from 'zod';
import { eventKinds } from '@/db/schema/enums';
import { addDays } from '@/lib/time/days';
import { todayInAppZone, zonedLocalToUtc } from '@/lib/time/zoned';
import { isoDate, MAX_DB_ID, optionalText, recordId, requiredText, selectedId } from './fields';
import { optionalEmail, optionalPhone } from './job-seekers';
import { validationMessage } from './messages';
import { localDateTime } from './proposals';

/**
 * Schemas of the event forms, shared by the forms (zodResolver) and the server actions.
 * Inputs are what HTML inputs give: strings. Messages are keys of the validation namespace.
 */

const capacity = z
  .string()
  .trim()
  .min(1, 'required')
  .regex(/^[0-9]{1,5}$/, validationMessage('events.capacityRange', { min: 1, max: 10000 }))
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(1, validationMessage('events.capacityRange', { min: 1, max: 10000 }))
      .max(10000, validationMessage('events.capacityRange', { min: 1, max: 10000 })),
  );

/** An event's date and time: a real local date-time in the years 2000..2199 (nothing else reaches the time-zone maths). */
const eventMoment = z
  .string()
  .trim()
  .min(1, 'required')
  .pipe(localDateTime)
  .refine((v) => v >= '2000-01-01' && v < '2200-01-01', 'invalid');

const eventFields = {
  kind: z.enum(eventKinds, { error: 'chooseOne' }),
  title: requiredText(200),
  startsAt: eventMoment,
  endsAt: eventMoment,
  venue: requiredText(200),
  placeId: selectedId.transform(Number),
  capacity,
  descriptionNl: requiredText(4000, { multiline: true }),
  descriptionDe: requiredText(4000, { multiline: true }),
};

function endAfterStart(v: { startsAt: string; endsAt: string }, ctx: z.RefinementCtx) {
  if (v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'events.endBeforeStart' });
}

/** A new event starts in the future: an event in the past is refused with a message. */
export const createEventSchema = z.object(eventFields).superRefine((v, ctx) => {
  endAfterStart(v, ctx);
  if (eventMoment.safeParse(v.startsAt).success && zonedLocalToUtc(v.startsAt) <= new Date())
    ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'events.startInPast' });
});
export type EventFormInput = z.input<typeof createEventSchema>;

/** Editing: the start may stay where it was (an event under way or over), the action refuses moving it into the past. */
export const updateEventSchema = z.object({ ...eventFields, eventId: recordId, version: z.number().int().min(1).max(MAX_DB_ID) }).superRefine(endAfterStart);

export const saveParticipantSchema = z.object({
  eventId: recordId,
  employerId: selectedId.transform(Number),
  stand: requiredText(100),
  vacancyIds: z.array(selectedId.transform(Number)).max(50, 'invalid'),
});
export type SaveParticipantInput = z.input<typeof saveParticipantSchema>;

export const registerJobSeekerSchema = z.object({
  eventId: recordId,
  clientNumber: requiredText(40),
});
export type RegisterJobSeekerInput = z.input<typeof registerJobSeekerSchema>;

/**
 * A walk-in lead: the least needed. A name and at least one way to contact (the database holds
 * that too), and a date after which the lead is erased: after today, at most a year ahead.
 */
export const registerLeadSchema = z
  .object({
    eventId: recordId,
    name: requiredText(200),
    phone: optionalPhone,
    email: optionalEmail,
    interest: optionalText(500),
    contactConsent: z.boolean(),
    eraseAfter: isoDate,
    shareWith: z.array(selectedId.transform(Number)).max(100, 'invalid'),
  })
  .superRefine((v, ctx) => {
    if (v.phone === null && v.email === null) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'events.contactRequired' });
    const today = todayInAppZone();
    if (v.eraseAfter <= today || v.eraseAfter > addDays(today, 366)) ctx.addIssue({ code: 'custom', path: ['eraseAfter'], message: 'events.eraseAfterRange' });
  });
export type RegisterLeadInput = z.input<typeof registerLeadSchema>;

export const checkInSchema = z.object({ eventId: recordId, registrationId: recordId });

export const linkLeadSchema = z.object({ eventId: recordId, registrationId: recordId, clientNumber: requiredText(40) });
export type LinkLeadInput = z.input<typeof linkLeadSchema>;

export const recordConversationSchema = z.object({
  eventId: recordId,
  registrationId: selectedId.transform(Number),
  employerId: selectedId.transform(Number),
  note: optionalText(1000, { multiline: true }),
  shareWithEmployer: z.boolean(),
});
export type RecordConversationInput = z.input<typeof recordConversationSchema>;

export const proposeFromConversationSchema = z.object({
  eventId: recordId,
  conversationId: recordId,
  vacancyId: selectedId.transform(Number),
  motivation: optionalText(2000, { multiline: true }),
});
export type ProposeFromConversationInput = z.input<typeof proposeFromConversationSchema>;

/** The lead's erase-after date the form suggests: six months from today. */
export function defaultEraseAfter(today = todayInAppZone()): string {
  return addDays(today, 182);
}
