import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditEvents, cohortParticipants, cohorts, jobSeekers, placementChecks } from '@/db/schema';
import { insertPlacement, makeEmployerAt, makePerson } from '@/lib/testing/placements';
import { makeUser } from '@/lib/testing/users';
import { GET as placementsCsv } from './placements/route';
import { GET as yearSummaryCsv } from './year-summary/route';

withTestDatabase();

const routes = {
  'report.placements_csv': () => placementsCsv(new Request('http://localhost/api/reports/placements?year=2025&lng=nl')),
  'report.year_summary_csv': () => yearSummaryCsv(new Request('http://localhost/api/reports/year-summary?year=2025&lng=de')),
};

describe('report routes: role x route', () => {
  const expected = { admin: 200, manager: 200, caseworker: 200, employer: 403 } as const;
  for (const [role, status] of Object.entries(expected) as [keyof typeof expected, number][]) {
    it(`${role}: ${status} on every report route`, async () => {
      const actor = await makeUser(handle.db, role);
      // An employer asking for a year in which its own company has placements is refused all the same.
      if (actor.employerId)
        await insertPlacement(handle.db, {
          jobSeekerId: await makePerson(handle.db),
          employerId: actor.employerId,
          startDate: '2025-05-01',
          funding: 'regular',
        });
      signedInAs(actor);
      for (const [name, run] of Object.entries(routes)) {
        const response = await run();
        expect(response.status, `${role} ${name}`).toBe(status);
        if (status === 403) expect(await response.json()).toEqual({ error: 'forbidden' });
        else {
          expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
          expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
          await response.arrayBuffer();
        }
        const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, name));
        expect(event, `${role} ${name} audited`).toMatchObject({ actorId: actor.id, result: status === 200 ? 'ok' : 'denied' });
      }
    });
  }

  it('nobody signed in: 401', async () => {
    signedInAs(null);
    for (const run of Object.values(routes)) expect((await run()).status).toBe(401);
  });
});

describe('placements CSV', () => {
  it('is UTF-8 with a BOM, semicolon-separated, with the filters applied and no names', async () => {
    signedInAs(await makeUser(handle.db, 'manager'));
    const employerId = await makeEmployerAt(handle.db, 'Pflege "Sonnenblick"; Gronau', 'elderly_care', 'Gronau (Westf.)');
    const sib = await makePerson(handle.db, { sibCohort: true, firstName: 'Geheim', lastName: 'Naam' });
    const sibId = await insertPlacement(handle.db, { jobSeekerId: sib, employerId, startDate: '2025-03-01', funding: 'sib', endDate: '2025-05-01' });
    await handle.db.insert(placementChecks).values([
      { placementId: sibId, months: 1, dueOn: '2025-04-01', outcome: 'still_working' },
      { placementId: sibId, months: 3, dueOn: '2025-06-01', outcome: 'ended' },
      { placementId: sibId, months: 12, dueOn: '2026-03-01', outcome: 'ended' },
    ]);
    await insertPlacement(handle.db, { jobSeekerId: await makePerson(handle.db), employerId, startDate: '2025-04-01', funding: 'regular' });
    await insertPlacement(handle.db, { jobSeekerId: await makePerson(handle.db), employerId, startDate: '2024-04-01', funding: 'regular' });
    const response = await placementsCsv(new Request('http://localhost/api/reports/placements?year=2025&funding=sib&lng=de'));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.split(';').slice(0, 4)).toEqual(['Vermittlung', 'Beginn', 'Jahr', 'Finanzierung']);
    expect(lines[1]).toContain(';2025-03-01;2025;SIB;');
    expect(lines[1]).toContain('"Pflege ""Sonnenblick""; Gronau"');
    expect(lines[1]).toMatch(/;2025-05-01;;Proeftijd niet doorstaan;arbeitet noch;beendet;;beendet$/);
    expect(text).not.toContain('Geheim');
  });

  it('streams every row of a large export once, in order, across chunks; an erased person stays, anonymised', async () => {
    signedInAs(await makeUser(handle.db, 'caseworker'));
    const employerId = await makeEmployerAt(handle.db, 'Massen GmbH', 'logistics', 'Nordhorn');
    const person = await makePerson(handle.db);
    // 2,500 placements of one person over 2,500 days of 2020-2026 (one per day: all distinct).
    await handle.db.execute(sql`
      insert into placements (job_seeker_id, employer_id, start_date, funding, job_title, hours_per_week, contract)
      select ${person}, ${employerId}, date '2020-01-01' + g, 'regular', 'Lager', 38, 'permanent' from generate_series(0, 2499) g`);
    await handle.db.update(jobSeekers).set({ firstName: null, lastName: null, clientNumber: null, erasedAt: new Date() }).where(eq(jobSeekers.id, person));
    const response = await placementsCsv(new Request('http://localhost/api/reports/placements?lng=nl'));
    const lines = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(await response.arrayBuffer())
      .slice(1)
      .split('\r\n')
      .filter(Boolean);
    expect(lines).toHaveLength(2501);
    const dates = lines.slice(1).map((l) => l.split(';')[1]);
    expect(new Set(dates).size).toBe(2500);
    expect(dates[0]).toBe('2020-01-01');
    expect([...dates].sort()).toEqual(dates);
    expect(lines[1]!.split(';')[4]).toBe('geanonimiseerd');
  });
});

describe('year summary CSV', () => {
  it('carries the counts per stream and the targets', async () => {
    signedInAs(await makeUser(handle.db, 'manager'));
    const employerId = await makeEmployerAt(handle.db, 'Haus Sonnenblick', 'elderly_care', 'Gronau (Westf.)');
    await insertPlacement(handle.db, { jobSeekerId: await makePerson(handle.db, { sibCohort: true }), employerId, startDate: '2025-03-01', funding: 'sib' });
    const trained = await makePerson(handle.db);
    await insertPlacement(handle.db, { jobSeekerId: trained, employerId, startDate: '2025-04-01', funding: 'regular' });
    await insertPlacement(handle.db, { jobSeekerId: await makePerson(handle.db), employerId, startDate: '2025-05-01', funding: 'regular' });
    const [zorg] = await handle.db
      .insert(cohorts)
      .values({ name: 'Zorg 2025', provider: 'ROC van Twente', startDate: '2025-01-06', endDate: '2025-03-28', capacity: 12 })
      .returning({ id: cohorts.id });
    await handle.db
      .insert(cohortParticipants)
      .values({ cohortId: zorg!.id, jobSeekerId: trained, state: 'completed', enrolledAt: new Date('2024-12-01'), completedAt: new Date('2025-03-28') });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await (await yearSummaryCsv(new Request('http://localhost/api/reports/year-summary?year=2025&lng=nl'))).arrayBuffer(),
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Onderdeel;Omschrijving;Regulier;SIB;Totaal');
    expect(lines).toContain('Stand;Doel;50;30;80');
    expect(lines).toContain('Stand;Geteld;2;1;3');
    expect(lines).toContain('Per Kreis;Kreis Borken;2;1;3');
    expect(lines).toContain('Per maand;apr;1;0;1');
    expect(lines).toContain('Via een evenement;Niet via een evenement;2;1;3');
    expect(lines).toContain('Via een opleidingsgroep;Zorg 2025;1;0;1');
    expect(lines).toContain('Via een opleidingsgroep;Niet via een opleidingsgroep;1;1;2');
  });
});
