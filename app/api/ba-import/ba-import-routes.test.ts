import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditEvents, baImportRuns, baImportSlices } from '@/db/schema';
import { makeUser } from '@/lib/testing/users';
import { GET as getRun } from './runs/[id]/route';
import { POST as startRun } from './runs/route';

withTestDatabase();

const post = (body: string, type = 'application/json') =>
  startRun(new Request('http://localhost/api/ba-import/runs', { method: 'POST', headers: { 'content-type': type }, body }));
const get = (id: string) => getRun(new Request(`http://localhost/api/ba-import/runs/${id}`), { params: Promise.resolve({ id }) });

afterEach(() => {
  delete process.env.BA_API_URL;
});

describe('BA import routes', () => {
  it('an admin queues a run (row and job), a second one is refused while it waits, and reads it', async () => {
    process.env.BA_API_URL = 'http://127.0.0.1:9';
    const admin = await makeUser(handle.db, 'admin');
    signedInAs(admin);
    const first = await post('{}');
    expect(first.status).toBe(202);
    const { runId } = (await first.json()) as { runId: number };
    const [row] = await handle.db.select().from(baImportRuns).where(eq(baImportRuns.id, runId));
    expect(row).toMatchObject({ status: 'queued', trigger: 'manual', startedBy: admin.id });
    const jobs: unknown = await handle.db.execute(sql`select data from pgboss.job where name = 'ba-import'`);
    const list = Array.isArray(jobs) ? jobs : (jobs as { rows: unknown[] }).rows;
    expect(list).toEqual([{ data: { runId } }]);
    expect((await post('{}')).status).toBe(409);
    const read = await get(String(runId));
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id: runId, status: 'queued' });
    expect((await get('999999')).status).toBe(404);
    expect((await get('abc')).status).toBe(404);
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'ba_import.start'));
    expect(event).toMatchObject({ actorId: admin.id, result: 'ok' });
  });

  it('refuses a slice that does not exist, a body that is not JSON, and says when nothing is configured', async () => {
    signedInAs(await makeUser(handle.db, 'admin'));
    expect((await post('{}')).status).toBe(503);
    process.env.BA_API_URL = 'http://127.0.0.1:9';
    expect((await post('sliceId=1', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await post('{"sliceId":-1}')).status).toBe(400);
    expect((await post('{"sliceId":2000000000}')).status).toBe(404);
    const [slice] = await handle.db.insert(baImportSlices).values({ keyword: 'Lager', place: 'Ahaus', radiusKm: 10 }).returning();
    expect((await post(JSON.stringify({ sliceId: slice?.id }))).status).toBe(202);
  });

  for (const role of ['manager', 'caseworker', 'employer'] as const) {
    it(`${role}: 403 on both routes, audited as denied`, async () => {
      process.env.BA_API_URL = 'http://127.0.0.1:9';
      signedInAs(await makeUser(handle.db, role));
      expect((await post('{}')).status).toBe(403);
      expect((await get('1')).status).toBe(403);
      expect(await handle.db.$count(baImportRuns)).toBe(0);
      expect(await handle.db.$count(auditEvents, eq(auditEvents.result, 'denied'))).toBe(2);
    });
  }

  it('a visitor: 401', async () => {
    signedInAs(null);
    expect((await post('{}')).status).toBe(401);
    expect((await get('1')).status).toBe(401);
  });
});
