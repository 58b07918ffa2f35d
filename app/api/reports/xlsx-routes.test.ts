import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { exportPlacements } from '@/db/queries/placement-export';
import { insertContract } from '@/db/queries/sib-contracts';
import { ledgerRows } from '@/db/queries/sib-ledger';
import { investorReport } from '@/db/queries/sib-report';
import { auditEvents, jobSeekers, placementChecks, placements } from '@/db/schema';
import { insertPlacement, makeEmployerAt, makePerson } from '@/lib/testing/placements';
import { makeUser } from '@/lib/testing/users';
import { todayInAppZone } from '@/lib/time/zoned';
import { GET as placementsXlsx } from './placements/xlsx/route';
import { GET as sibLedgerXlsx } from './sib-ledger/route';
import { GET as sibReportXlsx } from './sib-report/route';
import { GET as yearSummaryXlsx } from './year-summary/xlsx/route';

withTestDatabase();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(XLSX);
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.xlsx"$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

/** The data rows of a sheet (all but the header). */
function dataRows(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const out: ExcelJS.CellValue[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) out.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return out;
}

function expectTable(ws: ExcelJS.Worksheet, columns: number) {
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(String(ws.autoFilter)).toBe(`A1:${String.fromCharCode(64 + columns)}1`);
  expect(ws.getRow(1).font?.bold).toBe(true);
  for (let i = 1; i <= columns; i++) expect(ws.getColumn(i).width ?? 0).toBeGreaterThan(5);
}

/** Contract 2026 with two outcomes; three SIB placements (one of an erased person) and a regular one. */
async function sibWorld() {
  const cw = await makeUser(handle.db, 'caseworker', { name: 'Klant Manager' });
  const employerId = await makeEmployerAt(handle.db, 'Haus Sonnenblick', 'elderly_care', 'Gronau (Westf.)');
  const people = [
    await makePerson(handle.db, { sibCohort: true, caseworkerId: cw.id, firstName: 'Geheim', lastName: 'Eins' }),
    await makePerson(handle.db, { sibCohort: true, caseworkerId: cw.id, firstName: 'Geheim', lastName: 'Zwei' }),
    await makePerson(handle.db, { sibCohort: true, caseworkerId: cw.id, firstName: 'Geheim', lastName: 'Drei' }),
  ];
  for (const [i, day] of ['2026-01-05', '2026-02-02', '2026-03-02'].entries())
    await insertPlacement(handle.db, { jobSeekerId: people[i]!, employerId, startDate: day, funding: 'sib', caseworkerId: cw.id });
  await insertPlacement(handle.db, { jobSeekerId: await makePerson(handle.db), employerId, startDate: '2026-01-20', funding: 'regular' });
  const contractId = await insertContract(handle.db, {
    name: 'SIB 2026',
    investor: 'Fonds',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    capCents: 1_000_000,
    claimWindowWeeks: 13,
    outcomes: [
      { milestone: 'started', weeksAfterStart: 0, minHoursPerWeek: 16, priceCents: 200_050, countsPer: 'placement', evidenceNeeded: 'Start' },
      { milestone: 'weeks_13', weeksAfterStart: 13, minHoursPerWeek: 16, priceCents: 300_000, countsPer: 'placement', evidenceNeeded: 'Loonstroken' },
    ],
  });
  await handle.db.update(jobSeekers).set({ erasedAt: new Date(), clientNumber: null }).where(eq(jobSeekers.id, people[2]!));
  return { contractId };
}

describe('Excel routes: role x route', () => {
  const routes = {
    'report.placements_xlsx': () => placementsXlsx(new Request('http://localhost/api/reports/placements/xlsx?year=2026&lng=nl')),
    'report.year_summary_xlsx': () => yearSummaryXlsx(new Request('http://localhost/api/reports/year-summary/xlsx?year=2026&lng=de')),
    'report.sib_ledger_xlsx': () => sibLedgerXlsx(new Request('http://localhost/api/reports/sib-ledger?quarter=2026-Q1&lng=nl')),
    'report.sib_report_xlsx': () => sibReportXlsx(new Request('http://localhost/api/reports/sib-report?period=2026&lng=de')),
  };
  const staff = { admin: 200, manager: 200, caseworker: 200, employer: 403 } as const;
  const managers = { admin: 200, manager: 200, caseworker: 403, employer: 403 } as const;
  const expected = (name: string) => (name.startsWith('report.sib') ? managers : staff);

  for (const role of ['admin', 'manager', 'caseworker', 'employer'] as const) {
    it(`${role}: allowed or refused per the matrix, audited either way`, async () => {
      await sibWorld();
      const actor = await makeUser(handle.db, role);
      signedInAs(actor);
      for (const [name, run] of Object.entries(routes)) {
        const status = expected(name)[role];
        const response = await run();
        expect(response.status, `${role} ${name}`).toBe(status);
        if (status === 200) await workbookOf(response);
        else expect(await response.json()).toEqual({ error: 'forbidden' });
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

describe('placements workbook', () => {
  it('has the filtered rows of the list query, dates as dates, numbers as numbers, no names', async () => {
    const user = await makeUser(handle.db, 'manager');
    signedInAs(user);
    const employerId = await makeEmployerAt(handle.db, 'Pflege "Sonnenblick"; Gronau', 'elderly_care', 'Gronau (Westf.)');
    const sib = await makePerson(handle.db, { sibCohort: true, firstName: 'Geheim', lastName: 'Naam' });
    const sibId = await insertPlacement(handle.db, { jobSeekerId: sib, employerId, startDate: '2025-03-01', funding: 'sib', endDate: '2025-05-01' });
    await handle.db.update(placements).set({ endReasonCode: 'probation_failed' }).where(eq(placements.id, sibId));
    await handle.db.insert(placementChecks).values([{ placementId: sibId, months: 1, dueOn: '2025-04-01', outcome: 'still_working' }]);
    for (let i = 0; i < 5; i++)
      await insertPlacement(handle.db, { jobSeekerId: await makePerson(handle.db), employerId, startDate: `2025-0${4 + i}-01`, funding: 'regular' });
    await insertPlacement(handle.db, { jobSeekerId: await makePerson(handle.db), employerId, startDate: '2024-04-01', funding: 'regular' });

    const book = await workbookOf(await placementsXlsx(new Request('http://localhost/api/reports/placements/xlsx?year=2025&lng=de')));
    const ws = book.worksheets[0]!;
    expect(ws.name).toBe('Vermittlungen');
    expectTable(ws, 21);
    expect(ws.getRow(1).getCell(2).value).toBe('Beginn');
    const rows = dataRows(ws);
    let expectedRows = 0;
    for await (const chunk of exportPlacements(handle.db, { year: 2025 }, { userId: user.id, today: todayInAppZone() })) expectedRows += chunk.length;
    expect(rows).toHaveLength(expectedRows);
    expect(rows).toHaveLength(6);
    const [first] = rows;
    expect(first![0]).toBe(sibId);
    expect(first![1]).toBeInstanceOf(Date);
    expect((first![1] as Date).toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(first![2]).toBe(2025);
    expect(first![3]).toBe('SIB');
    expect(typeof first![6]).toBe('number');
    expect(first![8]).toBe('Pflege "Sonnenblick"; Gronau');
    expect((first![14] as Date).toISOString()).toBe('2025-05-01T00:00:00.000Z');
    // The coded reason in the language of the file, the free text beside it as written.
    expect(first![15]).toBe('Probezeit nicht bestanden');
    expect(first![16]).toBe('Proeftijd niet doorstaan');
    expect(first![17]).toBe('arbeitet noch');
    expect(ws.getRow(2).getCell(2).numFmt).toBe('dd.mm.yyyy');
    expect(JSON.stringify(rows)).not.toContain('Geheim');

    const sibOnly = await workbookOf(await placementsXlsx(new Request('http://localhost/api/reports/placements/xlsx?year=2025&funding=sib&lng=nl')));
    expect(sibOnly.worksheets[0]!.name).toBe('Plaatsingen');
    expect(dataRows(sibOnly.worksheets[0]!)).toHaveLength(1);
  });
});

describe('year summary workbook', () => {
  it('is the CSV table with figures as numbers', async () => {
    signedInAs(await makeUser(handle.db, 'caseworker'));
    const employerId = await makeEmployerAt(handle.db, 'Massen GmbH', 'logistics', 'Nordhorn');
    for (let i = 0; i < 3; i++)
      await insertPlacement(handle.db, { jobSeekerId: await makePerson(handle.db), employerId, startDate: '2025-02-10', funding: 'regular' });
    const book = await workbookOf(await yearSummaryXlsx(new Request('http://localhost/api/reports/year-summary/xlsx?year=2025&lng=nl')));
    const ws = book.worksheets[0]!;
    expect(ws.name).toBe('Jaaroverzicht 2025');
    expectTable(ws, 5);
    const counted = dataRows(ws).find((r) => r[1] === 'Geteld')!;
    expect(counted.slice(2)).toEqual([3, 0, 3]);
    expect(dataRows(ws).find((r) => r[0] === 'Via een opleidingsgroep')).toEqual(['Via een opleidingsgroep', 'Niet via een opleidingsgroep', 3, 0, 3]);
    expect(dataRows(ws).find((r) => r[0] === 'Via een evenement')).toEqual(['Via een evenement', 'Niet via een evenement', 3, 0, 3]);
  });
});

describe('SIB workbooks', () => {
  it('the ledger: the page query without paging, amounts in euros as numbers, client numbers, no names', async () => {
    const { contractId } = await sibWorld();
    signedInAs(await makeUser(handle.db, 'manager'));
    const book = await workbookOf(await sibLedgerXlsx(new Request(`http://localhost/api/reports/sib-ledger?contract=${contractId}&quarter=2026-Q1&lng=nl`)));
    const ws = book.worksheets[0]!;
    expect(ws.name).toBe('Register 2026 K1');
    expectTable(ws, 17);
    const rows = dataRows(ws);
    const page = await ledgerRows(handle.db, { contractId, from: '2026-01-01', to: '2026-03-31', status: null, today: todayInAppZone(), page: 1 });
    // Q1: the three "started" milestones; weeks_13 of the January start falls due on 2026-04-06.
    expect(rows).toHaveLength(page.total);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => (r[4] as Date).toISOString().slice(0, 10))).toEqual(['2026-01-05', '2026-02-02', '2026-03-02']);
    expect(rows[0]![5]).toBe(2000.5);
    expect(ws.getRow(2).getCell(6).numFmt).toBe('"€" #,##0.00');
    expect(rows[2]![1]).toBe('Geanonimiseerd');
    expect(JSON.stringify(rows)).not.toContain('Geheim');

    const filtered = await workbookOf(
      await sibLedgerXlsx(new Request(`http://localhost/api/reports/sib-ledger?contract=${contractId}&quarter=2026-Q2&status=verified&lng=de`)),
    );
    expect(dataRows(filtered.worksheets[0]!)).toHaveLength(0);
  });

  it("the investor's report: the page's figures and pseudonyms, in three sheets", async () => {
    const { contractId } = await sibWorld();
    signedInAs(await makeUser(handle.db, 'admin'));
    const book = await workbookOf(await sibReportXlsx(new Request(`http://localhost/api/reports/sib-report?contract=${contractId}&period=2026-Q1&lng=de`)));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Kennzahlen', 'Nach Kohorte', 'Nach Person']);
    for (const ws of book.worksheets) expectTable(ws, ws.columnCount);
    const secret = process.env.SIB_PSEUDONYM_SECRET ?? process.env.NEXTAUTH_SECRET ?? '';
    const report = await investorReport(handle.db, {
      contractId,
      from: '2026-01-01',
      to: '2026-03-31',
      today: todayInAppZone(),
      key: `${contractId}:2026-Q1`,
      secret,
    });
    const people = dataRows(book.worksheets[2]!);
    expect(people.map((r) => r[0])).toEqual(report.people.map((p) => p.pseudonym));
    expect(people).toHaveLength(3);
    const figures = dataRows(book.worksheets[0]!);
    expect(figures[0]).toEqual(['Zugänge', report.peopleEntered]);
    const cap = figures.find((r) => r[0] === 'Obergrenze')!;
    expect(cap[2]).toBe(10_000);
    expect(JSON.stringify([figures, people, dataRows(book.worksheets[1]!)])).not.toMatch(/Geheim|"T-/);
  });
});
