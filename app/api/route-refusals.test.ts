import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import type { Role } from '@/db/schema/enums';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { pdfOf } from '@/lib/testing/documents';
import { makeUser } from '@/lib/testing/users';
import { GET as baRun } from './ba-import/runs/[id]/route';
import { POST as baStart } from './ba-import/runs/route';
import { GET as download } from './documents/[id]/route';
import { POST as upload } from './job-seekers/[id]/documents/route';
import { GET as personExport } from './job-seekers/[id]/export/route';
import { GET as placementsCsv } from './reports/placements/route';
import { GET as placementsXlsx } from './reports/placements/xlsx/route';
import { GET as sibLedger } from './reports/sib-ledger/route';
import { GET as sibReport } from './reports/sib-report/route';
import { GET as yearSummaryCsv } from './reports/year-summary/route';
import { GET as yearSummaryXlsx } from './reports/year-summary/xlsx/route';

withTestDatabase();

const url = (path: string) => `http://localhost${path}`;
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const MISSING = '999999';

/** Every session route handler outside the open API: its audit name, its matrix key and a call aimed at `id`. */
const routes: { name: string; route: string; call: (id: string) => Promise<Response> }[] = [
  { name: 'report.placements_csv', route: '/api/reports/placements', call: () => placementsCsv(new Request(url('/api/reports/placements?year=2025'))) },
  {
    name: 'report.placements_xlsx',
    route: '/api/reports/placements/xlsx',
    call: () => placementsXlsx(new Request(url('/api/reports/placements/xlsx?year=2025'))),
  },
  { name: 'report.year_summary_csv', route: '/api/reports/year-summary', call: () => yearSummaryCsv(new Request(url('/api/reports/year-summary?year=2025'))) },
  {
    name: 'report.year_summary_xlsx',
    route: '/api/reports/year-summary/xlsx',
    call: () => yearSummaryXlsx(new Request(url('/api/reports/year-summary/xlsx?year=2025'))),
  },
  { name: 'report.sib_ledger_xlsx', route: '/api/reports/sib-ledger', call: () => sibLedger(new Request(url('/api/reports/sib-ledger'))) },
  { name: 'report.sib_report_xlsx', route: '/api/reports/sib-report', call: () => sibReport(new Request(url('/api/reports/sib-report'))) },
  {
    name: 'ba_import.start',
    route: '/api/ba-import/runs',
    call: () => baStart(new Request(url('/api/ba-import/runs'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })),
  },
  { name: 'ba_import.run_view', route: '/api/ba-import/runs/[id]', call: (id) => baRun(new Request(url(`/api/ba-import/runs/${id}`)), withId(id)) },
  {
    name: 'job_seeker.export',
    route: '/api/job-seekers/[id]/export',
    call: (id) => personExport(new Request(url(`/api/job-seekers/${id}/export`)), withId(id)),
  },
  {
    name: 'document.upload',
    route: '/api/job-seekers/[id]/documents',
    call: (id) =>
      upload(
        new Request(url(`/api/job-seekers/${id}/documents`), {
          method: 'POST',
          body: uploadForm(),
          headers: { origin: 'http://localhost', host: 'localhost' },
        }),
        withId(id),
      ),
  },
  { name: 'document.download', route: '/api/documents/[id]', call: (id) => download(new Request(url(`/api/documents/${id}`)), withId(id)) },
];

/** A valid upload, so that a missing person (not the file) is what is refused. */
function uploadForm(): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries({ kind: 'cv', title: 'Lebenslauf', documentDate: '', placementId: '' })) form.set(k, v);
  form.set('file', new File([pdfOf(2000) as BlobPart], 'cv.pdf', { type: 'application/pdf' }));
  return form;
}

const deniedRows = (name: string) => handle.db.select().from(auditEvents).where(eq(auditEvents.action, name));

describe('route refusals: every refused (role, route) is one denied audit row', () => {
  for (const r of routes) {
    it(`${r.name} for a visitor: 401, one row without an actor`, async () => {
      signedInAs(null);
      expect((await r.call(MISSING)).status).toBe(401);
      const rows = await deniedRows(r.name);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ result: 'denied', actorId: null, objectType: 'route', details: { status: 401 } });
    });

    for (const role of ['admin', 'manager', 'caseworker', 'employer'] as const satisfies readonly Role[]) {
      const allowed = routeHandlerRoles(r.route).includes(role);
      // A role let in is refused only for an id that does not exist; routes without an id are not refused.
      if (allowed && !r.route.includes('[id]')) continue;
      it(`${r.name} as ${role}: ${allowed ? '404 for a missing id' : '403'}, one row`, async () => {
        const actor = await makeUser(handle.db, role);
        signedInAs(actor);
        const response = await r.call(MISSING);
        expect(response.status).toBe(allowed ? 404 : role === 'employer' && r.name === 'document.download' ? 404 : 403);
        const rows = await deniedRows(r.name);
        expect(rows, `${r.name} as ${role}`).toHaveLength(1);
        expect(rows[0]).toMatchObject({ result: 'denied', actorId: actor.id });
      });
    }

    it(`${r.name} with a second factor still to enrol: 403, one row`, async () => {
      const actor = await makeUser(handle.db, 'admin');
      signedInAs({ ...actor, mustEnrolSecondFactor: true });
      expect((await r.call(MISSING)).status).toBe(403);
      const rows = await deniedRows(r.name);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ result: 'denied', actorId: actor.id });
    });
  }

  it('an allowed call that succeeds writes no denied row', async () => {
    signedInAs(await makeUser(handle.db, 'manager'));
    const response = await placementsCsv(new Request(url('/api/reports/placements?year=2025')));
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect((await deniedRows('report.placements_csv')).filter((row) => row.result === 'denied')).toEqual([]);
  });
});
