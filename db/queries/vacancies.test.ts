import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishCheck } from '@/lib/vacancies/publish-check';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { allowHistoryImport } from '@/db/history-import';
import { jobSeekers, proposals, vacancies } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { daysFromToday, makeVacancy, placeId } from '@/lib/testing/vacancies';
import { emptyVacancyForm, vacancyFormSchema, vacancyRecord } from '@/lib/validation/vacancies';
import { employerVacanciesByStatus } from './home-summary';
import { changeVacancyStatus, createVacancy, duplicateVacancy, getVacancy, listVacancies, updateVacancy, type VacancyScope } from './vacancies';
import { testAudit } from '@/lib/testing/audit';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => resetDatabase(handle));

const staff: VacancyScope = { kind: 'staff' };
const own = (employerId: number): VacancyScope => ({ kind: 'employer', employerId });
const ids = (list: { rows: { id: number }[] }) => list.rows.map((r) => r.id).sort((a, b) => a - b);

describe('vacancy lists', () => {
  it('an employer sees only its own vacancies, with proposal counts counted in SQL', async () => {
    const db = handle.db;
    const sonnenhof = await makeEmployer(db, 'Sonnenhof');
    const other = await makeEmployer(db, 'Anderes Heim');
    const mine = await makeVacancy(db, sonnenhof);
    const mineDraft = await makeVacancy(db, sonnenhof, { status: 'draft', publishedAt: null });
    await makeVacancy(db, other);
    const caseworker = await makeUser(db, 'caseworker');
    const seekers = await db
      .insert(jobSeekers)
      .values(['A', 'B', 'C'].map((n) => ({ firstName: n, lastName: 'Test', clientNumber: `K-${n}` })))
      .returning({ id: jobSeekers.id });
    // Pipeline history as it stands, not proposed through the app's rules (consent etc.).
    await db.transaction(async (tx) => {
      await allowHistoryImport(tx);
      await tx.insert(proposals).values([
        { vacancyId: mine, jobSeekerId: seekers[0]!.id, proposedBy: caseworker.id },
        { vacancyId: mine, jobSeekerId: seekers[1]!.id, proposedBy: caseworker.id, stage: 'interview' },
        { vacancyId: mine, jobSeekerId: seekers[2]!.id, proposedBy: caseworker.id, stage: 'rejected' },
      ]);
    });
    const list = await listVacancies(db, own(sonnenhof), {});
    expect(ids(list)).toEqual([mine, mineDraft]);
    expect(list.rows.find((r) => r.id === mine)).toMatchObject({ proposalsTotal: 3, proposalsActive: 2 });
    expect(list.rows.find((r) => r.id === mineDraft)).toMatchObject({ proposalsTotal: 0, proposalsActive: 0 });
    // Even a filter naming another employer stays inside the scope.
    expect((await listVacancies(db, own(sonnenhof), { employerId: other })).total).toBe(0);
    expect((await listVacancies(db, staff, {})).total).toBe(3);
  });

  it('filters by search, sector, place, distance, German level, hours, status and employer', async () => {
    const db = handle.db;
    const gronauHeim = await makeEmployer(db, 'Pflegeheim Gronau');
    const logistik = await makeEmployer(db, 'Grenzland Logistik', 'Schüttorf');
    const muenster = await placeId(db, 'Münster');
    const enschede = await placeId(db, 'Enschede');
    const helper = await makeVacancy(db, gronauHeim, { title: 'Altenpflegehelfer', germanLevel: 'A2', hoursMin: 20, hoursMax: 30 });
    const nurse = await makeVacancy(db, gronauHeim, {
      title: 'Pflegefachkraft 100%',
      germanLevel: 'B2',
      hoursMin: 38,
      hoursMax: 40,
      placeId: muenster,
      occupationCode: '82102',
    });
    const noLevel = await makeVacancy(db, logistik, {
      title: 'Lagerhelfer',
      sector: 'logistics',
      occupationCode: '51301',
      germanLevel: null,
      placeId: await placeId(db, 'Schüttorf'),
    });
    const expired = await makeVacancy(db, gronauHeim, { title: 'Betreuungskraft', closingDate: daysFromToday(-1) });
    const paused = await makeVacancy(db, logistik, {
      title: 'Staplerfahrer',
      sector: 'logistics',
      occupationCode: '51301',
      status: 'paused',
      placeId: await placeId(db, 'Schüttorf'),
    });

    expect(ids(await listVacancies(db, staff, { q: 'pflege' }))).toEqual([helper, nurse, expired]); // employer name matches too
    expect(ids(await listVacancies(db, staff, { q: 'grenzland' }))).toEqual([noLevel, paused]);
    expect(ids(await listVacancies(db, staff, { q: '100%' }))).toEqual([nurse]);
    expect(ids(await listVacancies(db, staff, { q: '%' }))).toEqual([nurse]); // a typed % is a letter, not a wildcard
    expect(ids(await listVacancies(db, staff, { sector: 'logistics' }))).toEqual([noLevel, paused]);
    expect(ids(await listVacancies(db, staff, { placeId: muenster }))).toEqual([nurse]);
    // Münster is 58 km from Enschede, Gronau 10 km, Schüttorf about 30 km.
    expect(ids(await listVacancies(db, staff, { fromPlaceId: enschede, km: 40 }))).toEqual([helper, noLevel, expired, paused]);
    expect(ids(await listVacancies(db, staff, { fromPlaceId: enschede, km: 15 }))).toEqual([helper, expired]);
    expect(ids(await listVacancies(db, staff, { germanMax: 'B1' }))).toEqual([helper, noLevel, expired, paused]);
    expect(ids(await listVacancies(db, staff, { germanMax: 'A2' }))).toEqual([helper, noLevel]);
    expect(ids(await listVacancies(db, staff, { hoursMin: 36 }))).toEqual(
      [helper, noLevel, expired, paused]
        .filter((id) => id !== helper)
        .concat(nurse)
        .sort((a, b) => a - b),
    );
    expect(ids(await listVacancies(db, staff, { hoursMax: 25 }))).toEqual([helper]);
    expect(ids(await listVacancies(db, staff, { status: 'open' }))).toEqual([helper, nurse, noLevel]);
    expect(ids(await listVacancies(db, staff, { status: 'expired' }))).toEqual([expired]);
    expect(ids(await listVacancies(db, staff, { status: 'paused' }))).toEqual([paused]);
    expect(ids(await listVacancies(db, staff, { employerId: logistik }))).toEqual([noLevel, paused]);
    expect(ids(await listVacancies(db, staff, { status: 'open', sector: 'elderly_care', germanMax: 'B1', fromPlaceId: enschede, km: 20 }))).toEqual([helper]);

    const byDistance = await listVacancies(db, staff, { fromPlaceId: enschede, sort: 'distance' });
    expect(byDistance.rows.at(-1)!.id).toBe(nurse);
    expect(byDistance.origin?.id).toBe(enschede);
    expect(byDistance.rows.at(-1)!.distanceKm).toBeGreaterThan(50);
    expect(byDistance.rows.at(-1)!.distanceKm).toBeLessThan(65);
    expect(byDistance.rows.find((r) => r.id === expired)!.effectiveStatus).toBe('expired');
  });

  it('pages in the database and keeps the page inside the range', async () => {
    const db = handle.db;
    const employer = await makeEmployer(db, 'Viele Stellen GmbH');
    for (let i = 0; i < 7; i++) await makeVacancy(db, employer, { title: `Stelle ${i}`, publishedAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    const first = await listVacancies(db, staff, { page: 1 }, 3);
    expect(first).toMatchObject({ total: 7, page: 1, pageCount: 3 });
    expect(first.rows.map((r) => r.title)).toEqual(['Stelle 6', 'Stelle 5', 'Stelle 4']);
    const last = await listVacancies(db, staff, { page: 99 }, 3);
    expect(last.page).toBe(3);
    expect(last.rows.map((r) => r.title)).toEqual(['Stelle 0']);
  });
});

describe('one vacancy and its changes', () => {
  it('another company cannot read, change or copy it: not found, never forbidden', async () => {
    const db = handle.db;
    const owner = await makeEmployer(db, 'Eigentümer GmbH');
    const stranger = await makeEmployer(db, 'Fremd GmbH');
    const id = await makeVacancy(db, owner);
    expect(await getVacancy(db, own(stranger), id)).toBeNull();
    expect((await getVacancy(db, own(owner), id))?.employerName).toBe('Eigentümer GmbH');
    expect((await getVacancy(db, staff, id))?.distanceFromEnschedeKm).toBeCloseTo(10, 0);
    expect(await changeVacancyStatus(db, { scope: own(stranger), id, version: 1, action: 'close', check: publishCheck }, testAudit)).toEqual({
      ok: false,
      code: 'notFound',
    });
    expect(
      await duplicateVacancy(db, { scope: own(stranger), id, createdBy: (await makeUser(db, 'employer', { employerId: stranger })).id }, testAudit),
    ).toBeNull();
    const record = vacancyRecord(vacancyFormSchema.parse({ ...emptyVacancyForm('de'), title: 'Übernommen', intent: 'draft' }));
    expect(await updateVacancy(db, { scope: own(stranger), id, version: 1, record, intent: 'save', check: publishCheck }, testAudit)).toEqual({
      ok: false,
      code: 'notFound',
    });
    const [unchanged] = await db.select().from(vacancies).where(eq(vacancies.id, id));
    expect(unchanged).toMatchObject({ status: 'open', title: 'Altenpflegehelfer (m/w/d)', version: 1 });
  });

  it('a half-filled draft is saved as it is; publishing it needs the missing fields', async () => {
    const db = handle.db;
    const employer = await makeEmployer(db, 'Entwurf GmbH');
    const user = await makeUser(db, 'employer', { employerId: employer });
    const half = vacancyRecord(vacancyFormSchema.parse({ ...emptyVacancyForm('de'), title: 'Nachtwache', hoursMin: '20', germanLevel: 'B1', intent: 'draft' }));
    const created = await createVacancy(db, { employerId: employer, createdBy: user.id, record: half, publish: false, check: publishCheck }, testAudit);
    expect(created).toMatchObject({ ok: true, status: 'draft', version: 1 });
    const id = (created as { id: number }).id;
    const stored = await getVacancy(db, own(employer), id);
    expect(stored).toMatchObject({ title: 'Nachtwache', hoursMin: 20, hoursMax: null, germanLevel: 'B1', status: 'draft' });

    const refused = await changeVacancyStatus(db, { scope: own(employer), id, version: 1, action: 'publish', check: publishCheck }, testAudit);
    expect(refused).toMatchObject({ ok: false, code: 'incomplete', fieldErrors: { description: 'requiredToPublish', placeId: 'requiredToPublish' } });

    // Saving everything and publishing is one step; a refused publish keeps nothing of it.
    const gronau = await placeId(db, 'Gronau (Westf.)');
    const form = {
      ...emptyVacancyForm('de'),
      title: 'Nachtwache (m/w/d)',
      description: 'Nachtdienst im Wohnbereich.',
      sector: 'elderly_care' as const,
      occupationCode: '82101' as const,
      placeId: String(gronau),
      hoursMin: '20',
      hoursMax: '30',
      contract: 'permanent' as const,
      germanLevel: 'B1' as const,
      shifts: ['night' as const],
      closingDate: daysFromToday(30),
      intent: 'publish' as const,
    };
    const published = await updateVacancy(
      db,
      {
        scope: own(employer),
        id,
        version: 1,
        record: vacancyRecord(vacancyFormSchema.parse(form)),
        intent: 'publish',
        check: publishCheck,
      },
      testAudit,
    );
    expect(published).toMatchObject({ ok: true, status: 'open', version: 3 });
    const after = await getVacancy(db, staff, id);
    expect(after).toMatchObject({ status: 'open', effectiveStatus: 'open', shifts: ['night'] });
    expect(after!.publishedAt).toBeInstanceOf(Date);
  });

  it('status moves follow the rules, on the expected status and version only', async () => {
    const db = handle.db;
    const employer = await makeEmployer(db, 'Status GmbH');
    const id = await makeVacancy(db, employer);
    const scope = own(employer);
    expect(await changeVacancyStatus(db, { scope, id, version: 1, action: 'publish', check: publishCheck }, testAudit)).toEqual({
      ok: false,
      code: 'transitionNotAllowed',
    });
    expect(await changeVacancyStatus(db, { scope, id, version: 1, action: 'pause', check: publishCheck }, testAudit)).toMatchObject({
      ok: true,
      status: 'paused',
      version: 2,
    });
    // A stale page (version 1) cannot act any more.
    expect(await changeVacancyStatus(db, { scope, id, version: 1, action: 'close', check: publishCheck }, testAudit)).toEqual({ ok: false, code: 'conflict' });
    expect(await changeVacancyStatus(db, { scope, id, version: 2, action: 'reopen', check: publishCheck }, testAudit)).toMatchObject({
      ok: true,
      status: 'open',
      version: 3,
    });
    expect(await changeVacancyStatus(db, { scope, id, version: 3, action: 'fill', check: publishCheck }, testAudit)).toMatchObject({
      ok: true,
      status: 'filled',
    });
    expect(await changeVacancyStatus(db, { scope, id, version: 4, action: 'close', check: publishCheck }, testAudit)).toMatchObject({
      ok: true,
      status: 'closed',
    });
    expect(await changeVacancyStatus(db, { scope, id, version: 5, action: 'reopen', check: publishCheck }, testAudit)).toEqual({
      ok: false,
      code: 'transitionNotAllowed',
    });
    const record = vacancyRecord(vacancyFormSchema.parse({ ...emptyVacancyForm('de'), title: 'Zu spät', intent: 'draft' }));
    expect(await updateVacancy(db, { scope, id, version: 5, record, intent: 'save', check: publishCheck }, testAudit)).toEqual({
      ok: false,
      code: 'notEditable',
    });
  });

  it('an expired vacancy stops counting as open and cannot be reopened without a new closing date', async () => {
    const db = handle.db;
    const employer = await makeEmployer(db, 'Abgelaufen GmbH');
    const id = await makeVacancy(db, employer, { status: 'paused', closingDate: daysFromToday(-3) });
    expect(await changeVacancyStatus(db, { scope: staff, id, version: 1, action: 'reopen', check: publishCheck }, testAudit)).toMatchObject({
      ok: false,
      code: 'incomplete',
      fieldErrors: { closingDate: 'closingDateInPast' },
    });
    await db.update(vacancies).set({ status: 'open' }).where(eq(vacancies.id, id));
    expect((await getVacancy(db, staff, id))?.effectiveStatus).toBe('expired');
    expect((await listVacancies(db, staff, { status: 'open' })).total).toBe(0);
    expect(await employerVacanciesByStatus(db, employer)).toEqual([{ status: 'expired', n: 1 }]);
    // The closing day itself still counts.
    await db
      .update(vacancies)
      .set({ closingDate: daysFromToday(0) })
      .where(eq(vacancies.id, id));
    expect((await listVacancies(db, staff, { status: 'open' })).total).toBe(1);
  });

  it('the database refuses a half vacancy outside draft and ranges the wrong way round', async () => {
    const db = handle.db;
    const employer = await makeEmployer(db, 'Check GmbH');
    await expect(makeVacancy(db, employer, { description: null })).rejects.toThrow();
    await expect(makeVacancy(db, employer, { hoursMin: 40, hoursMax: 20 })).rejects.toThrow();
    await expect(makeVacancy(db, employer, { payMin: 3000, payMax: 2000 })).rejects.toThrow();
    await expect(makeVacancy(db, employer, { positions: 0 })).rejects.toThrow();
    await expect(makeVacancy(db, employer, { closingDate: '1999-01-01' })).rejects.toThrow();
    expect(await makeVacancy(db, employer, { status: 'draft', description: null, hoursMin: null, contract: null })).toBeGreaterThan(0);
  });

  it('duplicates as a new draft with everything but status and history', async () => {
    const db = handle.db;
    const employer = await makeEmployer(db, 'Kopie GmbH');
    const user = await makeUser(db, 'employer', { employerId: employer });
    const id = await makeVacancy(db, employer, { status: 'filled', positions: 2, positionsFilled: 2, shifts: ['early'] });
    const copy = await duplicateVacancy(db, { scope: own(employer), id, createdBy: user.id }, testAudit);
    const row = await getVacancy(db, own(employer), copy!.id);
    expect(row).toMatchObject({
      title: 'Altenpflegehelfer (m/w/d) (Kopie)',
      status: 'draft',
      positions: 2,
      positionsFilled: 0,
      publishedAt: null,
      shifts: ['early'],
      version: 1,
    });
  });
});
