import { allowHistoryImport } from '@/db/history-import';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import {
  jobSeekerChecks,
  jobSeekerLanguages,
  jobSeekerNotes,
  jobSeekerQualifications,
  jobSeekers,
  placements,
  proposalEvents,
  proposals,
  vacancies,
} from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { placeId, registrationValues } from '@/lib/testing/job-seekers';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import type { JobSeekerValues } from '@/lib/validation/job-seekers';
import { exportJobSeeker } from './job-seeker-export';
import { listJobSeekers } from './job-seeker-list';
import {
  addJobSeekerNote,
  changeJobSeekerStatus,
  createJobSeeker,
  eraseJobSeeker,
  getJobSeekerProfile,
  handOverJobSeeker,
  setJobSeekerCheck,
  updateJobSeeker,
  withdrawConsent,
} from './job-seekers';
import { testAudit } from '@/lib/testing/audit';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => resetDatabase(handle));

const values = (overrides: Partial<JobSeekerValues> = {}) => registrationValues(handle.db, overrides);

async function tally(table: typeof jobSeekerNotes | typeof jobSeekerLanguages | typeof jobSeekerQualifications | typeof jobSeekerChecks, id: number) {
  const [row] = await handle.db.select({ n: count() }).from(table).where(eq(table.jobSeekerId, id));
  return row!.n;
}

describe('registering', () => {
  it('stores the person with languages and qualifications; the registering caseworker owns them', async () => {
    const owner = await makeUser(handle.db, 'caseworker');
    const outcome = await createJobSeeker(handle.db, await values(), owner.id, testAudit);
    expect(outcome).toMatchObject({ ok: true });
    const id = (outcome as { id: number }).id;
    const profile = await getJobSeekerProfile(handle.db, id);
    expect(profile!.person).toMatchObject({
      clientNumber: 'WP-5001',
      caseworkerId: owner.id,
      status: 'intake',
      version: 1,
      postcode: '7511 AB',
      placeName: 'Enschede',
    });
    expect(profile!.languages).toEqual([
      { language: 'de', level: 'B1' },
      { language: 'nl', level: 'C2' },
    ]);
    expect(profile!.qualifications).toEqual([
      { qualification: 'mbo3_verzorgende_ig', title: null, obtainedYear: 2001, recognitionStatus: 'applied', recognitionState: 'NW' },
    ]);
  });

  it('refuses a second person with the same client number, at the field', async () => {
    const owner = await makeUser(handle.db, 'caseworker');
    await createJobSeeker(handle.db, await values(), owner.id, testAudit);
    expect(await createJobSeeker(handle.db, await values({ firstName: 'Ander' }), owner.id, testAudit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { clientNumber: 'clientNumberTaken' },
    });
    const [row] = await handle.db.select({ n: count() }).from(jobSeekers);
    expect(row!.n).toBe(1);
  });

  it('wants a Dutch home place', async () => {
    const owner = await makeUser(handle.db, 'caseworker');
    const gronau = await placeId(handle.db, 'Gronau (Westf.)');
    expect(await createJobSeeker(handle.db, await values({ placeId: gronau }), owner.id, testAudit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { placeId: 'dutchPlace' },
    });
  });

  it('the database refuses impossible combinations even without the form, in words for the field', async () => {
    const owner = await makeUser(handle.db, 'caseworker');
    // Values the schema would refuse, passed straight to the query: the constraints catch them.
    const cases: [Partial<JobSeekerValues>, Record<string, string>][] = [
      [{ availableFrom: '1970-01-01' }, { availableFrom: 'availableBeforeBirth' }],
      [{ consentGivenOn: '2026-03-01', consentUntil: '2026-02-01' }, { consentUntil: 'consentUntilBeforeGiven' }],
      [{ drivingLicence: false, hasCar: true }, { hasCar: 'carNeedsLicence' }],
      [{ hoursMin: 40, hoursMax: 20 }, { hoursMax: 'hoursOrder' }],
      [{ postcode: '751 AB' }, { postcode: 'dutchPostcode' }],
      [
        {
          languages: [
            { language: 'de', level: 'B1' },
            { language: 'de', level: 'B2' },
          ],
        },
        { languages: 'duplicateLanguage' },
      ],
    ];
    for (const [override, expected] of cases) {
      expect(await createJobSeeker(handle.db, await values(override), owner.id, testAudit), JSON.stringify(override)).toEqual({
        ok: false,
        code: 'invalid',
        fieldErrors: expected,
      });
    }
    const [row] = await handle.db.select({ n: count() }).from(jobSeekers);
    expect(row!.n).toBe(0);
  });
});

describe('editing with optimistic concurrency', () => {
  it('saves an edit based on the current version and names the changed fields', async () => {
    const owner = await makeUser(handle.db, 'caseworker');
    const { id } = (await createJobSeeker(handle.db, await values(), owner.id, testAudit)) as { id: number };
    const outcome = await updateJobSeeker(
      handle.db,
      id,
      1,
      await values({ phone: '06-99998888', languages: [{ language: 'de', level: 'B2' }] }),
      owner.id,
      'renewed',
      testAudit,
    );
    expect(outcome).toEqual({ ok: true, changed: ['phone', 'languages'], consentRenewed: false });
    const profile = await getJobSeekerProfile(handle.db, id);
    expect(profile!.person).toMatchObject({ phone: '06-99998888', version: 2 });
    expect(profile!.languages).toEqual([{ language: 'de', level: 'B2' }]);
  });

  it('refuses a second save based on an old version and changes nothing', async () => {
    const a = await makeUser(handle.db, 'caseworker');
    const b = await makeUser(handle.db, 'caseworker');
    const { id } = (await createJobSeeker(handle.db, await values(), a.id, testAudit)) as { id: number };
    expect(await updateJobSeeker(handle.db, id, 1, await values({ phone: '06-10000001' }), a.id, 'x', testAudit)).toMatchObject({ ok: true });
    expect(await updateJobSeeker(handle.db, id, 1, await values({ phone: '06-20000002', qualifications: [] }), b.id, 'x', testAudit)).toEqual({
      ok: false,
      code: 'conflict',
    });
    const profile = await getJobSeekerProfile(handle.db, id);
    expect(profile!.person).toMatchObject({ phone: '06-10000001', version: 2 });
    expect(profile!.qualifications).toHaveLength(1);
  });

  it('status changes and hand-overs also move the version on', async () => {
    const a = await makeUser(handle.db, 'caseworker');
    const { id } = (await createJobSeeker(handle.db, await values(), a.id, testAudit)) as { id: number };
    await changeJobSeekerStatus(handle.db, id, 'active', 'Intake afgerond', a.id, testAudit);
    expect(await updateJobSeeker(handle.db, id, 1, await values(), a.id, 'x', testAudit)).toEqual({ ok: false, code: 'conflict' });
  });

  it('a new consent date after a withdrawal gives consent again, on the timeline', async () => {
    const a = await makeUser(handle.db, 'caseworker');
    const { id } = (await createJobSeeker(handle.db, await values(), a.id, testAudit)) as { id: number };
    await withdrawConsent(handle.db, id, 'Wil even niet', a.id, testAudit);
    const outcome = await updateJobSeeker(handle.db, id, 2, await values({ consentGivenOn: '2026-02-20' }), a.id, 'Opnieuw gegeven', testAudit);
    expect(outcome).toMatchObject({ ok: true, consentRenewed: true });
    const profile = await getJobSeekerProfile(handle.db, id);
    expect(profile!.person.consentWithdrawnAt).toBeNull();
    expect(profile!.notes[0]).toMatchObject({ kind: 'consent', body: 'Opnieuw gegeven', details: { renewed: true } });
  });
});

describe('status, hand-over, consent, notes and checks', () => {
  it('records a status change with its reason on the timeline', async () => {
    const a = await makeUser(handle.db, 'caseworker', { name: 'Klant Manager' });
    const { id } = (await createJobSeeker(handle.db, await values(), a.id, testAudit)) as { id: number };
    expect(await changeJobSeekerStatus(handle.db, id, 'active', 'Intake afgerond', a.id, testAudit)).toEqual({ ok: true, from: 'intake' });
    expect(await changeJobSeekerStatus(handle.db, id, 'active', 'Nogmaals', a.id, testAudit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { status: 'statusUnchanged' },
    });
    const profile = await getJobSeekerProfile(handle.db, id);
    expect(profile!.person.status).toBe('active');
    expect(profile!.notes).toMatchObject([{ kind: 'status', body: 'Intake afgerond', details: { from: 'intake', to: 'active' }, authorName: 'Klant Manager' }]);
  });

  it('hands over only to another active caseworker', async () => {
    const a = await makeUser(handle.db, 'caseworker');
    const b = await makeUser(handle.db, 'caseworker', { name: 'Mehmet Kaya' });
    const manager = await makeUser(handle.db, 'manager');
    const { id } = (await createJobSeeker(handle.db, await values(), a.id, testAudit)) as { id: number };
    expect(await handOverJobSeeker(handle.db, id, manager.id, 'Verlof', a.id, testAudit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { caseworkerId: 'chooseOne' },
    });
    expect(await handOverJobSeeker(handle.db, id, a.id, 'Verlof', a.id, testAudit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { caseworkerId: 'sameCaseworker' },
    });
    expect(await handOverJobSeeker(handle.db, id, b.id, 'Verlof', a.id, testAudit)).toEqual({ ok: true, from: a.id });
    const profile = await getJobSeekerProfile(handle.db, id);
    expect(profile!.person).toMatchObject({ caseworkerId: b.id, caseworkerName: 'Mehmet Kaya' });
    expect(profile!.notes[0]).toMatchObject({ kind: 'handover', body: 'Verlof', details: { from: a.id, to: b.id, toName: 'Mehmet Kaya' } });
  });

  it('withdraws a given consent once; the list then counts it as not given', async () => {
    const a = await makeUser(handle.db, 'caseworker');
    const { id } = (await createJobSeeker(handle.db, await values(), a.id, testAudit)) as { id: number };
    const filters = { sort: 'name', dir: 'asc', page: 1, pageSize: 25, today: '2026-06-15', consent: true } as const;
    expect((await listJobSeekers(handle.db, filters)).total).toBe(1);
    expect(await withdrawConsent(handle.db, id, 'Verhuist', a.id, testAudit)).toEqual({ ok: true, closedProposals: [] });
    expect(await withdrawConsent(handle.db, id, 'Nogmaals', a.id, testAudit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { reason: 'consentNotGiven' },
    });
    expect((await listJobSeekers(handle.db, filters)).total).toBe(0);
    expect((await getJobSeekerProfile(handle.db, id))!.notes[0]).toMatchObject({ kind: 'consent', body: 'Verhuist' });
  });

  it('adds notes and ticks checklist items on and off', async () => {
    const a = await makeUser(handle.db, 'caseworker');
    const { id } = (await createJobSeeker(handle.db, await values(), a.id, testAudit)) as { id: number };
    expect(await addJobSeekerNote(handle.db, id, 'Gebeld over Duitse les', a.id, testAudit)).toMatchObject({ ok: true });
    await setJobSeekerCheck(handle.db, id, 'tax_treaty', true, a.id, testAudit);
    await setJobSeekerCheck(handle.db, id, 'tax_treaty', true, a.id, testAudit);
    await setJobSeekerCheck(handle.db, id, 'health_insurance_s1', true, a.id, testAudit);
    await setJobSeekerCheck(handle.db, id, 'health_insurance_s1', false, a.id, testAudit);
    const profile = await getJobSeekerProfile(handle.db, id);
    expect(profile!.checks.map((c) => c.item)).toEqual(['tax_treaty']);
    expect(profile!.notes.map((n) => n.body)).toEqual(['Gebeld over Duitse les']);
    expect(await addJobSeekerNote(handle.db, 999999, 'x', a.id, testAudit)).toEqual({ ok: false, code: 'notFound' });
  });
});

describe('export and erasure', () => {
  async function personWithHistory() {
    const a = await makeUser(handle.db, 'caseworker');
    const { id } = (await createJobSeeker(handle.db, await values(), a.id, testAudit)) as { id: number };
    await addJobSeekerNote(handle.db, id, 'Persoonlijke notitie', a.id, testAudit);
    await setJobSeekerCheck(handle.db, id, 'social_security', true, a.id, testAudit);
    const employerId = await makeEmployer(handle.db, 'Pflege Gronau GmbH');
    const [vacancy] = await handle.db.insert(vacancies).values({ employerId, title: 'Altenpflegehelfer (m/w/d)' }).returning({ id: vacancies.id });
    // A finished pipeline, loaded as history (the database refuses to start one at 'hired').
    const proposal = await handle.db.transaction(async (tx) => {
      await allowHistoryImport(tx);
      const [row] = await tx
        .insert(proposals)
        .values({ vacancyId: vacancy!.id, jobSeekerId: id, proposedBy: a.id, motivation: 'Sanne heeft 20 jaar ervaring', stage: 'hired' })
        .returning({ id: proposals.id });
      return row;
    });
    await handle.db.insert(proposalEvents).values({ proposalId: proposal!.id, toStage: 'proposed', actorId: a.id, reason: 'Past goed bij Sanne' });
    await handle.db.insert(placements).values({
      jobSeekerId: id,
      employerId,
      vacancyId: vacancy!.id,
      caseworkerId: a.id,
      startDate: '2026-05-01',
      funding: 'regular',
      jobTitle: 'Altenpflegehelferin',
      hoursPerWeek: 30,
      contract: 'permanent',
    });
    return { id, owner: a };
  }

  it('exports everything held on the person', async () => {
    const { id } = await personWithHistory();
    const data = await exportJobSeeker(handle.db, id);
    expect(data!.person).toMatchObject({ clientNumber: 'WP-5001', firstName: 'Sanne', email: 'sanne@example.com', place: 'Enschede' });
    expect(data!.consent).toMatchObject({ givenOn: '2026-01-15', scope: ['profile', 'languages'] });
    expect(data!.languages).toHaveLength(2);
    expect(data!.qualifications).toHaveLength(1);
    expect(data!.notes.map((n) => n.text)).toEqual(['Persoonlijke notitie']);
    expect(data!.crossBorderChecklist.map((c) => c.item)).toEqual(['social_security']);
    expect(data!.proposals[0]).toMatchObject({
      stage: 'hired',
      motivation: 'Sanne heeft 20 jaar ervaring',
      steps: [{ toStage: 'proposed', reason: 'Past goed bij Sanne' }],
    });
    expect(data!.placements[0]).toMatchObject({ funding: 'regular', startDate: '2026-05-01' });
    expect(JSON.stringify(data)).not.toContain('@test.invalid');
  });

  it('erases after the right client number only; placements stay counted, anonymised', async () => {
    const { id } = await personWithHistory();
    expect(await eraseJobSeeker(handle.db, id, 'WP-9999', testAudit)).toEqual({ ok: false, code: 'invalid', fieldErrors: { confirm: 'confirmMismatch' } });
    expect((await getJobSeekerProfile(handle.db, id))!.person.firstName).toBe('Sanne');

    expect(await eraseJobSeeker(handle.db, id, ' wp-5001 ', testAudit)).toEqual({ ok: true });
    const [row] = await handle.db.select().from(jobSeekers).where(eq(jobSeekers.id, id));
    expect(row).toMatchObject({
      clientNumber: null,
      firstName: null,
      lastName: null,
      email: null,
      phone: null,
      dateOfBirth: null,
      postcode: null,
      placeId: null,
      consentGivenOn: null,
      consentScope: [],
      wantedSectors: [],
    });
    expect(row!.erasedAt).toBeInstanceOf(Date);
    for (const table of [jobSeekerNotes, jobSeekerLanguages, jobSeekerQualifications, jobSeekerChecks]) expect(await tally(table, id)).toBe(0);
    const [placed] = await handle.db.select({ n: count() }).from(placements).where(eq(placements.jobSeekerId, id));
    expect(placed!.n).toBe(1);
    const [proposal] = await handle.db.select().from(proposals).where(eq(proposals.jobSeekerId, id));
    expect(proposal!.motivation).toBeNull();
    const [event] = await handle.db.select().from(proposalEvents).where(eq(proposalEvents.proposalId, proposal!.id));
    expect(event!.reason).toBeNull();

    expect(await getJobSeekerProfile(handle.db, id)).toBeNull();
    expect(await exportJobSeeker(handle.db, id)).toBeNull();
    expect((await listJobSeekers(handle.db, { sort: 'name', dir: 'asc', page: 1, pageSize: 25, today: '2026-06-15' })).total).toBe(0);
    expect(await eraseJobSeeker(handle.db, id, '', testAudit)).toEqual({ ok: false, code: 'notFound' });
    expect(await changeJobSeekerStatus(handle.db, id, 'active', 'x', 1, testAudit)).toEqual({ ok: false, code: 'notFound' });
  });

  it('a fresh registration may reuse the client number of an erased person', async () => {
    const { id, owner } = await personWithHistory();
    await eraseJobSeeker(handle.db, id, 'WP-5001', testAudit);
    expect(await createJobSeeker(handle.db, await values(), owner.id, testAudit)).toMatchObject({ ok: true });
  });
});
