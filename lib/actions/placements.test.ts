import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, placements, programmeTargets, yearlyTargetChanges, yearlyTargets } from '@/db/schema';
import { createPlacement } from '@/db/queries/placements';
import { insertPlacement, makeEmployerAt, makePerson } from '@/lib/testing/placements';
import { makeVacancy } from '@/lib/testing/vacancies';
import { makeUser } from '@/lib/testing/users';
import {
  createPlacementAction,
  endPlacementAction,
  recordCheckAction,
  reopenPlacementAction,
  searchPlacementOptionsAction,
  updatePlacementAction,
} from './placements';
import { createProgrammeTargetAction, deleteProgrammeTargetAction, setYearlyTargetAction } from './targets';
import { todayInAppZone } from '@/lib/time/zoned';

withTestDatabase();

const today = todayInAppZone();
const year = Number(today.slice(0, 4));

/**
 * For each action an input that succeeds for a role that may use it, built on fresh rows,
 * all belonging to `employerId` (the company of the employer user in the employer rows, so
 * an employer is refused even on its own company's placements).
 */
async function actionsFor(employerId: number) {
  const db = handle.db;
  const cohortPerson = await makePerson(db, { sibCohort: true });
  const vacancy = await makeVacancy(db, employerId, { positions: 5 });
  // A SIB placement that started two months ago: its 1-month check is due.
  const startDate = new Date(Date.now() - 62 * 86_400_000).toISOString().slice(0, 10);
  const fixtureAuthor = await makeUser(db, 'caseworker');
  const createResult = await createPlacement(
    db,
    {
      jobSeekerId: cohortPerson,
      employerId,
      vacancyId: null,
      proposalId: null,
      startDate,
      funding: 'sib',
      jobTitle: 'Pflegehelfer',
      hoursPerWeek: 30,
      contract: 'permanent',
    },
    { actor: { id: fixtureAuthor.id, role: 'caseworker', email: fixtureAuthor.email }, origin: null },
  );
  const placementId = (createResult as { data: { id: number } }).data.id;
  const endable = await insertPlacement(db, { jobSeekerId: await makePerson(db), employerId, startDate: '2025-01-15', funding: 'regular' });
  const ended = await insertPlacement(db, {
    jobSeekerId: await makePerson(db),
    employerId,
    startDate: '2025-02-01',
    funding: 'regular',
    endDate: '2025-03-01',
  });
  const [programme] = await db
    .insert(programmeTargets)
    .values({ name: 'Twente 200', fromYear: year - 1, toYear: year + 1, target: 200 })
    .returning();
  const [stored] = await db
    .select()
    .from(yearlyTargets)
    .where(and(eq(yearlyTargets.year, year), eq(yearlyTargets.funding, 'regular')));
  const newPerson = await makePerson(db);
  return {
    'placement.create': () =>
      createPlacementAction({
        jobSeekerId: String(newPerson),
        employerId: String(employerId),
        vacancyId: String(vacancy),
        proposalId: '',
        startDate: `${year}-03-01`,
        funding: 'regular',
        sibCohort: false,
        jobTitle: 'Altenpflegehelferin',
        hoursPerWeek: '32',
        contract: 'permanent',
      }),
    'placement.update': () =>
      updatePlacementAction({
        placementId: endable,
        version: 1,
        startDate: '2025-01-16',
        funding: 'regular',
        sibCohort: false,
        jobTitle: 'Pflegehelfer',
        hoursPerWeek: '25',
        contract: 'fixed_term',
      }),
    'placement.end': () =>
      endPlacementAction({ placementId: endable, version: 2, startDate: '2025-01-16', endDate: '2025-06-30', endReasonCode: 'moved', endReason: 'Verhuisd' }),
    'placement.reopen': () => reopenPlacementAction({ placementId: ended, version: 1 }),
    'placement.check': () =>
      recordCheckAction({ placementId, version: 1, months: 1, outcome: 'still_working', startDate, endDate: '', endReason: '', note: 'Werkgever tevreden' }),
    'placement.search_options': () => searchPlacementOptionsAction({ kind: 'vacancy', q: '', employerId }),
    'target.set': () =>
      setYearlyTargetAction({ year, funding: 'regular', target: '55', expectedTarget: stored?.target ?? null, reason: 'Extra budget van de provincie' }),
    'programme_target.create': () =>
      createProgrammeTargetAction({ name: 'Altenpflege 40', fromYear: String(year), toYear: String(year + 1), funding: '', target: '40' }),
    'programme_target.delete': () => deleteProgrammeTargetAction({ id: programme!.id }),
  };
}

const staffActions = ['placement.create', 'placement.update', 'placement.end', 'placement.reopen', 'placement.check', 'placement.search_options'];
const managerActions = ['target.set', 'programme_target.create', 'programme_target.delete'];
const allowed: Record<'admin' | 'manager' | 'caseworker' | 'employer', string[]> = {
  admin: [...staffActions, ...managerActions],
  manager: [...staffActions, ...managerActions],
  caseworker: staffActions,
  employer: [],
};

describe('placement and target actions: role x action', () => {
  for (const role of ['admin', 'manager', 'caseworker', 'employer'] as const) {
    it(`${role}: allowed exactly on ${allowed[role].length ? allowed[role].join(', ') : 'nothing'}`, async () => {
      const actor = await makeUser(handle.db, role);
      const employerId = actor.employerId ?? (await makeEmployerAt(handle.db, 'Haus Sonnenblick', 'elderly_care', 'Gronau (Westf.)'));
      const actions = await actionsFor(employerId);
      expect(Object.keys(actions).sort()).toEqual([...staffActions, ...managerActions].sort());
      signedInAs(actor);
      const before = (await handle.db.select().from(placements)).length;
      for (const [name, run] of Object.entries(actions)) {
        const result = await run();
        if (allowed[role].includes(name)) expect(result, `${role} ${name}`).toMatchObject({ ok: true });
        else expect(result, `${role} ${name}`).toEqual({ ok: false, code: 'forbidden' });
      }
      const refused = Object.keys(actions).filter((a) => !allowed[role].includes(a));
      const denied = await handle.db.select().from(auditEvents).where(eq(auditEvents.result, 'denied'));
      expect(denied.map((d) => d.action).sort()).toEqual(refused.sort());
      if (role === 'employer') {
        // Nothing moved: no placement, no target change.
        expect((await handle.db.select().from(placements)).length).toBe(before);
        expect(await handle.db.select().from(yearlyTargetChanges)).toEqual([]);
      }
    });
  }

  it('nobody signed in: every action says unauthenticated', async () => {
    const employerId = await makeEmployerAt(handle.db, 'Haus Sonnenblick', 'elderly_care', 'Gronau (Westf.)');
    const actions = await actionsFor(employerId);
    signedInAs(null);
    for (const [name, run] of Object.entries(actions)) expect(await run(), name).toEqual({ ok: false, code: 'unauthenticated' });
  });
});

describe('placement actions: rules on the server', () => {
  it('re-validates with the form schema, including SIB only for the cohort against the database', async () => {
    const caseworker = await makeUser(handle.db, 'caseworker');
    signedInAs(caseworker);
    const employerId = await makeEmployerAt(handle.db, 'Haus Sonnenblick', 'elderly_care', 'Gronau (Westf.)');
    const person = await makePerson(handle.db, { sibCohort: false });
    const input = {
      jobSeekerId: String(person),
      employerId: String(employerId),
      vacancyId: '',
      proposalId: '',
      startDate: '2026-02-30',
      funding: 'regular',
      sibCohort: false,
      jobTitle: ' ',
      hoursPerWeek: '61',
      contract: 'permanent',
    };
    expect(await createPlacementAction(input)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { startDate: 'date', jobTitle: 'required', hoursPerWeek: 'placement.hoursRange|{"min":1,"max":60}' },
    });
    expect(await createPlacementAction({ ...input, startDate: '2026-02-01', jobTitle: 'Helfer', hoursPerWeek: '20', funding: 'sib' })).toMatchObject({
      fieldErrors: { funding: 'placement.sibCohortOnly' },
    });
    // A client that lies about the cohort is refused by the server's own check.
    expect(await createPlacementAction({ ...input, startDate: '2026-02-01', jobTitle: 'Helfer', hoursPerWeek: '20', funding: 'sib', sibCohort: true })).toEqual(
      {
        ok: false,
        code: 'invalid',
        fieldErrors: { funding: 'placement.sibCohortOnly' },
      },
    );
    expect(await createPlacementAction({ ...input, startDate: '2026-02-01', jobTitle: 'Helfer', hoursPerWeek: '20' })).toMatchObject({ ok: true });
    expect(await createPlacementAction({ ...input, startDate: '2026-02-01', jobTitle: 'Helfer', hoursPerWeek: '20' })).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { startDate: 'placement.duplicate' },
    });
  });

  it('the pickers return at most 20 matches, the caseload first', async () => {
    const caseworker = await makeUser(handle.db, 'caseworker');
    signedInAs(caseworker);
    for (let i = 0; i < 25; i++)
      await makePerson(handle.db, { lastName: `Jansen ${String(i).padStart(2, '0')}`, caseworkerId: i === 24 ? caseworker.id : null });
    const result = await searchPlacementOptionsAction({ kind: 'jobSeeker', q: 'jansen' });
    expect(result.ok).toBe(true);
    const options = (result as { data: { options: { label: string; mine: boolean }[] } }).data.options;
    expect(options).toHaveLength(20);
    expect(options[0]).toMatchObject({ mine: true });
    expect(options[0]!.label).toContain('Jansen 24');
    const mine = await searchPlacementOptionsAction({ kind: 'jobSeeker', q: '' });
    expect((mine as { data: { options: unknown[] } }).data.options).toHaveLength(1);
    // % and _ are literal, not wildcards.
    const none = await searchPlacementOptionsAction({ kind: 'jobSeeker', q: '%' });
    expect((none as { data: { options: unknown[] } }).data.options).toHaveLength(0);
    // Each people search is audited like a list view, naming who was shown.
    const lists = await handle.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, caseworker.id), eq(auditEvents.action, 'job_seeker.list')));
    expect(lists).toHaveLength(3);
    expect(lists.map((l) => (l.details as { shown: number[] }).shown.length)).toEqual([20, 1, 0]);
  });

  it('setting a target keeps the history with its reason, and refuses a stale one', async () => {
    const manager = await makeUser(handle.db, 'manager');
    signedInAs(manager);
    // The default of 30 (reference data) is what the manager saw.
    const ok = await setYearlyTargetAction({ year: 2030, funding: 'sib', target: '35', expectedTarget: 30, reason: 'Tweede SIB-tranche' });
    expect(ok).toEqual({ ok: true, data: { previous: 30 } });
    expect(await setYearlyTargetAction({ year: 2030, funding: 'sib', target: '40', expectedTarget: 30, reason: 'Nog meer' })).toEqual({
      ok: false,
      code: 'conflict',
    });
    const history = await handle.db.select().from(yearlyTargetChanges);
    expect(history.map((h) => [h.year, h.funding, h.oldTarget, h.newTarget, h.reason, h.changedBy])).toEqual([
      [2030, 'sib', 30, 35, 'Tweede SIB-tranche', manager.id],
    ]);
    const [now] = await handle.db
      .select()
      .from(yearlyTargets)
      .where(and(eq(yearlyTargets.year, 2030), eq(yearlyTargets.funding, 'sib')));
    expect(now!.target).toBe(35);
    expect(await setYearlyTargetAction({ year: 2030, funding: 'sib', target: '40', expectedTarget: 35, reason: 'Nog meer' })).toEqual({
      ok: true,
      data: { previous: 35 },
    });
    // Someone who saw another number than the default for a year with nothing stored is stale too.
    expect(await setYearlyTargetAction({ year: 2099, funding: 'regular', target: '60', expectedTarget: 45, reason: 'Nieuw programma' })).toEqual({
      ok: false,
      code: 'conflict',
    });
    expect(await setYearlyTargetAction({ year: 2030, funding: 'sib', target: '-1', expectedTarget: 35, reason: 'x' })).toMatchObject({
      fieldErrors: { target: 'targets.targetRange|{"min":0,"max":100000}' },
    });
    expect(await createProgrammeTargetAction({ name: 'Omgekeerd', fromYear: '2030', toYear: '2029', funding: '', target: '10' })).toMatchObject({
      fieldErrors: { toYear: 'targets.yearsOrder' },
    });
  });
});
