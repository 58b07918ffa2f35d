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
import { matchesForSeeker, matchesForVacancy } from './matching';
import { proposeCandidate } from './proposals';
import { changeVacancyStatus, listVacancies } from './vacancies';

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

    // Staff see it once, as the vacancy, beside the five postings still waiting for an employer.
    const staff = await listVacancies(db, { kind: 'staff' }, { source: 'ba' });
    expect(staff.total).toBe(altenpflegeGronau.length);
    expect(staff.rows.filter((r) => r.kind === 'vacancy')).toEqual([
      expect.objectContaining({ id: vacancy!.id, source: 'ba', baUrl: sonnenhof.url, baPostingId: sonnenhof.id }),
    ]);
    expect(staff.rows.filter((r) => r.baPostingId === sonnenhof.id)).toHaveLength(1);
    expect((await listVacancies(db, { kind: 'staff' }, { source: 'own' })).rows).toHaveLength(0);
    // Its employer sees it as its own vacancy (and none of the unlinked postings); another employer does not.
    expect((await listVacancies(db, { kind: 'employer', employerId }, {})).rows).toEqual([expect.objectContaining({ kind: 'vacancy', id: vacancy!.id })]);
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
    // Shown once, as the employer's own vacancy: not again as a BA posting.
    const list = await listVacancies(db, { kind: 'staff' }, { status: undefined });
    expect(list.rows.filter((r) => r.kind === 'vacancy').map((r) => r.id)).toEqual([own]);
    expect(list.rows.some((r) => r.baPostingId === sonnenhof.id)).toBe(false);
    expect(list.total).toBe(altenpflegeGronau.length);
    const matched = await matchesForSeeker(db, await makeJobSeeker(db, { place: 'Enschede' }), { today: '2026-12-03', limit: 100 });
    expect(matched?.matches.filter((m) => m.item.kind === 'ba_posting' && m.item.id === sonnenhof.id)).toEqual([]);
    expect(matched?.matches.filter((m) => m.item.kind === 'vacancy' && m.item.id === own)).toHaveLength(1);
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

describe('postings whose employer is not linked yet, for staff in the vacancy list and matching', () => {
  it('lists them as open BA postings with firma and link, filtered in the same query, never to an employer', async () => {
    // The import matches this employer by name and place: a suggestion, not a link, until a caseworker confirms it.
    const suggested = await makeEmployer(handle.db, 'Seniorenzentrum Sonnenhof Gronau', 'Gronau (Westf.)');
    const { db, posting } = await setup();
    expect((await posting(SONNENHOF)).employerId).toBe(suggested);
    const own = await makeVacancy(db, suggested, { ...careVacancy, title: 'Pflegehelfer (m/w/d) Frühdienst', publishedAt: new Date('2026-12-01T08:00:00Z') });

    const all = await listVacancies(db, { kind: 'staff' }, { status: 'open' });
    expect(all.total).toBe(altenpflegeGronau.length + 1);
    const sonnenhofId = (await posting(SONNENHOF)).id;
    const row = all.rows.find((r) => r.kind === 'ba_posting' && r.id === sonnenhofId);
    expect(row).toMatchObject({
      employerId: null,
      employerName: 'Seniorenzentrum Sonnenhof Gronau',
      source: 'ba',
      effectiveStatus: 'open',
      proposalsTotal: 0,
      baUrl: (await posting(SONNENHOF)).url,
    });
    const chiffreId = (await posting(CHIFFRE)).id;
    expect(all.rows.find((r) => r.kind === 'ba_posting' && r.id === chiffreId)).toMatchObject({ anonymous: true, baPostingId: chiffreId });

    expect((await listVacancies(db, { kind: 'staff' }, { source: 'ba' })).total).toBe(altenpflegeGronau.length);
    expect((await listVacancies(db, { kind: 'staff' }, { source: 'own' })).rows.map((r) => [r.kind, r.id])).toEqual([['vacancy', own]]);
    expect((await listVacancies(db, { kind: 'staff' }, { status: 'closed' })).total).toBe(0);
    expect((await listVacancies(db, { kind: 'staff' }, { q: 'vechteblick' })).rows.map((r) => r.employerName)).toEqual(['Pflegezentrum Haus Vechteblick']);
    expect((await listVacancies(db, { kind: 'staff' }, { employerId: suggested })).rows.map((r) => [r.kind, r.id])).toEqual([['vacancy', own]]);

    // Paged in the database: the pages together hold every row once.
    const pages = await Promise.all([1, 2, 3].map((page) => listVacancies(db, { kind: 'staff' }, { page }, 3)));
    const keys = pages.flatMap((p) => p.rows.map((r) => `${r.kind}-${r.id}`));
    expect(new Set(keys).size).toBe(altenpflegeGronau.length + 1);
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7]);

    // The employer the import suggested sees its own vacancy only; an expired posting is listed to nobody.
    expect((await listVacancies(db, { kind: 'employer', employerId: suggested }, {})).rows.map((r) => [r.kind, r.id])).toEqual([['vacancy', own]]);
    await db.update(baPostings).set({ expiredAt: new Date() }).where(eq(baPostings.reference, SONNENHOF));
    expect((await listVacancies(db, { kind: 'staff' }, { source: 'ba' })).total).toBe(altenpflegeGronau.length - 1);
  });

  it('matches a person to them with reasons; once linked the same job is the vacancy, proposable', async () => {
    const { db, audit, caseworker, posting } = await setup();
    const seekerId = await makeJobSeeker(db, { caseworkerId: caseworker.id, place: 'Enschede' });
    const sonnenhof = await posting(SONNENHOF);
    const before = await matchesForSeeker(db, seekerId, { today: '2026-12-03', limit: 100 });
    const asPosting = before?.matches.find((m) => m.item.kind === 'ba_posting' && m.item.id === sonnenhof.id);
    expect(asPosting?.item).toMatchObject({ employerName: 'Seniorenzentrum Sonnenhof Gronau', anonymous: false, placeName: 'Gronau (Westf.)' });
    expect(asPosting?.match.reasons.length).toBeGreaterThan(0);
    const chiffreId = (await posting(CHIFFRE)).id;
    expect(before?.matches.find((m) => m.item.kind === 'ba_posting' && m.item.id === chiffreId)?.item.anonymous).toBe(true);

    const employerId = await makeEmployer(db, 'Sonnenhof');
    const linked = await linkBaPosting(db, audit, { postingId: sonnenhof.id, employerId });
    if (!linked.ok) throw new Error('not linked');
    const after = await matchesForSeeker(db, seekerId, { today: '2026-12-03', limit: 100 });
    expect(after?.matches.filter((m) => m.item.kind === 'ba_posting' && m.item.id === sonnenhof.id)).toEqual([]);
    expect(after?.matches.find((m) => m.item.kind === 'vacancy' && m.item.id === linked.vacancyId)?.item.employerName).toBe('Sonnenhof');
    expect(await proposeCandidate(db, { vacancyId: linked.vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, audit)).toMatchObject({
      ok: true,
    });
    const proposed = await matchesForSeeker(db, seekerId, { today: '2026-12-03', limit: 100 });
    expect(proposed?.matches.some((m) => m.item.kind === 'vacancy' && m.item.id === linked.vacancyId)).toBe(false);
  });
});

describe('a posting the import finds repeating an employer’s own vacancy', () => {
  it('is flagged and listed once, as the own vacancy, in the vacancy list and in matching', async () => {
    // Same name and place: the import links the employer itself and then sees the repeat.
    const employerId = await makeEmployer(handle.db, 'Seniorenzentrum Sonnenhof Gronau', 'Gronau (Westf.)');
    const own = await makeVacancy(handle.db, employerId, { ...careVacancy, title: 'Pflegefachkraft (m/w/d) für die stationäre Altenpflege' });
    const { db, posting } = await setup();
    const sonnenhof = await posting(SONNENHOF);
    expect(sonnenhof).toMatchObject({ employerId, employerLinkedBy: 'import', duplicateOfVacancyId: own });
    const list = await listVacancies(db, { kind: 'staff' }, { q: 'stationäre Altenpflege' });
    expect(list.rows.map((r) => [r.kind, r.id])).toEqual([['vacancy', own]]);
    expect((await listVacancies(db, { kind: 'staff' }, { source: 'ba' })).rows.some((r) => r.id === sonnenhof.id && r.kind === 'ba_posting')).toBe(false);
    const matched = await matchesForSeeker(db, await makeJobSeeker(db, { place: 'Enschede' }), { today: '2026-12-03', limit: 100 });
    expect(
      matched?.matches.filter((m) => m.item.title === 'Pflegefachkraft (m/w/d) für die stationäre Altenpflege').map((m) => [m.item.kind, m.item.id]),
    ).toEqual([['vacancy', own]]);
  });
});

describe('a posting that comes back after it expired', () => {
  const [first, ...rest] = altenpflegeGronau;

  it('is current again and reopens the vacancy its expiry closed, to the status it had; one a person closed stays closed', async () => {
    const { db, audit, posting } = await setup();
    const employerId = await makeEmployer(db, 'Sonnenhof');
    const linkedOpen = await linkBaPosting(db, audit, { postingId: (await posting(SONNENHOF)).id, employerId });
    const vechteblick = '10000-1190001235-S';
    const linkedPaused = await linkBaPosting(db, audit, { postingId: (await posting(vechteblick)).id, employerId });
    const bentheim = '10000-1190001236-S';
    const linkedClosed = await linkBaPosting(db, audit, { postingId: (await posting(bentheim)).id, employerId });
    if (!linkedOpen.ok || !linkedPaused.ok || !linkedClosed.ok) throw new Error('not linked');
    const statusOf = async (id: number) => (await db.select().from(vacancies).where(eq(vacancies.id, id)))[0]!;
    const act = async (id: number, action: 'pause' | 'close') => {
      const v = await statusOf(id);
      expect(await changeVacancyStatus(db, { scope: { kind: 'staff' }, id, version: v.version, action, check: () => ({}) }, audit)).toMatchObject({ ok: true });
    };
    await act(linkedPaused.vacancyId, 'pause');
    await act(linkedClosed.vacancyId, 'close');

    const gone = new Set([SONNENHOF, vechteblick, bentheim]);
    fake.setPostings(
      'altenpflege',
      altenpflegeGronau.filter((p) => !gone.has(p.referenznummer)),
    );
    await importOnce();
    expect((await posting(SONNENHOF)).expiredAt).not.toBeNull();
    expect(await statusOf(linkedOpen.vacancyId)).toMatchObject({ status: 'closed', closedByBaExpiryFrom: 'open' });
    expect(await statusOf(linkedPaused.vacancyId)).toMatchObject({ status: 'closed', closedByBaExpiryFrom: 'paused' });
    expect(await statusOf(linkedClosed.vacancyId)).toMatchObject({ status: 'closed', closedByBaExpiryFrom: null });

    fake.setPostings('altenpflege', [first!, ...rest]);
    const run = await importOnce();
    expect(run).toBeDefined();
    for (const reference of gone) expect((await posting(reference)).expiredAt).toBeNull();
    expect(await statusOf(linkedOpen.vacancyId)).toMatchObject({ status: 'open', closedByBaExpiryFrom: null });
    expect(await statusOf(linkedPaused.vacancyId)).toMatchObject({ status: 'paused', closedByBaExpiryFrom: null });
    expect((await statusOf(linkedClosed.vacancyId)).status).toBe('closed');
    // Back in the lists: the open one once, as its vacancy.
    const list = await listVacancies(db, { kind: 'staff' }, { status: 'open', source: 'ba' });
    const sonnenhofId = (await posting(SONNENHOF)).id;
    expect(list.rows.filter((r) => r.baPostingId === sonnenhofId).map((r) => [r.kind, r.id])).toEqual([['vacancy', linkedOpen.vacancyId]]);
    // The database refuses the remembered status on a vacancy that is not closed.
    await expect(db.update(vacancies).set({ closedByBaExpiryFrom: 'open' }).where(eq(vacancies.id, linkedOpen.vacancyId))).rejects.toThrow();
  });
});
