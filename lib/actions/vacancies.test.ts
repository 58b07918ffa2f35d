import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, employerContacts, employers, vacancies } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { daysFromToday, makeVacancy, placeId } from '@/lib/testing/vacancies';
import { emptyVacancyForm, vacancyFormValues } from '@/lib/validation/vacancies';
import { createEmployerAction, updateEmployerAction } from './employers';
import { changeVacancyStatusAction, createVacancyAction, duplicateVacancyAction, updateVacancyAction } from './vacancies';

withTestDatabase();

/** The company whose data every actor reaches for, with one open vacancy. */
async function world() {
  const db = handle.db;
  const ownerId = await makeEmployer(db, 'Seniorenzentrum Ziel');
  const gronau = await placeId(db, 'Gronau (Westf.)');
  const vacancyId = await makeVacancy(db, ownerId, { closingDate: daysFromToday(20) });
  const [vacancy] = await db.select().from(vacancies).where(eq(vacancies.id, vacancyId));
  const profile = {
    name: 'Seniorenzentrum Ziel',
    street: 'Hauptstraße 1',
    postcode: '48599',
    placeId: String(gronau),
    sector: 'elderly_care' as const,
    website: '',
    phone: '',
    email: '',
    description: '',
    contacts: [{ id: '', name: 'Neue Kontaktperson', jobTitle: '', email: '', phone: '' }],
  };
  const edited = { ...vacancyFormValues(vacancy!, 'save'), title: 'Geändert von außen' };
  return {
    ownerId,
    vacancyId,
    actions: {
      'vacancy.create': () => createVacancyAction({ ...emptyVacancyForm('de'), title: 'Neue Stelle', employerId: String(ownerId), intent: 'draft' }),
      'vacancy.update': () => updateVacancyAction({ ...edited, id: vacancyId, version: 1 }),
      'vacancy.status': () => changeVacancyStatusAction({ id: vacancyId, version: 1, action: 'pause' }),
      'vacancy.duplicate': () => duplicateVacancyAction({ id: vacancyId }),
      'employer.create': () => createEmployerAction({ ...profile, name: 'Messe-Kontakt GmbH' }),
      'employer.update': () => updateEmployerAction({ ...profile, name: 'Umbenannt', id: ownerId, version: 1 }),
    },
  };
}

type Actor = 'own employer' | 'other employer' | 'caseworker' | 'admin' | 'manager' | 'nobody';
type ActionName = keyof Awaited<ReturnType<typeof world>>['actions'];
const ok = { ok: true };
const forbidden = { ok: false, code: 'forbidden' };
const notFound = { ok: false, code: 'notFound' };
const unauthenticated = { ok: false, code: 'unauthenticated' };

/**
 * Who may do what. Employer users act on their own company only; another company's ids are
 * "not found" (the same answer as an id that does not exist). Caseworkers and admins act for
 * any employer; managers only read.
 */
const table: Record<Actor, Record<ActionName, object>> = {
  'own employer': {
    'vacancy.create': ok,
    'vacancy.update': ok,
    'vacancy.status': ok,
    'vacancy.duplicate': ok,
    'employer.create': forbidden,
    'employer.update': ok,
  },
  // Creating is allowed, but always for the actor's own company (checked below).
  'other employer': {
    'vacancy.create': ok,
    'vacancy.update': notFound,
    'vacancy.status': notFound,
    'vacancy.duplicate': notFound,
    'employer.create': forbidden,
    'employer.update': notFound,
  },
  caseworker: { 'vacancy.create': ok, 'vacancy.update': ok, 'vacancy.status': ok, 'vacancy.duplicate': ok, 'employer.create': ok, 'employer.update': ok },
  admin: { 'vacancy.create': ok, 'vacancy.update': ok, 'vacancy.status': ok, 'vacancy.duplicate': ok, 'employer.create': ok, 'employer.update': ok },
  manager: {
    'vacancy.create': forbidden,
    'vacancy.update': forbidden,
    'vacancy.status': forbidden,
    'vacancy.duplicate': forbidden,
    'employer.create': forbidden,
    'employer.update': forbidden,
  },
  nobody: {
    'vacancy.create': unauthenticated,
    'vacancy.update': unauthenticated,
    'vacancy.status': unauthenticated,
    'vacancy.duplicate': unauthenticated,
    'employer.create': unauthenticated,
    'employer.update': unauthenticated,
  },
};

async function actorFor(actor: Actor, ownerId: number): Promise<SessionUser | null> {
  const db = handle.db;
  switch (actor) {
    case 'own employer':
      return makeUser(db, 'employer', { employerId: ownerId });
    case 'other employer':
      return makeUser(db, 'employer');
    case 'nobody':
      return null;
    default:
      return makeUser(db, actor);
  }
}

describe('vacancy and employer actions: role x action', () => {
  for (const [actor, expected] of Object.entries(table) as [Actor, Record<ActionName, object>][]) {
    for (const name of Object.keys(expected) as ActionName[]) {
      it(`${actor}: ${name} -> ${JSON.stringify(expected[name])}`, async () => {
        const { ownerId, vacancyId, actions } = await world();
        const user = await actorFor(actor, ownerId);
        signedInAs(user);
        const result = await actions[name]();
        if ((expected[name] as { ok: boolean }).ok) expect(result).toMatchObject(expected[name]);
        else expect(result).toEqual(expected[name]);

        const db = handle.db;
        const [vacancy] = await db.select().from(vacancies).where(eq(vacancies.id, vacancyId));
        const [owner] = await db.select().from(employers).where(eq(employers.id, ownerId));
        const allowed = (expected[name] as { ok: boolean }).ok;
        if (!allowed || name !== 'vacancy.update') expect(vacancy!.title).toBe('Altenpflegehelfer (m/w/d)');
        if (!allowed || name !== 'vacancy.status') expect(vacancy!.status).toBe('open');
        if (!allowed || name !== 'employer.update') expect(owner!.name).toBe('Seniorenzentrum Ziel');
        const ownerVacancies = await db.select().from(vacancies).where(eq(vacancies.employerId, ownerId));
        const grew = (name === 'vacancy.create' || name === 'vacancy.duplicate') && allowed && actor !== 'other employer';
        expect(ownerVacancies.length).toBe(grew ? 2 : 1);
        if (actor === 'other employer' && name === 'vacancy.create') {
          const [created] = await db.select().from(vacancies).where(eq(vacancies.title, 'Neue Stelle'));
          expect(created!.employerId).toBe(user!.employerId);
        }
        if (allowed) {
          const trail = await db
            .select()
            .from(auditEvents)
            .where(and(eq(auditEvents.actorId, user!.id), eq(auditEvents.result, 'ok')));
          expect(trail.length).toBe(1);
        }
      });
    }
  }
});

describe('vacancy actions: rules', () => {
  it('staff must name an existing employer for a new vacancy', async () => {
    signedInAs(await makeUser(handle.db, 'caseworker'));
    const form = { ...emptyVacancyForm('nl'), title: 'Magazijnmedewerker', intent: 'draft' };
    expect(await createVacancyAction({ ...form, employerId: '' })).toEqual({ ok: false, code: 'invalid', fieldErrors: { employerId: 'employerRequired' } });
    expect(await createVacancyAction({ ...form, employerId: '999999' })).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { employerId: 'employerRequired' },
    });
  });

  it('re-validates on the server and maps refusals to fields', async () => {
    const { ownerId, vacancyId } = await world();
    signedInAs(await makeUser(handle.db, 'employer', { employerId: ownerId }));
    const [row] = await handle.db.select().from(vacancies).where(eq(vacancies.id, vacancyId));
    const base = { ...vacancyFormValues(row!, 'save'), id: vacancyId, version: 1 };
    expect(await updateVacancyAction({ ...base, hoursMin: '40', hoursMax: '20' })).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { hoursMax: 'hoursOrder' },
    });
    expect(await updateVacancyAction({ ...base, closingDate: daysFromToday(-1) })).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { closingDate: 'closingDateInPast' },
    });
    expect(await updateVacancyAction({ ...base, description: '' })).toEqual({ ok: false, code: 'invalid', fieldErrors: { description: 'requiredToPublish' } });
    // Saving a published vacancy as a draft is not a thing.
    expect(await updateVacancyAction({ ...base, intent: 'draft' })).toEqual({ ok: false, code: 'notEditable' });
    expect(await updateVacancyAction({ ...base, version: 7 })).toEqual({ ok: false, code: 'conflict' });
    expect(await changeVacancyStatusAction({ id: vacancyId, version: 1, action: 'publish' })).toEqual({ ok: false, code: 'transitionNotAllowed' });
  });

  it('an expired vacancy with a description in paragraphs saves unchanged, and keeps every line break', async () => {
    const ownerId = await makeEmployer(handle.db, 'Seniorenzentrum Absatz');
    const description = 'Wir bieten:\n\n- Tarif nach TVöD\n- 30 Tage Urlaub\r\n\tund ein gutes Team.';
    const vacancyId = await makeVacancy(handle.db, ownerId, { description, closingDate: daysFromToday(-3) });
    signedInAs(await makeUser(handle.db, 'employer', { employerId: ownerId }));
    const [row] = await handle.db.select().from(vacancies).where(eq(vacancies.id, vacancyId));
    const unchanged = { ...vacancyFormValues(row!, 'save'), id: vacancyId, version: 1 };
    expect(await updateVacancyAction(unchanged)).toMatchObject({ ok: true, data: { version: 2 } });
    const [saved] = await handle.db.select().from(vacancies).where(eq(vacancies.id, vacancyId));
    expect(saved!.description).toBe(description);
    // Another past closing date is still refused.
    expect(await updateVacancyAction({ ...unchanged, version: 2, closingDate: daysFromToday(-10) })).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { closingDate: 'closingDateInPast' },
    });
  });

  it('publishing an incomplete draft from the status buttons names what is missing', async () => {
    const { ownerId } = await world();
    signedInAs(await makeUser(handle.db, 'employer', { employerId: ownerId }));
    const created = await createVacancyAction({ ...emptyVacancyForm('de'), title: 'Halb fertig', employerId: '', intent: 'draft' });
    expect(created).toMatchObject({ ok: true, data: { status: 'draft', version: 1 } });
    const id = (created as { data: { id: number } }).data.id;
    const refused = await changeVacancyStatusAction({ id, version: 1, action: 'publish' });
    expect(refused).toMatchObject({ ok: false, code: 'incomplete', fieldErrors: { sector: 'requiredToPublish' } });
  });

  it('records changes in the audit trail', async () => {
    const { ownerId, vacancyId } = await world();
    const user = await makeUser(handle.db, 'employer', { employerId: ownerId });
    signedInAs(user);
    await changeVacancyStatusAction({ id: vacancyId, version: 1, action: 'fill' });
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorId, user.id));
    expect(event).toMatchObject({ action: 'vacancy.fill', objectType: 'vacancy', objectId: String(vacancyId), details: { status: 'filled' } });
  });
});

describe('company profile actions: rules', () => {
  it('colleagues of one company edit the same profile; a stale save is a conflict', async () => {
    const { ownerId } = await world();
    const gronau = String(await placeId(handle.db, 'Gronau (Westf.)'));
    const first = await makeUser(handle.db, 'employer', { employerId: ownerId });
    const second = await makeUser(handle.db, 'employer', { employerId: ownerId });
    const profile = {
      name: 'Sonnenhof',
      street: '',
      postcode: '48599',
      placeId: gronau,
      sector: 'elderly_care',
      website: 'https://sonnenhof.demo',
      phone: '',
      email: '',
      description: '',
      contacts: [] as object[],
    };
    signedInAs(first);
    expect(
      await updateEmployerAction({
        ...profile,
        id: ownerId,
        version: 1,
        contacts: [{ id: '', name: 'Birgit Schulte', jobTitle: 'PDL', email: 'b@sonnenhof.demo', phone: '' }],
      }),
    ).toMatchObject({
      ok: true,
      data: { version: 2, contacts: [{ name: 'Birgit Schulte', email: 'b@sonnenhof.demo' }] },
    });
    signedInAs(second);
    expect(await updateEmployerAction({ ...profile, name: 'Überschrieben', id: ownerId, version: 1 })).toEqual({ ok: false, code: 'conflict' });
    const [contact] = await handle.db.select().from(employerContacts).where(eq(employerContacts.employerId, ownerId));
    // The colleague edits the contact the first one added, and removes nothing else.
    expect(
      await updateEmployerAction({
        ...profile,
        id: ownerId,
        version: 2,
        contacts: [{ id: String(contact!.id), name: 'Birgit Schulte', jobTitle: 'Pflegedienstleitung', email: '', phone: '' }],
      }),
    ).toMatchObject({ ok: true, data: { version: 3, contacts: [{ id: String(contact!.id), jobTitle: 'Pflegedienstleitung' }] } });
    const contacts = await handle.db.select().from(employerContacts).where(eq(employerContacts.employerId, ownerId));
    expect(contacts).toEqual([expect.objectContaining({ id: contact!.id, jobTitle: 'Pflegedienstleitung', email: null })]);
    // Removing all contacts.
    expect(await updateEmployerAction({ ...profile, id: ownerId, version: 3 })).toMatchObject({ ok: true });
    expect(await handle.db.select().from(employerContacts).where(eq(employerContacts.employerId, ownerId))).toEqual([]);
  });

  it("cannot take over another company's contact person by its id", async () => {
    const { ownerId } = await world();
    const other = await makeEmployer(handle.db, 'Andere GmbH');
    const [foreign] = await handle.db.insert(employerContacts).values({ employerId: other, name: 'Fremde Person' }).returning();
    signedInAs(await makeUser(handle.db, 'employer', { employerId: ownerId }));
    const gronau = String(await placeId(handle.db, 'Gronau (Westf.)'));
    const result = await updateEmployerAction({
      name: 'Sonnenhof',
      street: '',
      postcode: '48599',
      placeId: gronau,
      sector: 'elderly_care',
      website: '',
      phone: '',
      email: '',
      description: '',
      contacts: [{ id: String(foreign!.id), name: 'Gekapert', jobTitle: '', email: '', phone: '' }],
      id: ownerId,
      version: 1,
    });
    expect(result).toEqual({ ok: false, code: 'conflict' });
    const [still] = await handle.db.select().from(employerContacts).where(eq(employerContacts.id, foreign!.id));
    expect(still).toMatchObject({ employerId: other, name: 'Fremde Person' });
  });

  it('checks the postcode against the country of the place', async () => {
    signedInAs(await makeUser(handle.db, 'caseworker'));
    const enschede = String(await placeId(handle.db, 'Enschede'));
    const gronau = String(await placeId(handle.db, 'Gronau (Westf.)'));
    const base = { name: 'Messe GmbH', street: '', placeId: gronau, sector: 'logistics', website: '', phone: '', email: '', description: '', contacts: [] };
    expect(await createEmployerAction({ ...base, postcode: '4859' })).toEqual({ ok: false, code: 'invalid', fieldErrors: { postcode: 'germanPostcode' } });
    expect(await createEmployerAction({ ...base, placeId: enschede, postcode: '48599' })).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { postcode: 'dutchPostcode' },
    });
    const dutch = await createEmployerAction({ ...base, placeId: enschede, postcode: '7547td' });
    expect(dutch).toMatchObject({ ok: true });
    const [row] = await handle.db
      .select()
      .from(employers)
      .where(eq(employers.id, (dutch as { data: { id: number } }).data.id));
    expect(row!.postcode).toBe('7547 TD');
  });
});
