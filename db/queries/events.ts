import { and, asc, count, countDistinct, desc, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { isCheckViolation, isUniqueViolation } from '@/db/errors';
import {
  employers,
  eventAttendeeShares,
  eventConversations,
  eventEmployers,
  eventRegistrations,
  events,
  eventVacancies,
  jobSeekers,
  placements,
  places,
  proposals,
  vacancies,
} from '@/db/schema';
import type { EventKind } from '@/db/schema/enums';
import type { ActionResult } from '@/lib/domain/result';
import { recordAudit, type AuditContext } from './audit';
import { proposeCandidate } from './proposals';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

// ---- Events ----------------------------------------------------------------------------------------

export interface EventValues {
  kind: EventKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  placeId: number;
  capacity: number;
  descriptionNl: string;
  descriptionDe: string;
}

export async function createEvent(db: Database, values: EventValues, audit: AuditContext): Promise<ActionResult<{ id: number }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(events)
      .values({ ...values, createdBy: audit.actor.id })
      .returning({ id: events.id });
    await recordAudit(tx, { ...audit, action: 'event.create', objectType: 'event', objectId: row!.id });
    return { ok: true as const, data: { id: row!.id } };
  });
}

/**
 * Saves an event, guarded by its version. The capacity may not drop below the registrations
 * already made: that is refused with a message, not left for the next registration to find.
 */
export async function updateEvent(
  db: Database,
  input: EventValues & { id: number; version: number },
  audit: AuditContext,
): Promise<ActionResult<{ version: number }>> {
  const { id, version, ...values } = input;
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ version: events.version }).from(events).where(eq(events.id, id)).for('update');
    if (!current) return { ok: false as const, code: 'notFound' };
    if (current.version !== version) return { ok: false as const, code: 'conflict' };
    const [taken] = await tx.select({ n: count() }).from(eventRegistrations).where(eq(eventRegistrations.eventId, id));
    if (taken!.n > values.capacity) return { ok: false as const, code: 'invalid', fieldErrors: { capacity: 'events.capacityBelowRegistered' } };
    const [row] = await tx
      .update(events)
      .set({ ...values, version: sql`${events.version} + 1` })
      .where(eq(events.id, id))
      .returning({ version: events.version });
    await recordAudit(tx, { ...audit, action: 'event.update', objectType: 'event', objectId: id });
    return { ok: true as const, data: { version: row!.version } };
  });
}

export interface EventListRow {
  id: number;
  kind: EventKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  placeName: string;
  capacity: number;
  registered: number;
  attended: number;
  /** The signed-in employer's stand (employer view only). */
  stand: string | null;
}

/** Events, the coming first then the past (newest first); an employer sees only those its company takes part in. */
export async function listEvents(db: Database, options: { employerId?: number; now?: Date } = {}): Promise<EventListRow[]> {
  const now = options.now ?? new Date();
  const counts = db
    .select({
      eventId: eventRegistrations.eventId,
      registered: count().as('registered'),
      attended: count(eventRegistrations.checkedInAt).as('attended'),
    })
    .from(eventRegistrations)
    .groupBy(eventRegistrations.eventId)
    .as('counts');
  const base = db
    .select({
      id: events.id,
      kind: events.kind,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      venue: events.venue,
      placeName: places.name,
      capacity: events.capacity,
      registered: sql<number>`coalesce(${counts.registered}, 0)`.mapWith(Number),
      attended: sql<number>`coalesce(${counts.attended}, 0)`.mapWith(Number),
      stand: options.employerId === undefined ? sql<string | null>`null` : eventEmployers.stand,
    })
    .from(events)
    .innerJoin(places, eq(places.id, events.placeId))
    .leftJoin(counts, eq(counts.eventId, events.id));
  const query =
    options.employerId === undefined
      ? base
      : base.innerJoin(eventEmployers, and(eq(eventEmployers.eventId, events.id), eq(eventEmployers.employerId, options.employerId)));
  const rows = await query.orderBy(asc(events.startsAt), asc(events.id));
  const coming = rows.filter((r) => r.endsAt > now);
  const past = rows.filter((r) => r.endsAt <= now).reverse();
  return [...coming, ...past];
}

export async function eventById(db: Database, id: number) {
  const [row] = await db
    .select({
      id: events.id,
      kind: events.kind,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      venue: events.venue,
      placeId: events.placeId,
      placeName: places.name,
      capacity: events.capacity,
      descriptionNl: events.descriptionNl,
      descriptionDe: events.descriptionDe,
      version: events.version,
    })
    .from(events)
    .innerJoin(places, eq(places.id, events.placeId))
    .where(eq(events.id, id));
  return row ?? null;
}
export type EventDetail = NonNullable<Awaited<ReturnType<typeof eventById>>>;

/** Whether the company takes part in the event: an employer reaches nothing of an event it is not at. */
export async function employerTakesPart(db: Database, eventId: number, employerId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: eventEmployers.eventId })
    .from(eventEmployers)
    .where(and(eq(eventEmployers.eventId, eventId), eq(eventEmployers.employerId, employerId)));
  return row !== undefined;
}

// ---- Participating employers -------------------------------------------------------------------------

export interface Participant {
  employerId: number;
  employerName: string;
  stand: string;
  vacancies: { id: number; title: string }[];
}

/** The employers at an event with their stands and the vacancies they bring; `employerId` narrows to one. */
export async function participantsOf(db: Database, eventId: number, employerId?: number): Promise<Participant[]> {
  const rows = await db
    .select({ employerId: eventEmployers.employerId, employerName: employers.name, stand: eventEmployers.stand })
    .from(eventEmployers)
    .innerJoin(employers, eq(employers.id, eventEmployers.employerId))
    .where(and(eq(eventEmployers.eventId, eventId), employerId === undefined ? undefined : eq(eventEmployers.employerId, employerId)))
    .orderBy(asc(eventEmployers.stand), asc(employers.name));
  const brought = await db
    .select({ employerId: eventVacancies.employerId, id: vacancies.id, title: vacancies.title })
    .from(eventVacancies)
    .innerJoin(vacancies, eq(vacancies.id, eventVacancies.vacancyId))
    .where(eq(eventVacancies.eventId, eventId))
    .orderBy(asc(vacancies.title));
  return rows.map((r) => ({ ...r, vacancies: brought.filter((v) => v.employerId === r.employerId).map(({ id, title }) => ({ id, title })) }));
}

/**
 * Adds an employer to an event, or changes its stand and vacancies: the vacancies listed
 * replace the ones it brought. A vacancy of another company is refused by the database.
 */
export async function saveParticipant(
  db: Database,
  input: { eventId: number; employerId: number; stand: string; vacancyIds: number[] },
  audit: AuditContext,
): Promise<ActionResult<undefined>> {
  try {
    return await db.transaction(async (tx) => {
      const [event] = await tx.select({ id: events.id }).from(events).where(eq(events.id, input.eventId));
      if (!event) return { ok: false as const, code: 'notFound' };
      await tx
        .insert(eventEmployers)
        .values({ eventId: input.eventId, employerId: input.employerId, stand: input.stand })
        .onConflictDoUpdate({ target: [eventEmployers.eventId, eventEmployers.employerId], set: { stand: input.stand } });
      await tx.delete(eventVacancies).where(and(eq(eventVacancies.eventId, input.eventId), eq(eventVacancies.employerId, input.employerId)));
      if (input.vacancyIds.length > 0)
        await tx.insert(eventVacancies).values(input.vacancyIds.map((vacancyId) => ({ eventId: input.eventId, employerId: input.employerId, vacancyId })));
      await recordAudit(tx, {
        ...audit,
        action: 'event.save_employer',
        objectType: 'event',
        objectId: input.eventId,
        details: { employerId: input.employerId, vacancies: input.vacancyIds.length },
      });
      return { ok: true as const, data: undefined };
    });
  } catch (error) {
    if (isCheckViolation(error, 'event_vacancies_own_ck')) return { ok: false, code: 'invalid', fieldErrors: { vacancyIds: 'events.vacancyNotOwn' } };
    if (isForeignKey(error)) return { ok: false, code: 'notFound' };
    throw error;
  }
}

function isForeignKey(error: unknown): boolean {
  let e = error as { code?: string; cause?: unknown } | undefined;
  for (let i = 0; e && i < 5; i++, e = e.cause as typeof e) if (e.code === '23503') return true;
  return false;
}

// ---- Registrations --------------------------------------------------------------------------------

type RegisterCode = 'eventFull' | 'eventOver' | 'alreadyRegistered' | 'notFound';
export type RegisterOutcome = { ok: true; data: { id: number } } | { ok: false; code: RegisterCode | 'invalid'; fieldErrors?: Record<string, string> };

function registerRefusal(error: unknown): RegisterOutcome {
  if (isCheckViolation(error, 'event_registrations_capacity_ck')) return { ok: false, code: 'eventFull' };
  if (isUniqueViolation(error, 'event_registrations_seeker_uq') || isUniqueViolation(error, 'event_registrations_lead_uq'))
    return { ok: false, code: 'alreadyRegistered' };
  throw error;
}

async function openEvent(tx: Transaction, eventId: number, now: Date): Promise<RegisterCode | null> {
  const [event] = await tx.select({ endsAt: events.endsAt }).from(events).where(eq(events.id, eventId));
  if (!event) return 'notFound';
  if (event.endsAt <= now) return 'eventOver';
  return null;
}

/** Registers a job seeker, found by the client number, for an event that has not ended; capacity is the database's. */
export async function registerJobSeeker(
  db: Database,
  input: { eventId: number; clientNumber: string; actorId: number; now?: Date },
  audit: AuditContext,
): Promise<RegisterOutcome> {
  let jobSeekerId: number | undefined;
  let outcome: RegisterOutcome;
  try {
    outcome = await db.transaction(async (tx) => {
      const closed = await openEvent(tx, input.eventId, input.now ?? new Date());
      if (closed) return { ok: false as const, code: closed };
      const [seeker] = await tx
        .select({ id: jobSeekers.id })
        .from(jobSeekers)
        .where(and(sql`upper(${jobSeekers.clientNumber}) = ${input.clientNumber.trim().toUpperCase()}`, isNull(jobSeekers.erasedAt)));
      if (!seeker) return { ok: false as const, code: 'invalid' as const, fieldErrors: { clientNumber: 'events.clientNumberUnknown' } };
      jobSeekerId = seeker.id;
      const [row] = await tx
        .insert(eventRegistrations)
        .values({ eventId: input.eventId, origin: 'job_seeker', jobSeekerId: seeker.id, registeredBy: input.actorId })
        .returning({ id: eventRegistrations.id });
      await recordAudit(tx, {
        ...audit,
        action: 'event.register',
        objectType: 'event',
        objectId: input.eventId,
        jobSeekerId: seeker.id,
        details: { registrationId: row!.id },
      });
      return { ok: true as const, data: { id: row!.id } };
    });
  } catch (error) {
    outcome = registerRefusal(error);
  }
  if (!outcome.ok && outcome.code !== 'invalid')
    await recordAudit(db, {
      ...audit,
      action: 'event.register',
      objectType: 'event',
      objectId: input.eventId,
      jobSeekerId,
      result: 'denied',
      details: { code: outcome.code },
    });
  return outcome;
}

export interface LeadValues {
  name: string;
  phone: string | null;
  email: string | null;
  interest: string | null;
  contactConsent: boolean;
  eraseAfter: string;
  /** The employers of the event the lead agreed to be shown to. */
  shareWith: number[];
}

/** A walk-in lead: the least data needed, erased after `eraseAfter` unless it becomes a job seeker. */
export async function registerLead(
  db: Database,
  input: LeadValues & { eventId: number; actorId: number; now?: Date },
  audit: AuditContext,
): Promise<RegisterOutcome> {
  let outcome: RegisterOutcome;
  try {
    outcome = await db.transaction(async (tx) => {
      const closed = await openEvent(tx, input.eventId, input.now ?? new Date());
      if (closed) return { ok: false as const, code: closed };
      const [row] = await tx
        .insert(eventRegistrations)
        .values({
          eventId: input.eventId,
          origin: 'lead',
          leadName: input.name,
          leadPhone: input.phone,
          leadEmail: input.email,
          interest: input.interest,
          contactConsent: input.contactConsent,
          eraseAfter: input.eraseAfter,
          registeredBy: input.actorId,
        })
        .returning({ id: eventRegistrations.id });
      if (input.shareWith.length > 0)
        await tx.insert(eventAttendeeShares).values(input.shareWith.map((employerId) => ({ registrationId: row!.id, eventId: input.eventId, employerId })));
      await recordAudit(tx, {
        ...audit,
        action: 'event.register_lead',
        objectType: 'event_registration',
        objectId: row!.id,
        details: { eventId: input.eventId },
      });
      return { ok: true as const, data: { id: row!.id } };
    });
  } catch (error) {
    if (isForeignKey(error)) outcome = { ok: false, code: 'invalid', fieldErrors: { shareWith: 'chooseOne' } };
    else outcome = registerRefusal(error);
  }
  if (!outcome.ok && outcome.code !== 'invalid')
    await recordAudit(db, {
      ...audit,
      action: 'event.register_lead',
      objectType: 'event',
      objectId: input.eventId,
      result: 'denied',
      details: { code: outcome.code },
    });
  return outcome;
}

export interface RegistrationRow {
  id: number;
  origin: 'job_seeker' | 'lead';
  jobSeekerId: number | null;
  name: string;
  clientNumber: string | null;
  phone: string | null;
  email: string | null;
  interest: string | null;
  contactConsent: boolean;
  eraseAfter: string | null;
  checkedInAt: Date | null;
  sharedWith: number[];
}

const personName = sql<string>`coalesce(nullif(btrim(concat_ws(' ', ${jobSeekers.firstName}, ${jobSeekers.lastName})), ''), ${eventRegistrations.leadName}, '')`;

function registrationColumns() {
  return {
    id: eventRegistrations.id,
    origin: eventRegistrations.origin,
    jobSeekerId: eventRegistrations.jobSeekerId,
    name: personName,
    clientNumber: jobSeekers.clientNumber,
    phone: sql<string | null>`coalesce(${eventRegistrations.leadPhone}, ${jobSeekers.phone})`,
    email: sql<string | null>`coalesce(${eventRegistrations.leadEmail}, ${jobSeekers.email})`,
    interest: eventRegistrations.interest,
    contactConsent: eventRegistrations.contactConsent,
    eraseAfter: eventRegistrations.eraseAfter,
    checkedInAt: eventRegistrations.checkedInAt,
    sharedWith: sql<
      number[]
    >`coalesce((select array_agg(s.employer_id order by s.employer_id) from ${eventAttendeeShares} s where s.registration_id = ${eventRegistrations.id}), '{}')`,
  };
}

/**
 * The registrations of an event (staff), or a name search for the door: a case-insensitive
 * match anywhere in the name, at most `limit` rows, the not yet checked-in first.
 */
export async function registrationsOf(db: Database, eventId: number, options: { q?: string; limit?: number } = {}): Promise<RegistrationRow[]> {
  const q = options.q?.trim();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await db
    .select(registrationColumns())
    .from(eventRegistrations)
    .leftJoin(jobSeekers, eq(jobSeekers.id, eventRegistrations.jobSeekerId))
    .where(and(eq(eventRegistrations.eventId, eventId), isNull(eventRegistrations.leadErasedAt), pattern ? sql`${personName} ilike ${pattern}` : undefined))
    .orderBy(...(pattern ? [sql`${eventRegistrations.checkedInAt} is not null`] : []), sql`lower(${personName})`, asc(eventRegistrations.id))
    .limit(options.limit ?? 5000);
  return rows.map((r) => ({ ...r, sharedWith: r.sharedWith.map(Number) }));
}

export type CheckInOutcome = { ok: true; data: { checkedInAt: Date } } | { ok: false; code: 'alreadyCheckedIn' | 'notFound' };

/** One tap at the door. A second check-in is refused (the update needs an empty check-in; a trigger holds it too). */
export async function checkIn(db: Database, input: { eventId: number; registrationId: number; actorId: number }, audit: AuditContext): Promise<CheckInOutcome> {
  const outcome = await db.transaction(async (tx): Promise<CheckInOutcome> => {
    const [row] = await tx
      .update(eventRegistrations)
      .set({ checkedInAt: new Date(), checkedInBy: input.actorId })
      .where(and(eq(eventRegistrations.id, input.registrationId), eq(eventRegistrations.eventId, input.eventId), isNull(eventRegistrations.checkedInAt)))
      .returning({ checkedInAt: eventRegistrations.checkedInAt, jobSeekerId: eventRegistrations.jobSeekerId });
    if (!row) {
      const [exists] = await tx
        .select({ id: eventRegistrations.id })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.id, input.registrationId), eq(eventRegistrations.eventId, input.eventId)));
      return { ok: false, code: exists ? 'alreadyCheckedIn' : 'notFound' };
    }
    await recordAudit(tx, {
      ...audit,
      action: 'event.check_in',
      objectType: 'event_registration',
      objectId: input.registrationId,
      jobSeekerId: row.jobSeekerId ?? undefined,
    });
    return { ok: true, data: { checkedInAt: row.checkedInAt! } };
  });
  if (!outcome.ok)
    await recordAudit(db, {
      ...audit,
      action: 'event.check_in',
      objectType: 'event_registration',
      objectId: input.registrationId,
      result: 'denied',
      details: { code: outcome.code },
    });
  return outcome;
}

/**
 * A lead became a job seeker (registered through the job-seeker form): the registration is
 * linked to that person, its lead data goes (the job seeker's record holds it now), and it is
 * no longer erased by date. Counted in the report as a lead that became a job seeker.
 */
export async function linkLead(
  db: Database,
  input: { eventId: number; registrationId: number; clientNumber: string },
  audit: AuditContext,
): Promise<ActionResult<undefined>> {
  try {
    return await db.transaction(async (tx) => {
      const [seeker] = await tx
        .select({ id: jobSeekers.id })
        .from(jobSeekers)
        .where(and(sql`upper(${jobSeekers.clientNumber}) = ${input.clientNumber.trim().toUpperCase()}`, isNull(jobSeekers.erasedAt)));
      if (!seeker) return { ok: false as const, code: 'invalid', fieldErrors: { clientNumber: 'events.clientNumberUnknown' } };
      const [row] = await tx
        .update(eventRegistrations)
        .set({ jobSeekerId: seeker.id, leadName: null, leadPhone: null, leadEmail: null, eraseAfter: null })
        .where(
          and(
            eq(eventRegistrations.id, input.registrationId),
            eq(eventRegistrations.eventId, input.eventId),
            eq(eventRegistrations.origin, 'lead'),
            isNull(eventRegistrations.jobSeekerId),
            isNull(eventRegistrations.leadErasedAt),
          ),
        )
        .returning({ id: eventRegistrations.id });
      if (!row) return { ok: false as const, code: 'notFound' };
      await recordAudit(tx, { ...audit, action: 'event.link_lead', objectType: 'event_registration', objectId: row.id, jobSeekerId: seeker.id });
      return { ok: true as const, data: undefined };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'event_registrations_seeker_uq')) return { ok: false, code: 'alreadyRegistered' };
    throw error;
  }
}

// ---- After the event: conversations and follow-ups ---------------------------------------------------

/** Who met which employer. Only an attendee (checked in) of this event, with an employer of this event. */
export async function recordConversation(
  db: Database,
  input: { eventId: number; registrationId: number; employerId: number; note: string | null; shareWithEmployer: boolean; actorId: number },
  audit: AuditContext,
): Promise<ActionResult<{ id: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [reg] = await tx
        .select({ checkedInAt: eventRegistrations.checkedInAt, jobSeekerId: eventRegistrations.jobSeekerId })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.id, input.registrationId), eq(eventRegistrations.eventId, input.eventId), isNull(eventRegistrations.leadErasedAt)));
      if (!reg) return { ok: false as const, code: 'notFound' };
      if (!reg.checkedInAt) return { ok: false as const, code: 'notCheckedIn' };
      const [row] = await tx
        .insert(eventConversations)
        .values({ eventId: input.eventId, registrationId: input.registrationId, employerId: input.employerId, note: input.note, recordedBy: input.actorId })
        .returning({ id: eventConversations.id });
      if (input.shareWithEmployer)
        await tx
          .insert(eventAttendeeShares)
          .values({ registrationId: input.registrationId, eventId: input.eventId, employerId: input.employerId })
          .onConflictDoNothing();
      await recordAudit(tx, {
        ...audit,
        action: 'event.record_conversation',
        objectType: 'event_conversation',
        objectId: row!.id,
        jobSeekerId: reg.jobSeekerId ?? undefined,
        details: { eventId: input.eventId, employerId: input.employerId },
      });
      return { ok: true as const, data: { id: row!.id } };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'event_conversations_pair_uq')) return { ok: false, code: 'conversationExists' };
    if (isForeignKey(error)) return { ok: false, code: 'invalid', fieldErrors: { employerId: 'chooseOne' } };
    throw error;
  }
}

export interface ConversationRow {
  id: number;
  registrationId: number;
  jobSeekerId: number | null;
  personName: string;
  employerId: number;
  employerName: string;
  note: string | null;
  proposalId: number | null;
  proposalStage: string | null;
}

export async function conversationsOf(db: Database, eventId: number): Promise<ConversationRow[]> {
  return db
    .select({
      id: eventConversations.id,
      registrationId: eventConversations.registrationId,
      jobSeekerId: eventRegistrations.jobSeekerId,
      personName: personName,
      employerId: eventConversations.employerId,
      employerName: employers.name,
      note: eventConversations.note,
      proposalId: eventConversations.proposalId,
      proposalStage: proposals.stage,
    })
    .from(eventConversations)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventConversations.registrationId))
    .leftJoin(jobSeekers, eq(jobSeekers.id, eventRegistrations.jobSeekerId))
    .innerJoin(employers, eq(employers.id, eventConversations.employerId))
    .leftJoin(proposals, eq(proposals.id, eventConversations.proposalId))
    .where(and(eq(eventConversations.eventId, eventId), isNull(eventRegistrations.leadErasedAt)))
    .orderBy(asc(employers.name), sql`lower(${personName})`);
}

export type ProposeFromConversationOutcome = { ok: true; data: { proposalId: number } } | { ok: false; code: string; fieldErrors?: Record<string, string> };

/**
 * The follow-up of one conversation in one step: the person proposed to a vacancy of the employer
 * they met, through the pipeline's own proposeCandidate (its rules, history, audit and mail), with
 * the conversation linked to the proposal in the same transaction. A lead must first become a
 * job seeker (a proposal needs the person's consent, which only a job seeker's record holds).
 */
export async function proposeFromConversation(
  db: Database,
  input: { eventId: number; conversationId: number; vacancyId: number; motivation: string | null; actorId: number },
  audit: AuditContext,
): Promise<ProposeFromConversationOutcome> {
  const [conversation] = await db
    .select({ employerId: eventConversations.employerId, proposalId: eventConversations.proposalId, jobSeekerId: eventRegistrations.jobSeekerId })
    .from(eventConversations)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventConversations.registrationId))
    .where(and(eq(eventConversations.id, input.conversationId), eq(eventConversations.eventId, input.eventId)));
  if (!conversation) return { ok: false, code: 'notFound' };
  if (conversation.proposalId !== null) return { ok: false, code: 'alreadyProposed' };
  if (conversation.jobSeekerId === null) return { ok: false, code: 'leadNotJobSeeker' };
  const [vacancy] = await db.select({ employerId: vacancies.employerId }).from(vacancies).where(eq(vacancies.id, input.vacancyId));
  if (!vacancy || vacancy.employerId !== conversation.employerId) return { ok: false, code: 'invalid', fieldErrors: { vacancyId: 'events.vacancyNotOwn' } };
  const outcome = await proposeCandidate(
    db,
    { vacancyId: input.vacancyId, jobSeekerId: conversation.jobSeekerId, motivation: input.motivation, actorId: input.actorId },
    audit,
    async (tx, proposalId) => {
      const linked = await tx
        .update(eventConversations)
        .set({ proposalId })
        .where(and(eq(eventConversations.id, input.conversationId), isNull(eventConversations.proposalId)))
        .returning({ id: eventConversations.id });
      // Two desks proposing from the same conversation: the second rolls back its proposal.
      if (linked.length === 0) throw new ConversationTaken();
    },
  ).catch((error: unknown) => {
    if (error instanceof ConversationTaken || isUniqueViolation(error, 'event_conversations_proposal_uq'))
      return { ok: false as const, code: 'alreadyProposed' as const };
    throw error;
  });
  if (!outcome.ok) return { ok: false, code: outcome.code };
  return { ok: true, data: { proposalId: outcome.id } };
}

class ConversationTaken extends Error {}

/** The vacancies an event's employers brought, or else their open ones: what a follow-up may propose to. */
export async function followUpVacancies(db: Database, eventId: number): Promise<{ id: number; employerId: number; title: string }[]> {
  return db
    .select({ id: vacancies.id, employerId: vacancies.employerId, title: vacancies.title })
    .from(vacancies)
    .innerJoin(eventEmployers, and(eq(eventEmployers.employerId, vacancies.employerId), eq(eventEmployers.eventId, eventId)))
    .where(
      or(
        eq(vacancies.status, 'open'),
        inArray(vacancies.id, db.select({ id: eventVacancies.vacancyId }).from(eventVacancies).where(eq(eventVacancies.eventId, eventId))),
      ),
    )
    .orderBy(asc(vacancies.title));
}

// ---- The employer's view --------------------------------------------------------------------------------

export interface SharedAttendee {
  registrationId: number;
  name: string;
  interest: string | null;
  phone: string | null;
  email: string | null;
}

/**
 * After the event, the attendees who agreed to be shown to this employer, and nothing before it
 * ends. Contact details only when the person also agreed to be contacted.
 */
export async function attendeesSharedWith(db: Database, eventId: number, employerId: number, now = new Date()): Promise<SharedAttendee[]> {
  const rows = await db
    .select({
      registrationId: eventRegistrations.id,
      name: personName,
      interest: eventRegistrations.interest,
      contactConsent: eventRegistrations.contactConsent,
      phone: sql<string | null>`coalesce(${eventRegistrations.leadPhone}, ${jobSeekers.phone})`,
      email: sql<string | null>`coalesce(${eventRegistrations.leadEmail}, ${jobSeekers.email})`,
    })
    .from(eventAttendeeShares)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventAttendeeShares.registrationId))
    .innerJoin(events, eq(events.id, eventAttendeeShares.eventId))
    .leftJoin(jobSeekers, eq(jobSeekers.id, eventRegistrations.jobSeekerId))
    .where(
      and(
        eq(eventAttendeeShares.eventId, eventId),
        eq(eventAttendeeShares.employerId, employerId),
        isNotNull(eventRegistrations.checkedInAt),
        isNull(eventRegistrations.leadErasedAt),
        lte(events.endsAt, now),
      ),
    )
    .orderBy(sql`lower(${personName})`);
  return rows.map(({ contactConsent, phone, email, ...r }) => ({ ...r, phone: contactConsent ? phone : null, email: contactConsent ? email : null }));
}

// ---- The report ---------------------------------------------------------------------------------------

export interface EventReportRow {
  id: number;
  title: string;
  kind: EventKind;
  startsAt: Date;
  placeName: string;
  capacity: number;
  registered: number;
  attended: number;
  leads: number;
  leadsBecameJobSeekers: number;
  proposals: number;
  placements: number;
}

/**
 * Per event, comparable side by side: registrations, check-ins, walk-in leads, leads that became
 * job seekers, proposals made from its conversations, and placements traced back to it (a
 * placement whose proposal came from a conversation at the event).
 */
export async function eventReport(db: Database): Promise<EventReportRow[]> {
  const regs = db
    .select({
      eventId: eventRegistrations.eventId,
      registered: count().as('registered'),
      attended: count(eventRegistrations.checkedInAt).as('attended'),
      leads: sql<number>`count(*) filter (where ${eventRegistrations.origin} = 'lead')`.as('leads'),
      converted: sql<number>`count(*) filter (where ${eventRegistrations.origin} = 'lead' and ${eventRegistrations.jobSeekerId} is not null)`.as('converted'),
    })
    .from(eventRegistrations)
    .groupBy(eventRegistrations.eventId)
    .as('regs');
  const follow = db
    .select({
      eventId: eventConversations.eventId,
      proposals: count(eventConversations.proposalId).as('proposals'),
      placements: countDistinct(placements.id).as('placements'),
    })
    .from(eventConversations)
    .leftJoin(placements, eq(placements.proposalId, eventConversations.proposalId))
    .groupBy(eventConversations.eventId)
    .as('follow');
  return db
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      startsAt: events.startsAt,
      placeName: places.name,
      capacity: events.capacity,
      registered: sql<number>`coalesce(${regs.registered}, 0)`.mapWith(Number),
      attended: sql<number>`coalesce(${regs.attended}, 0)`.mapWith(Number),
      leads: sql<number>`coalesce(${regs.leads}, 0)`.mapWith(Number),
      leadsBecameJobSeekers: sql<number>`coalesce(${regs.converted}, 0)`.mapWith(Number),
      proposals: sql<number>`coalesce(${follow.proposals}, 0)`.mapWith(Number),
      placements: sql<number>`coalesce(${follow.placements}, 0)`.mapWith(Number),
    })
    .from(events)
    .innerJoin(places, eq(places.id, events.placeId))
    .leftJoin(regs, eq(regs.eventId, events.id))
    .leftJoin(follow, eq(follow.eventId, events.id))
    .orderBy(desc(events.startsAt), desc(events.id));
}

// ---- Personal data: export, erasure, retention ------------------------------------------------------------

/** The events a job seeker registered for, with check-in and the employers they met: part of their export. */
export async function eventDataOfJobSeeker(db: Database, jobSeekerId: number) {
  const registrations = await db
    .select({
      registrationId: eventRegistrations.id,
      event: events.title,
      startsAt: events.startsAt,
      origin: eventRegistrations.origin,
      interest: eventRegistrations.interest,
      contactConsent: eventRegistrations.contactConsent,
      checkedInAt: eventRegistrations.checkedInAt,
      registeredAt: eventRegistrations.createdAt,
    })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.jobSeekerId, jobSeekerId))
    .orderBy(asc(events.startsAt));
  const conversations = await db
    .select({
      registrationId: eventConversations.registrationId,
      employer: employers.name,
      note: eventConversations.note,
      proposalId: eventConversations.proposalId,
    })
    .from(eventConversations)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventConversations.registrationId))
    .innerJoin(employers, eq(employers.id, eventConversations.employerId))
    .where(eq(eventRegistrations.jobSeekerId, jobSeekerId));
  const shares = await db
    .select({ registrationId: eventAttendeeShares.registrationId, employer: employers.name })
    .from(eventAttendeeShares)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventAttendeeShares.registrationId))
    .innerJoin(employers, eq(employers.id, eventAttendeeShares.employerId))
    .where(eq(eventRegistrations.jobSeekerId, jobSeekerId));
  return registrations.map((r) => ({
    ...r,
    sharedWith: shares.filter((s) => s.registrationId === r.registrationId).map((s) => s.employer),
    conversations: conversations.filter((c) => c.registrationId === r.registrationId).map(({ registrationId: _, ...c }) => c),
  }));
}

/**
 * Part of erasing a job seeker (same transaction): what they said at events and whom they agreed
 * to be shown to goes; the registrations stay, anonymous, so the events' figures stay counted.
 */
export async function eraseEventDataOfJobSeeker(tx: Database, jobSeekerId: number): Promise<void> {
  const mine = tx.select({ id: eventRegistrations.id }).from(eventRegistrations).where(eq(eventRegistrations.jobSeekerId, jobSeekerId));
  await tx.update(eventConversations).set({ note: null }).where(inArray(eventConversations.registrationId, mine));
  await tx.delete(eventAttendeeShares).where(inArray(eventAttendeeShares.registrationId, mine));
  await tx
    .update(eventRegistrations)
    .set({ interest: null, leadName: null, leadPhone: null, leadEmail: null })
    .where(eq(eventRegistrations.jobSeekerId, jobSeekerId));
}

/**
 * Leads past their erase-after date that never became job seekers: name, contact and interest
 * are nulled, their conversation notes and shares go; the row stays as a count for the report.
 * Each erasure is one audit row, in the same transaction. Returns the registrations erased.
 */
export async function eraseExpiredLeads(db: Database, today: string): Promise<number[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: eventRegistrations.id, eventId: eventRegistrations.eventId })
      .from(eventRegistrations)
      .where(
        and(
          eq(eventRegistrations.origin, 'lead'),
          isNull(eventRegistrations.jobSeekerId),
          isNull(eventRegistrations.leadErasedAt),
          sql`${eventRegistrations.eraseAfter} < ${today}`,
        ),
      )
      .for('update');
    if (due.length === 0) return [];
    const ids = due.map((d) => d.id);
    await tx.update(eventConversations).set({ note: null }).where(inArray(eventConversations.registrationId, ids));
    await tx.delete(eventAttendeeShares).where(inArray(eventAttendeeShares.registrationId, ids));
    await tx
      .update(eventRegistrations)
      .set({ leadName: null, leadPhone: null, leadEmail: null, interest: null, leadErasedAt: new Date() })
      .where(inArray(eventRegistrations.id, ids));
    for (const d of due)
      await recordAudit(tx, {
        action: 'event.lead_erase',
        objectType: 'event_registration',
        objectId: d.id,
        details: { eventId: d.eventId, reason: 'erase_after' },
      });
    return ids;
  });
}

// ---- Form choices ---------------------------------------------------------------------------------------

/** Places an event can be in (Twente and the German border towns). */
export async function eventPlaceOptions(db: Database): Promise<{ id: number; name: string }[]> {
  return db.select({ id: places.id, name: places.name }).from(places).orderBy(asc(places.name));
}

/** Employers that can take part, with their open vacancies (what a stand can bring). */
export async function participantChoices(db: Database): Promise<{ id: number; name: string; vacancies: { id: number; title: string }[] }[]> {
  const [companies, open] = await Promise.all([
    db.select({ id: employers.id, name: employers.name }).from(employers).orderBy(asc(employers.name)),
    db
      .select({ id: vacancies.id, employerId: vacancies.employerId, title: vacancies.title })
      .from(vacancies)
      .where(eq(vacancies.status, 'open'))
      .orderBy(asc(vacancies.title)),
  ]);
  return companies.map((c) => ({ ...c, vacancies: open.filter((v) => v.employerId === c.id).map(({ id, title }) => ({ id, title })) }));
}

/** How many registered and how many are in: the door's counter. */
export async function eventCounts(db: Database, eventId: number): Promise<{ registered: number; attended: number }> {
  const [row] = await db
    .select({ registered: count(), attended: count(eventRegistrations.checkedInAt) })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, eventId));
  return row ?? { registered: 0, attended: 0 };
}
