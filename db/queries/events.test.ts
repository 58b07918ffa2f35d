import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, eventConversations, eventEmployers, eventRegistrations, events, jobSeekers, placements, proposals } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { careVacancy, makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy, placeId } from '@/lib/testing/vacancies';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import type { AuditContext } from './audit';
import {
  attendeesSharedWith,
  checkIn,
  conversationsOf,
  eraseExpiredLeads,
  eventDataOfJobSeeker,
  eventReport,
  linkLead,
  listEvents,
  proposeFromConversation,
  recordConversation,
  registerJobSeeker,
  registerLead,
  registrationsOf,
  saveParticipant,
  updateEvent,
} from './events';
import { eraseJobSeeker } from './job-seekers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

let audit: AuditContext;
let actorId: number;
let ownEmployer: number;
let otherEmployer: number;
let eventId: number;

const hour = 3_600_000;
async function makeEvent(options: { startsInHours?: number; capacity?: number } = {}): Promise<number> {
  const startsAt = new Date(Date.now() + (options.startsInHours ?? 48) * hour);
  const [row] = await handle.db
    .insert(events)
    .values({
      kind: 'job_fair',
      title: 'Banenmarkt Gieterij',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * hour),
      venue: 'De Gieterij',
      placeId: await placeId(handle.db, 'Hengelo'),
      capacity: options.capacity ?? 50,
      descriptionNl: 'Banenmarkt',
      descriptionDe: 'Jobmesse',
    })
    .returning({ id: events.id });
  return row!.id;
}

async function numberedSeeker(lastName = 'Jansen'): Promise<{ id: number; clientNumber: string }> {
  const id = await makeJobSeeker(handle.db, { lastName, caseworkerId: actorId });
  const [row] = await handle.db.select({ clientNumber: jobSeekers.clientNumber }).from(jobSeekers).where(eq(jobSeekers.id, id));
  return { id, clientNumber: row!.clientNumber! };
}

const lead = (name: string, contact: { phone?: string; email?: string } = { phone: '06-12345678' }) => ({
  name,
  phone: contact.phone ?? null,
  email: contact.email ?? null,
  interest: 'Altenpflege',
  contactConsent: true,
  eraseAfter: '2099-01-01',
  shareWith: [] as number[],
});

beforeEach(async () => {
  await resetDatabase(handle);
  const caseworker = await makeUser(handle.db, 'caseworker');
  actorId = caseworker.id;
  audit = { actor: { id: caseworker.id, role: 'caseworker', email: caseworker.email }, origin: null };
  ownEmployer = await makeEmployer(handle.db, 'Sonnenhof Gronau');
  otherEmployer = await makeEmployer(handle.db, 'Haus Ahaus', 'Ahaus');
  eventId = await makeEvent();
  await saveParticipant(handle.db, { eventId, employerId: ownEmployer, stand: 'A 1', vacancyIds: [] }, audit);
  await saveParticipant(handle.db, { eventId, employerId: otherEmployer, stand: 'B 2', vacancyIds: [] }, audit);
});

describe('registrations', () => {
  it('registers a job seeker once, and a second time is refused', async () => {
    const seeker = await numberedSeeker();
    expect((await registerJobSeeker(handle.db, { eventId, clientNumber: seeker.clientNumber.toLowerCase(), actorId }, audit)).ok).toBe(true);
    expect(await registerJobSeeker(handle.db, { eventId, clientNumber: seeker.clientNumber, actorId }, audit)).toEqual({
      ok: false,
      code: 'alreadyRegistered',
    });
    expect(await registerJobSeeker(handle.db, { eventId, clientNumber: 'NOPE-1', actorId }, audit)).toMatchObject({
      ok: false,
      fieldErrors: { clientNumber: 'events.clientNumberUnknown' },
    });
  });

  it('refuses past capacity, in the database too', async () => {
    const small = await makeEvent({ capacity: 2 });
    expect((await registerLead(handle.db, { ...lead('Anna de Vries'), eventId: small, actorId }, audit)).ok).toBe(true);
    expect((await registerLead(handle.db, { ...lead('Bram Smit'), eventId: small, actorId }, audit)).ok).toBe(true);
    expect(await registerLead(handle.db, { ...lead('Cor Visser'), eventId: small, actorId }, audit)).toEqual({ ok: false, code: 'eventFull' });
    // Two desks at once: the trigger locks the event row, so exactly one of two last places is taken.
    const race = await makeEvent({ capacity: 1 });
    const results = await Promise.all([
      registerLead(handle.db, { ...lead('Dirk Bos'), eventId: race, actorId }, audit),
      registerLead(handle.db, { ...lead('Eva Mulder'), eventId: race, actorId }, audit),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const [denied] = await handle.db
      .select({ result: auditEvents.result })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'event.register_lead'), eq(auditEvents.result, 'denied')));
    expect(denied).toBeDefined();
  });

  it('refuses the same walk-in twice and an event that is over', async () => {
    expect((await registerLead(handle.db, { ...lead('Anna de Vries'), eventId, actorId }, audit)).ok).toBe(true);
    expect(await registerLead(handle.db, { ...lead('anna de vries'), eventId, actorId }, audit)).toEqual({ ok: false, code: 'alreadyRegistered' });
    const over = await makeEvent({ startsInHours: -30 });
    expect(await registerLead(handle.db, { ...lead('Fenna Kok'), eventId: over, actorId }, audit)).toEqual({ ok: false, code: 'eventOver' });
  });

  it('the database refuses a lead without any way to contact', async () => {
    await expect(
      handle.db.insert(eventRegistrations).values({ eventId, origin: 'lead', leadName: 'Geen Contact', eraseAfter: '2099-01-01' }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: '23514' }) });
  });

  it('capacity cannot be set below the registrations made', async () => {
    await registerLead(handle.db, { ...lead('Anna de Vries'), eventId, actorId }, audit);
    await registerLead(handle.db, { ...lead('Bram Smit'), eventId, actorId }, audit);
    const [e] = await handle.db.select().from(events).where(eq(events.id, eventId));
    const result = await updateEvent(handle.db, { ...e!, id: eventId, version: 1, capacity: 1 }, audit);
    expect(result).toEqual({ ok: false, code: 'invalid', fieldErrors: { capacity: 'events.capacityBelowRegistered' } });
  });
});

describe('the door', () => {
  it('finds people by part of their name and checks them in once', async () => {
    const seeker = await numberedSeeker('Oosterhuis');
    await registerJobSeeker(handle.db, { eventId, clientNumber: seeker.clientNumber, actorId }, audit);
    await registerLead(handle.db, { ...lead('Anna Oostra'), eventId, actorId }, audit);
    await registerLead(handle.db, { ...lead('Bram Smit'), eventId, actorId }, audit);
    const found = await registrationsOf(handle.db, eventId, { q: 'oost', limit: 20 });
    expect(found.map((r) => r.name)).toEqual(['Anna Oostra', 'Test Oosterhuis']);
    expect(await registrationsOf(handle.db, eventId, { q: '%' })).toEqual([]);
    const first = await checkIn(handle.db, { eventId, registrationId: found[0]!.id, actorId }, audit);
    expect(first.ok).toBe(true);
    expect(await checkIn(handle.db, { eventId, registrationId: found[0]!.id, actorId }, audit)).toEqual({ ok: false, code: 'alreadyCheckedIn' });
    // A registration of another event is not found through this one.
    const other = await makeEvent();
    expect(await checkIn(handle.db, { eventId: other, registrationId: found[1]!.id, actorId }, audit)).toEqual({ ok: false, code: 'notFound' });
    // The database holds it too: the check-in time never changes afterwards.
    await expect(handle.db.update(eventRegistrations).set({ checkedInAt: new Date() }).where(eq(eventRegistrations.id, found[0]!.id))).rejects.toMatchObject({
      cause: expect.objectContaining({ code: '23514' }),
    });
  });
});

describe('after the event', () => {
  it('records conversations, proposes from one through the pipeline, and the report counts it all', async () => {
    const vacancyId = await makeVacancy(handle.db, ownEmployer, careVacancy);
    const foreignVacancy = await makeVacancy(handle.db, otherEmployer, careVacancy);
    expect(await saveParticipant(handle.db, { eventId, employerId: ownEmployer, stand: 'A 1', vacancyIds: [foreignVacancy] }, audit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { vacancyIds: 'events.vacancyNotOwn' },
    });
    await saveParticipant(handle.db, { eventId, employerId: ownEmployer, stand: 'A 3', vacancyIds: [vacancyId] }, audit);

    const seeker = await numberedSeeker('Hofman');
    const reg = await registerJobSeeker(handle.db, { eventId, clientNumber: seeker.clientNumber, actorId }, audit);
    const walkIn = await registerLead(handle.db, { ...lead('Ilse Dekker'), eventId, actorId }, audit);
    await registerLead(handle.db, { ...lead('Jan Meijer'), eventId, actorId }, audit);
    if (!reg.ok || !walkIn.ok) throw new Error('registration failed');

    const talk = { eventId, registrationId: reg.data.id, employerId: ownEmployer, note: 'Nachtdienst', shareWithEmployer: true, actorId };
    expect(await recordConversation(handle.db, talk, audit)).toEqual({ ok: false, code: 'notCheckedIn' });
    await checkIn(handle.db, { eventId, registrationId: reg.data.id, actorId }, audit);
    await checkIn(handle.db, { eventId, registrationId: walkIn.data.id, actorId }, audit);
    const conversation = await recordConversation(handle.db, talk, audit);
    expect(conversation.ok).toBe(true);
    expect(await recordConversation(handle.db, talk, audit)).toEqual({ ok: false, code: 'conversationExists' });
    const leadTalk = await recordConversation(handle.db, { ...talk, registrationId: walkIn.data.id, shareWithEmployer: false }, audit);
    if (!conversation.ok || !leadTalk.ok) throw new Error('conversation failed');

    // A lead is proposed only once they are a job seeker.
    expect(await proposeFromConversation(handle.db, { eventId, conversationId: leadTalk.data.id, vacancyId, motivation: null, actorId }, audit)).toEqual({
      ok: false,
      code: 'leadNotJobSeeker',
    });
    expect(
      await proposeFromConversation(handle.db, { eventId, conversationId: conversation.data.id, vacancyId: foreignVacancy, motivation: null, actorId }, audit),
    ).toMatchObject({ ok: false, fieldErrors: { vacancyId: 'events.vacancyNotOwn' } });
    const proposed = await proposeFromConversation(
      handle.db,
      { eventId, conversationId: conversation.data.id, vacancyId, motivation: 'Banenmarkt', actorId },
      audit,
    );
    expect(proposed.ok).toBe(true);
    if (!proposed.ok) return;
    expect(await proposeFromConversation(handle.db, { eventId, conversationId: conversation.data.id, vacancyId, motivation: null, actorId }, audit)).toEqual({
      ok: false,
      code: 'alreadyProposed',
    });
    const [proposal] = await handle.db.select().from(proposals).where(eq(proposals.id, proposed.data.proposalId));
    expect(proposal).toMatchObject({ jobSeekerId: seeker.id, vacancyId, stage: 'proposed' });
    expect((await conversationsOf(handle.db, eventId)).find((c) => c.id === conversation.data.id)?.proposalId).toBe(proposed.data.proposalId);

    // The walk-in became a job seeker.
    const newcomer = await numberedSeeker('Dekker');
    expect((await linkLead(handle.db, { eventId, registrationId: walkIn.data.id, clientNumber: newcomer.clientNumber }, audit)).ok).toBe(true);
    expect((await linkLead(handle.db, { eventId, registrationId: walkIn.data.id, clientNumber: newcomer.clientNumber }, audit)).ok).toBe(false);

    // A placement from the event's proposal, and one without it that must not count.
    await handle.db.insert(placements).values([
      {
        jobSeekerId: seeker.id,
        employerId: ownEmployer,
        vacancyId,
        proposalId: proposed.data.proposalId,
        startDate: '2026-11-01',
        funding: 'regular',
        jobTitle: 'Pflegehelfer',
        hoursPerWeek: 30,
        contract: 'permanent',
      },
      {
        jobSeekerId: newcomer.id,
        employerId: ownEmployer,
        startDate: '2026-11-01',
        funding: 'regular',
        jobTitle: 'Pflegehelfer',
        hoursPerWeek: 30,
        contract: 'permanent',
      },
    ]);
    const other = await makeEvent();
    await registerLead(handle.db, { ...lead('Kees Bakker'), eventId: other, actorId }, audit);
    const report = await eventReport(handle.db);
    expect(report.find((r) => r.id === eventId)).toMatchObject({
      registered: 3,
      attended: 2,
      leads: 2,
      leadsBecameJobSeekers: 1,
      proposals: 1,
      placements: 1,
    });
    expect(report.find((r) => r.id === other)).toMatchObject({ registered: 1, attended: 0, leads: 1, leadsBecameJobSeekers: 0, proposals: 0, placements: 0 });
  });
});

describe('what an employer sees', () => {
  it('only its own events, and after the event only attendees who agreed to be shown to it', async () => {
    const past = await makeEvent({ startsInHours: -30 });
    await handle.db.insert(eventEmployers).values([
      { eventId: past, employerId: ownEmployer, stand: 'C 1' },
      { eventId: past, employerId: otherEmployer, stand: 'C 2' },
    ]);
    const notOurs = await makeEvent();
    await handle.db.insert(eventEmployers).values({ eventId: notOurs, employerId: otherEmployer, stand: 'D 1' });
    const [shown, hidden, absent, otherOnly] = await handle.db
      .insert(eventRegistrations)
      .values([
        { eventId: past, origin: 'lead', leadName: 'Zichtbaar', leadPhone: '06-1', eraseAfter: '2099-01-01', checkedInAt: new Date(), contactConsent: true },
        { eventId: past, origin: 'lead', leadName: 'Verborgen', leadPhone: '06-2', eraseAfter: '2099-01-01', checkedInAt: new Date() },
        { eventId: past, origin: 'lead', leadName: 'Niet gekomen', leadPhone: '06-3', eraseAfter: '2099-01-01' },
        { eventId: past, origin: 'lead', leadName: 'Alleen Ahaus', leadPhone: '06-4', eraseAfter: '2099-01-01', checkedInAt: new Date() },
      ])
      .returning({ id: eventRegistrations.id });
    const { eventAttendeeShares } = await import('@/db/schema');
    await handle.db.insert(eventAttendeeShares).values([
      { registrationId: shown!.id, eventId: past, employerId: ownEmployer },
      { registrationId: absent!.id, eventId: past, employerId: ownEmployer },
      { registrationId: otherOnly!.id, eventId: past, employerId: otherEmployer },
    ]);
    void hidden;
    expect((await listEvents(handle.db, { employerId: ownEmployer })).map((e) => e.id).sort()).toEqual([eventId, past].sort());
    expect((await listEvents(handle.db, { employerId: ownEmployer })).find((e) => e.id === past)?.stand).toBe('C 1');
    const seen = await attendeesSharedWith(handle.db, past, ownEmployer);
    expect(seen).toEqual([{ registrationId: shown!.id, name: 'Zichtbaar', interest: null, phone: '06-1', email: null }]);
    expect((await attendeesSharedWith(handle.db, past, otherEmployer)).map((a) => a.name)).toEqual(['Alleen Ahaus']);
    // Before the event ends: nobody.
    const sharedCurrent = await registerLead(handle.db, { ...lead('Te vroeg'), shareWith: [ownEmployer], eventId, actorId }, audit);
    expect(sharedCurrent.ok).toBe(true);
    expect(await attendeesSharedWith(handle.db, eventId, ownEmployer)).toEqual([]);
    // A share with a company that is not at the event is refused.
    expect(
      await registerLead(handle.db, { ...lead('Fout'), shareWith: [await makeEmployer(handle.db, 'Elders GmbH')], eventId, actorId }, audit),
    ).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });
});

describe('personal data', () => {
  it('erases leads after their date, keeps them counted, and writes one audit row each', async () => {
    await registerLead(handle.db, { ...lead('Oud'), eraseAfter: '2026-01-01', eventId, actorId }, audit);
    await registerLead(handle.db, { ...lead('Nieuw'), eraseAfter: '2099-01-01', eventId, actorId }, audit);
    const erased = await eraseExpiredLeads(handle.db, '2026-06-01');
    expect(erased).toHaveLength(1);
    expect((await registrationsOf(handle.db, eventId)).map((r) => r.name)).toEqual(['Nieuw']);
    const [row] = await handle.db.select().from(eventRegistrations).where(eq(eventRegistrations.id, erased[0]!));
    expect(row).toMatchObject({ leadName: null, leadPhone: null, leadEmail: null, interest: null });
    expect(row!.leadErasedAt).not.toBeNull();
    expect((await eventReport(handle.db)).find((r) => r.id === eventId)?.leads).toBe(2);
    expect(await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'event.lead_erase'))).toHaveLength(1);
    expect(await eraseExpiredLeads(handle.db, '2026-06-01')).toEqual([]);
  });

  it('exports and erases the event data of a person, also from when they were a lead', async () => {
    const reg = await registerLead(handle.db, { ...lead('Lies Peters'), interest: 'Nachtdienst', shareWith: [ownEmployer], eventId, actorId }, audit);
    if (!reg.ok) throw new Error('lead');
    const person = await numberedSeeker('Peters');
    await linkLead(handle.db, { eventId, registrationId: reg.data.id, clientNumber: person.clientNumber }, audit);
    await checkIn(handle.db, { eventId, registrationId: reg.data.id, actorId }, audit);
    await recordConversation(
      handle.db,
      { eventId, registrationId: reg.data.id, employerId: ownEmployer, note: 'Wil nachtdienst', shareWithEmployer: false, actorId },
      audit,
    );
    const data = await eventDataOfJobSeeker(handle.db, person.id);
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      origin: 'lead',
      interest: 'Nachtdienst',
      sharedWith: ['Sonnenhof Gronau'],
      conversations: [{ employer: 'Sonnenhof Gronau', note: 'Wil nachtdienst' }],
    });
    expect((await eraseJobSeeker(handle.db, person.id, person.clientNumber, audit)).ok).toBe(true);
    const after = await eventDataOfJobSeeker(handle.db, person.id);
    expect(after[0]).toMatchObject({ interest: null, sharedWith: [], conversations: [{ note: null }] });
    const [conversation] = await handle.db.select().from(eventConversations).where(eq(eventConversations.registrationId, reg.data.id));
    expect(conversation!.note).toBeNull();
  });
});
