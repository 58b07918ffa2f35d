import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, baPostings, employers, vacancies } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { BaClient } from '@/lib/ba/client';
import { runBaImport } from '@/lib/ba/import-run';
import { startFakeBaApi, type FakeBaApi } from '@/lib/testing/ba-fake-api';
import { altenpflegeGronau } from '@/lib/testing/ba-fixtures';
import { careVacancy, makeJobSeeker } from '@/lib/testing/fixtures';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { makeVacancy } from '@/lib/testing/vacancies';
import type { AuditContext } from './audit';
import { createBaRun } from './ba-import';
import { createEmployerFromBaPosting, getBaPosting, linkBaPosting, listBaPostings, unlinkBaPosting } from './ba-postings';
import { matchesForVacancy } from './matching';
import { proposeCandidate } from './proposals';
import { listVacancies } from './vacancies';

let handle: DatabaseHandle;
let fake: FakeBaApi;
beforeAll(async () => {
  [handle, fake] = await Promise.all([createTestDatabase(), startFakeBaApi()]);
});
afterAll(async () => {
  await fake?.close();
  await handle?.close();
});
beforeEach(async () => {
  await resetDatabase(handle);
  fake.setPostings('altenpflege', altenpflegeGronau);
});

const SONNENHOF = '10000-1190001234-S';
const CHIFFRE = '10000-1190001237-S';

async function importOnce() {
  const runId = await createBaRun(handle.db, { trigger: 'schedule', startedBy: null });
  const client = new BaClient({ baseUrl: fake.url, minIntervalMs: 0, retryBaseMs: 1, pageSize: 100 });
  return runBaImport(handle.db, client, runId, { slices: [{ keyword: 'Altenpflege', place: 'Gronau', radiusKm: 25 }], expire: true });
}

async function setup() {
  await importOnce();
  const caseworker = await makeUser(handle.db, 'caseworker');
  const audit: AuditContext = { actor: { id: caseworker.id, role: 'caseworker', email: caseworker.email }, origin: null };
  const posting = async (reference: string) => (await handle.db.select().from(baPostings).where(eq(baPostings.reference, reference)))[0]!;
  return { db: handle.db, caseworker, audit, posting };
}

const vacancyOf = async (reference: string) => (await handle.db.select().from(vacancies).where(eq(vacancies.baReference, reference)))[0];

describe('linking a BA posting to an employer', () => {
  it('makes the posting an open BA vacancy of that employer, audited, in the lists with its mark and link', async () => {
    const { db, audit, posting } = await setup();
    const employerId = await makeEmployer(db, 'Sonnenhof Seniorenzentrum', 'Gronau (Westf.)');
    const sonnenhof = await posting(SONNENHOF);
    expect((await listBaPostings(db, { link: 'unlinked' })).rows.map((r) => r.reference)).toContain(SONNENHOF);

    const outcome = await linkBaPosting(db, audit, { postingId: sonnenhof.id, employerId });
    expect(outcome).toMatchObject({ ok: true, duplicate: false });
    const vacancy = await vacancyOf(SONNENHOF);
    expect(vacancy).toMatchObject({
      employerId,
      source: 'ba',
      status: 'open',
      title: 'Pflegefachkraft (m/w/d) für die stationäre Altenpflege',
      textLanguage: 'de',
      hoursMin: sonnenhof.hoursMin,
      placeId: sonnenhof.placeId,
    });
    expect(await posting(SONNENHOF)).toMatchObject({ employerId, employerLinkedBy: 'caseworker' });
    const [row] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'ba_posting.link'), eq(auditEvents.objectId, String(sonnenhof.id))));
    expect(row?.details).toMatchObject({ employerId, vacancyId: vacancy!.id });

    const staff = await listVacancies(db, { kind: 'staff' }, { source: 'ba' });
    expect(staff.rows).toHaveLength(1);
    expect(staff.rows[0]).toMatchObject({ id: vacancy!.id, source: 'ba', baUrl: sonnenhof.url });
    expect((await listVacancies(db, { kind: 'staff' }, { source: 'own' })).rows).toHaveLength(0);
    // Its employer sees it as its own vacancy; another employer does not.
    expect((await listVacancies(db, { kind: 'employer', employerId }, {})).total).toBe(1);
    const other = await makeEmployer(db, 'Andere Pflege GmbH');
    expect((await listVacancies(db, { kind: 'employer', employerId: other }, {})).total).toBe(0);
    // Linked postings leave the "waiting" list.
    expect((await listBaPostings(db, { link: 'unlinked' })).rows.map((r) => r.reference)).not.toContain(SONNENHOF);
    expect((await listBaPostings(db, { link: 'linked' })).rows.map((r) => r.reference)).toEqual([SONNENHOF]);
  });

  it('never links an anonymous (Chiffre) posting, neither through the query nor in the database', async () => {
    const { db, audit, posting } = await setup();
    const employerId = await makeEmployer(db, 'Irgendwer GmbH');
    const chiffre = await posting(CHIFFRE);
    expect(chiffre.anonymous).toBe(true);
    expect(await linkBaPosting(db, audit, { postingId: chiffre.id, employerId })).toEqual({ ok: false, code: 'anonymous' });
    expect(await createEmployerFromBaPosting(db, audit, { postingId: chiffre.id, sector: 'elderly_care' })).toEqual({ ok: false, code: 'anonymous' });
    await expect(db.update(baPostings).set({ employerId, employerLinkedBy: 'caseworker' }).where(eq(baPostings.id, chiffre.id))).rejects.toThrow();
    expect(await vacancyOf(CHIFFRE)).toBeUndefined();
  });

  it('creates the employer from the firma and place and links it in one step', async () => {
    const { db, audit, posting } = await setup();
    const sonnenhof = await posting(SONNENHOF);
    const outcome = await createEmployerFromBaPosting(db, audit, { postingId: sonnenhof.id, sector: 'elderly_care' });
    expect(outcome).toMatchObject({ ok: true });
    const [employer] = await db.select().from(employers).where(eq(employers.name, 'Seniorenzentrum Sonnenhof Gronau'));
    expect(employer).toMatchObject({ placeId: sonnenhof.placeId, sector: 'elderly_care', postcode: '48599' });
    expect(await vacancyOf(SONNENHOF)).toMatchObject({ employerId: employer!.id, status: 'open' });
    expect(await db.$count(auditEvents, eq(auditEvents.action, 'employer.create'))).toBe(1);
  });

  it('refuses an expired posting and an employer that does not exist, changing nothing', async () => {
    const { db, audit, posting } = await setup();
    const sonnenhof = await posting(SONNENHOF);
    expect(await linkBaPosting(db, audit, { postingId: sonnenhof.id, employerId: 2_000_000_000 })).toEqual({ ok: false, code: 'employerNotFound' });
    expect(await linkBaPosting(db, audit, { postingId: 2_000_000_000, employerId: 1 })).toEqual({ ok: false, code: 'notFound' });
    await db.update(baPostings).set({ expiredAt: new Date() }).where(eq(baPostings.id, sonnenhof.id));
    const employerId = await makeEmployer(db, 'Sonnenhof');
    expect(await linkBaPosting(db, audit, { postingId: sonnenhof.id, employerId })).toEqual({ ok: false, code: 'expired' });
    expect(await vacancyOf(SONNENHOF)).toBeUndefined();
  });

  it('flags a posting that repeats the employer’s own vacancy instead of showing it twice', async () => {
    const { db, audit, posting } = await setup();
    const employerId = await makeEmployer(db, 'Sonnenhof');
    const own = await makeVacancy(db, employerId, { ...careVacancy, title: 'Pflegefachkraft (m/w/d) für die stationäre Altenpflege' });
    const sonnenhof = await posting(SONNENHOF);
    expect(await linkBaPosting(db, audit, { postingId: sonnenhof.id, employerId })).toEqual({ ok: true, vacancyId: own, duplicate: true });
    expect(await vacancyOf(SONNENHOF)).toBeUndefined();
    expect((await posting(SONNENHOF)).duplicateOfVacancyId).toBe(own);
    expect((await listVacancies(db, { kind: 'staff' }, { status: undefined })).total).toBe(1);
  });

  it('relinks or unlinks a wrong link until someone is proposed, then keeps it with its employer', async () => {
    const { db, audit, caseworker, posting } = await setup();
    const wrong = await makeEmployer(db, 'Falsch GmbH');
    const right = await makeEmployer(db, 'Richtig GmbH');
    const sonnenhof = await posting(SONNENHOF);
    await linkBaPosting(db, audit, { postingId: sonnenhof.id, employerId: wrong });
    const first = await vacancyOf(SONNENHOF);
    expect(await linkBaPosting(db, audit, { postingId: sonnenhof.id, employerId: right })).toMatchObject({ ok: true, vacancyId: first!.id });
    expect((await vacancyOf(SONNENHOF))?.employerId).toBe(right);

    expect(await unlinkBaPosting(db, audit, { postingId: sonnenhof.id })).toEqual({ ok: true });
    expect(await vacancyOf(SONNENHOF)).toBeUndefined();
    expect(await posting(SONNENHOF)).toMatchObject({ employerId: null, employerLinkedBy: null });
    expect(await unlinkBaPosting(db, audit, { postingId: sonnenhof.id })).toEqual({ ok: false, code: 'notLinked' });

    const linked = await linkBaPosting(db, audit, { postingId: sonnenhof.id, employerId: right });
    if (!linked.ok) throw new Error('not linked');
    const seekerId = await makeJobSeeker(db, { caseworkerId: caseworker.id });
    expect(await proposeCandidate(db, { vacancyId: linked.vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, audit)).toMatchObject({
      ok: true,
    });
    expect(await linkBaPosting(db, audit, { postingId: sonnenhof.id, employerId: wrong })).toEqual({ ok: false, code: 'hasProposals' });
    expect(await unlinkBaPosting(db, audit, { postingId: sonnenhof.id })).toEqual({ ok: false, code: 'hasProposals' });
    expect((await vacancyOf(SONNENHOF))?.employerId).toBe(right);
    expect((await getBaPosting(db, sonnenhof.id))?.proposalsOnVacancy).toBe(1);
  });

  it('takes part in matching once linked', async () => {
    const { db, audit, caseworker, posting } = await setup();
    const employerId = await makeEmployer(db, 'Sonnenhof');
    const sonnenhof = await posting(SONNENHOF);
    const linked = await linkBaPosting(db, audit, { postingId: sonnenhof.id, employerId });
    if (!linked.ok) throw new Error('not linked');
    const seekerId = await makeJobSeeker(db, { caseworkerId: caseworker.id, place: 'Enschede' });
    const result = await matchesForVacancy(db, linked.vacancyId, { today: '2026-12-03' });
    expect(result?.matches.map((m) => m.item.id)).toContain(seekerId);
  });
});

describe('the import keeps linked vacancies up to date', () => {
  it('rewrites the vacancy when aenderungsdatum moves and closes it when the posting expires', async () => {
    const { db, audit, posting } = await setup();
    const employerId = await makeEmployer(db, 'Sonnenhof');
    await linkBaPosting(db, audit, { postingId: (await posting(SONNENHOF)).id, employerId });

    const [first, ...rest] = altenpflegeGronau;
    fake.setPostings('altenpflege', [
      { ...first!, stellenangebotsTitel: 'Pflegefachkraft (m/w/d) Nachtdienst', aenderungsdatum: '2026-11-20T08:00:00.000' },
      ...rest,
    ]);
    await importOnce();
    expect(await vacancyOf(SONNENHOF)).toMatchObject({ title: 'Pflegefachkraft (m/w/d) Nachtdienst', status: 'open', employerId });

    fake.setPostings('altenpflege', rest);
    await importOnce();
    expect((await posting(SONNENHOF)).expiredAt).not.toBeNull();
    expect((await vacancyOf(SONNENHOF))?.status).toBe('closed');
    // Expired postings are hidden unless asked for.
    expect((await listBaPostings(db, { link: 'all' })).rows.map((r) => r.reference)).not.toContain(SONNENHOF);
    expect((await listBaPostings(db, { link: 'all', expired: true })).rows.map((r) => r.reference)).toContain(SONNENHOF);
  });
});
