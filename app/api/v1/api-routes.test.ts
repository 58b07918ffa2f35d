import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { apiKeys, auditEvents, vacancies } from '@/db/schema';
import { revokeApiKey } from '@/db/queries/api-keys';
import { proposeCandidate } from '@/db/queries/proposals';
import { apiRequest, checkedBody, makeApiKey } from '@/lib/testing/api-client';
import { hashApiSecret } from '@/lib/domain/api-secret';
import { makeJobSeeker } from '@/lib/testing/fixtures';
import { hostileCorpus } from '@/lib/testing/hostile-corpus';
import { insertPlacement, makePerson } from '@/lib/testing/placements';
import { testAudit } from '@/lib/testing/audit';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { makeVacancy, placeId } from '@/lib/testing/vacancies';
import { routeHandlers, type HttpMethod } from '@/lib/security/access-matrix';
import { apiScopes, scopesOf, type ApiOrganisation, type ApiScope } from '@/lib/validation/api-keys';
import * as vacanciesRoute from './vacancies/route';
import * as vacancyRoute from './vacancies/[id]/route';
import * as proposalsRoute from './vacancies/[id]/proposals/route';
import * as placementsRoute from './placements/route';
import * as targetRoute from './target-progress/route';
import * as ledgerRoute from './sib/ledger/route';
import * as reportRoute from './sib/report/route';
import * as placesRoute from './places/route';
import * as occupationsRoute from './occupations/route';
import * as openapiRoute from './openapi.json/route';

withTestDatabase();
// Pseudonyms need a server secret; the app has NEXTAUTH_SECRET.
process.env.API_PSEUDONYM_SECRET = 'test-pseudonym-secret';

type Handler = (request: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
const modules: Record<string, Record<string, unknown>> = {
  '/api/v1/vacancies': vacanciesRoute,
  '/api/v1/vacancies/[id]': vacancyRoute,
  '/api/v1/vacancies/[id]/proposals': proposalsRoute,
  '/api/v1/placements': placementsRoute,
  '/api/v1/target-progress': targetRoute,
  '/api/v1/sib/ledger': ledgerRoute,
  '/api/v1/sib/report': reportRoute,
  '/api/v1/places': placesRoute,
  '/api/v1/occupations': occupationsRoute,
};
/** '/api/v1/vacancies/[id]' -> '/vacancies/{id}', as the OpenAPI document names it. */
const templateOf = (route: string) => route.replace('/api/v1', '').replace(/\[(\w+)\]/g, '{$1}');

/** Calls a route as a client would, and checks the answer against the OpenAPI document. */
async function call(
  route: string,
  method: HttpMethod,
  options: { secret?: string; id?: number; query?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const handler = modules[route]![method] as Handler;
  const path = `${route.replace('[id]', String(options.id ?? 0))}${options.query ?? ''}`;
  const response = await handler(apiRequest(path, { method, secret: options.secret, body: options.body, headers: options.headers }), {
    params: Promise.resolve({ id: String(options.id ?? 0) }),
  });
  const body = (await checkedBody(response, method, templateOf(route))) as Record<string, unknown> | null;
  return { status: response.status, headers: response.headers, body };
}

const today = new Date().toISOString().slice(0, 10);
async function vacancyBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Pflegefachkraft (m/w/d)',
    description: 'Wir suchen Verstärkung.',
    textLanguage: 'de',
    sector: 'elderly_care',
    occupationCode: '82101',
    placeId: String(await placeId(handle.db, 'Gronau (Westf.)')),
    hoursMin: '30',
    hoursMax: '38',
    contract: 'permanent',
    payMin: '2600',
    payMax: '3000',
    germanLevel: 'B1',
    qualificationRequired: '',
    recognitionRequired: false,
    drivingLicenceRequired: false,
    shifts: ['early'],
    startDate: '',
    positions: '1',
    closingDate: '',
    intent: 'publish',
    ...overrides,
  };
}

const apiRules = routeHandlers.filter((r) => r.access === 'api-key');

describe('open API: every route is in the matrix and behind the wrapper', () => {
  it('lists a scope for every method of every /api/v1 route but the document', () => {
    expect(Object.keys(modules).sort()).toEqual(apiRules.map((r) => r.route).sort());
    for (const rule of apiRules) for (const m of rule.methods) expect(rule.api?.scopes[m], `${rule.route} ${m}`).toBeDefined();
  });

  it('serves the OpenAPI 3.1 document to anyone, with every API route in it', async () => {
    const doc = (await openapiRoute.GET().json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const rule of apiRules) for (const m of rule.methods) expect(doc.paths[templateOf(rule.route)]?.[m.toLowerCase()], `${rule.route} ${m}`).toBeDefined();
  });
});

describe('open API: scope x endpoint', () => {
  let ctx: { own: number; ownVacancy: number; secrets: Map<string, string> };
  beforeEach(async () => {
    const own = await makeEmployer(handle.db, 'Eigene Pflege GmbH');
    const ownVacancy = await makeVacancy(handle.db, own);
    const secrets = new Map<string, string>();
    for (const organisation of ['municipality', 'investor', 'employer'] as ApiOrganisation[]) {
      for (const scope of scopesOf[organisation]) {
        const key = await makeApiKey(handle.db, organisation, [scope], organisation === 'employer' ? own : null);
        secrets.set(`${organisation} ${scope}`, key.secret);
      }
    }
    ctx = { own, ownVacancy, secrets };
  });

  it('answers 403 without the scope (or for another organisation) and never 401/403 with it', async () => {
    let calls = 0;
    for (const rule of apiRules) {
      for (const method of rule.methods) {
        const needed = rule.api!.scopes[method]!;
        for (const [label, secret] of ctx.secrets) {
          const [organisation, scope] = label.split(' ') as [ApiOrganisation, ApiScope];
          const allowed = (needed === 'any' || needed === scope) && (!rule.api!.organisations || rule.api!.organisations.includes(organisation));
          const body = method === 'GET' ? undefined : { ...(await vacancyBody()), ...(method === 'PUT' ? { version: 1, intent: 'save' } : {}) };
          const r = await call(rule.route, method, { secret, id: ctx.ownVacancy, body });
          calls += 1;
          // Allowed: whatever the route answers (the SIB routes 404 without a contract), never a refusal or a failure.
          if (allowed) expect([200, 201, 404], `${label} ${method} ${rule.route}: ${JSON.stringify(r.body)}`).toContain(r.status);
          else expect(r.status, `${label} ${method} ${rule.route}`).toBe(403);
        }
      }
    }
    expect(calls).toBeGreaterThan(50);
  });

  it('answers 401 with no key, an unknown, revoked or expired key, and to a signed-in session', async () => {
    const live = await makeApiKey(handle.db, 'municipality', ['vacancies:read']);
    const revoked = await makeApiKey(handle.db, 'municipality', ['vacancies:read']);
    await revokeApiKey(handle.db, revoked.id, testAudit);
    const expired = await makeApiKey(handle.db, 'municipality', ['vacancies:read']);
    await handle.db
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1000), createdAt: new Date(Date.now() - 5000) })
      .where(eq(apiKeys.id, expired.id));
    signedInAs(await makeUser(handle.db, 'admin'));
    for (const secret of [undefined, 'gzk_notarealkeyatall1234', revoked.secret, expired.secret]) {
      const r = await call('/api/v1/vacancies', 'GET', { secret });
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toBe('Bearer');
    }
    expect((await call('/api/v1/vacancies', 'GET', { secret: live.secret })).status).toBe(200);
    // Only the hash is stored.
    const [row] = await handle.db.select().from(apiKeys).where(eq(apiKeys.id, live.id));
    expect(row!.secretHash).toBe(hashApiSecret(live.secret));
    expect(JSON.stringify(row)).not.toContain(live.secret);
  });

  it('audits every call with its key, refusals too', async () => {
    const key = await makeApiKey(handle.db, 'investor', ['outcomes:read']);
    await call('/api/v1/vacancies', 'GET', { secret: key.secret });
    await call('/api/v1/places', 'GET', { secret: key.secret });
    const rows = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorRole, 'api_key'), eq(auditEvents.actorId, key.id)));
    expect(rows.map((r) => [r.action, r.result])).toEqual([
      ['api.vacancies_list', 'denied'],
      ['api.places_list', 'ok'],
    ]);
    expect(rows[0]!.actorEmail).toBe(`api-key:${key.prefix}`);
  });
});

describe('open API: an employer key never sees another company', () => {
  it('lists, reads, changes and reads proposals of its own company only; a foreign id answers like a missing one', async () => {
    const own = await makeEmployer(handle.db, 'Eigene Pflege GmbH');
    const other = await makeEmployer(handle.db, 'Fremde Pflege GmbH', 'Ahaus');
    const mine = await makeVacancy(handle.db, own, { title: 'Eigene Stelle' });
    const theirs = await makeVacancy(handle.db, other, { title: 'Fremde Stelle' });
    const caseworker = await makeUser(handle.db, 'caseworker');
    const seeker = await makeJobSeeker(handle.db, { caseworkerId: caseworker.id });
    await proposeCandidate(handle.db, { vacancyId: theirs, jobSeekerId: seeker, motivation: null, actorId: caseworker.id }, testAudit);
    const key = await makeApiKey(handle.db, 'employer', ['vacancies:read', 'vacancies:write'], own);

    const list = await call('/api/v1/vacancies', 'GET', { secret: key.secret, query: `?employer=${other}` });
    expect(list.body!.data).toEqual([]);
    const all = await call('/api/v1/vacancies', 'GET', { secret: key.secret });
    expect((all.body!.data as { id: number }[]).map((v) => v.id)).toEqual([mine]);

    const missingId = 2_000_000_000;
    for (const [route, method, body] of [
      ['/api/v1/vacancies/[id]', 'GET', undefined],
      ['/api/v1/vacancies/[id]', 'PUT', { ...(await vacancyBody({ intent: 'save' })), version: 1 }],
      ['/api/v1/vacancies/[id]/proposals', 'GET', undefined],
    ] as const) {
      const foreign = await call(route, method, { secret: key.secret, id: theirs, body });
      const missing = await call(route, method, { secret: key.secret, id: missingId, body });
      expect(foreign.status, `${method} ${route}`).toBe(404);
      expect({ ...foreign.body, instance: undefined }).toEqual({ ...missing.body, instance: undefined });
    }
    const [untouched] = await handle.db.select().from(vacancies).where(eq(vacancies.id, theirs));
    expect(untouched!.title).toBe('Fremde Stelle');
  });

  it('shows proposals within consent only, without the client number, and audits each candidate shown', async () => {
    const own = await makeEmployer(handle.db, 'Eigene Pflege GmbH');
    const mine = await makeVacancy(handle.db, own);
    const caseworker = await makeUser(handle.db, 'caseworker');
    const seeker = await makeJobSeeker(handle.db, { caseworkerId: caseworker.id, lastName: 'Jansen' });
    await proposeCandidate(handle.db, { vacancyId: mine, jobSeekerId: seeker, motivation: null, actorId: caseworker.id }, testAudit);
    const key = await makeApiKey(handle.db, 'employer', ['vacancies:read'], own);
    const r = await call('/api/v1/vacancies/[id]/proposals', 'GET', { secret: key.secret, id: mine });
    expect(r.status).toBe(200);
    const [proposal] = r.body!.data as { candidate: Record<string, unknown> }[];
    // Consent covers profile, languages and qualifications, not contact: initial only, no e-mail.
    expect(proposal!.candidate.displayName).toMatch(/^\S+ J\.$/);
    expect(proposal!.candidate.email).toBeNull();
    expect(JSON.stringify(r.body)).not.toMatch(/clientNumber|Jansen/);
    const audited = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'api.candidate_view'), eq(auditEvents.jobSeekerId, seeker)));
    expect(audited).toHaveLength(1);
  });
});

describe('open API: vacancies', () => {
  it('pages with a cursor and a next link, filtered like the list', async () => {
    const own = await makeEmployer(handle.db, 'Eigene Pflege GmbH');
    for (let i = 0; i < 23; i++)
      await makeVacancy(handle.db, own, { title: `Stelle ${i}`, sector: i % 2 ? 'elderly_care' : 'nursing', occupationCode: i % 2 ? '82101' : '81302' });
    await makeVacancy(handle.db, own, { title: 'Entwurf', status: 'draft', publishedAt: null });
    const key = await makeApiKey(handle.db, 'municipality', ['vacancies:read']);
    const seen: number[] = [];
    let query = '?sector=elderly_care&limit=5';
    for (let pages = 0; pages < 10; pages++) {
      const r = await call('/api/v1/vacancies', 'GET', { secret: key.secret, query });
      const data = r.body!.data as { id: number; sector: string }[];
      expect(data.every((v) => v.sector === 'elderly_care')).toBe(true);
      seen.push(...data.map((v) => v.id));
      if (!r.body!.next) break;
      query = (r.body!.next as string).slice('/api/v1/vacancies'.length);
    }
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('refuses a bad query with field errors in the caller’s language', async () => {
    const key = await makeApiKey(handle.db, 'municipality', ['vacancies:read']);
    const r = await call('/api/v1/vacancies', 'GET', { secret: key.secret, query: '?sector=space&limit=1000&bogus=1', headers: { 'accept-language': 'de' } });
    expect(r.status).toBe(422);
    const fields = (r.body!.errors as { field: string; message: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['sector', 'limit']));
    expect(r.body!.type).toBe('urn:grenzeloos:api:problem:validation');
  });

  it('answers 304 to If-None-Match with the ETag, and a new ETag after a change', async () => {
    const own = await makeEmployer(handle.db, 'Eigene Pflege GmbH');
    const id = await makeVacancy(handle.db, own);
    const key = await makeApiKey(handle.db, 'employer', ['vacancies:read', 'vacancies:write'], own);
    const first = await call('/api/v1/vacancies/[id]', 'GET', { secret: key.secret, id });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await call('/api/v1/vacancies/[id]', 'GET', { secret: key.secret, id, headers: { 'if-none-match': etag } })).status).toBe(304);
    const saved = await call('/api/v1/vacancies/[id]', 'PUT', {
      secret: key.secret,
      id,
      body: { ...(await vacancyBody({ title: 'Neu', intent: 'save' })), version: first.body!.version },
    });
    expect(saved.status).toBe(200);
    expect(saved.body!.title).toBe('Neu');
    const again = await call('/api/v1/vacancies/[id]', 'GET', { secret: key.secret, id, headers: { 'if-none-match': etag } });
    expect(again.status).toBe(200);
    // A stale version is a conflict, not a silent overwrite.
    const stale = await call('/api/v1/vacancies/[id]', 'PUT', {
      secret: key.secret,
      id,
      body: { ...(await vacancyBody({ intent: 'save' })), version: first.body!.version },
    });
    expect(stale.status).toBe(409);
  });

  it('creates with the form’s rules: a publish without the needed fields is refused with the fields', async () => {
    const own = await makeEmployer(handle.db, 'Eigene Pflege GmbH');
    const key = await makeApiKey(handle.db, 'employer', ['vacancies:write'], own);
    const refused = await call('/api/v1/vacancies', 'POST', { secret: key.secret, body: await vacancyBody({ sector: '', hoursMin: '40', hoursMax: '20' }) });
    expect(refused.status).toBe(422);
    expect((refused.body!.errors as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`)).toEqual(
      expect.arrayContaining(['hoursMax:hoursOrder', 'sector:requiredToPublish']),
    );
    const created = await call('/api/v1/vacancies', 'POST', { secret: key.secret, body: await vacancyBody() });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/vacancies/${created.body!.id}`);
    expect(created.body!.employer).toEqual({ id: own, name: 'Eigene Pflege GmbH' });
    expect(created.body!.status).toBe('open');
    const [audit] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'vacancy.create'));
    expect(audit!.actorRole).toBe('api_key');
    // The body may not name a company: an employer key writes for its own.
    const named = await call('/api/v1/vacancies', 'POST', { secret: key.secret, body: { ...(await vacancyBody()), employerId: '1' } });
    expect(named.status).toBe(422);
  });

  it('makes one vacancy from 20 identical creates sent at once with one Idempotency-Key', async () => {
    const own = await makeEmployer(handle.db, 'Eigene Pflege GmbH');
    const key = await makeApiKey(handle.db, 'employer', ['vacancies:write'], own);
    const body = await vacancyBody({ title: 'Einmalig' });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call('/api/v1/vacancies', 'POST', { secret: key.secret, body, headers: { 'idempotency-key': 'order-4711' } })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body!.id)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(19);
    const [count] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(vacancies).where(eq(vacancies.title, 'Einmalig'));
    expect(count!.n).toBe(1);
    // The same key with another body is refused, not replayed.
    const other = await call('/api/v1/vacancies', 'POST', {
      secret: key.secret,
      body: { ...body, title: 'Anders' },
      headers: { 'idempotency-key': 'order-4711' },
    });
    expect(other.status).toBe(422);
    expect(other.body!.type).toBe('urn:grenzeloos:api:problem:idempotencyMismatch');
  });

  it('refuses or stores exactly every hostile value in every field of every write', async () => {
    const limit = process.env.API_RATE_LIMIT_PER_MINUTE;
    process.env.API_RATE_LIMIT_PER_MINUTE = '100000';
    onTestFinished(() => {
      process.env.API_RATE_LIMIT_PER_MINUTE = limit;
    });
    const own = await makeEmployer(handle.db, 'Eigene Pflege GmbH');
    const key = await makeApiKey(handle.db, 'employer', ['vacancies:write', 'vacancies:read'], own);
    const base = await vacancyBody({ intent: 'draft' });
    const existing = await makeVacancy(handle.db, own, { status: 'draft', publishedAt: null });
    for (const field of Object.keys(base)) {
      for (const nasty of [...hostileCorpus, { label: 'object', value: { $gt: '' } }, { label: 'huge number', value: 1e308 }]) {
        const body = { ...base, [field]: nasty.value };
        // Every field through the create; the change (the same schema plus the version) for the text fields.
        const writes = [['/api/v1/vacancies', 'POST', {}]] as [string, HttpMethod, object][];
        if (field === 'title' || field === 'description') {
          writes.push([
            '/api/v1/vacancies/[id]',
            'PUT',
            { version: (await handle.db.select({ v: vacancies.version }).from(vacancies).where(eq(vacancies.id, existing)))[0]!.v },
          ]);
        }
        for (const [route, method, extra] of writes) {
          const r = await call(route, method, { secret: key.secret, id: existing, body: { ...body, ...extra } });
          expect([200, 201, 422], `${method} ${field} <- ${nasty.label}: ${r.status}`).toContain(r.status);
          if (r.status !== 422 && typeof nasty.value === 'string' && nasty.text && (field === 'title' || field === 'description')) {
            expect(r.body![field], `${field} <- ${nasty.label}`).toBe(nasty.value.trim());
          }
        }
      }
    }
    for (const bad of ['not json', '[]', 'null', '{"title":']) {
      const response = await vacanciesRoute.POST(
        new Request('http://localhost/api/v1/vacancies', {
          method: 'POST',
          headers: { authorization: `Bearer ${key.secret}`, 'content-type': 'application/json' },
          body: bad,
        }),
      );
      expect(response.status, bad).toBe(422);
      await checkedBody(response, 'POST', '/vacancies');
    }
  }, 180_000);
});

describe('open API: placements, targets, outcomes, reference data', () => {
  it('gives placements without names, a pseudonym stable per organisation and different across organisations', async () => {
    const employer = await makeEmployer(handle.db, 'Pflege GmbH');
    const person = await makePerson(handle.db, { firstName: 'Geheim', lastName: 'Persoon', sibCohort: true });
    await insertPlacement(handle.db, { jobSeekerId: person, employerId: employer, startDate: `${today.slice(0, 4)}-01-10`, funding: 'sib' });
    await insertPlacement(handle.db, { jobSeekerId: person, employerId: employer, startDate: `${today.slice(0, 4)}-01-11`, funding: 'regular' });
    const city1 = await makeApiKey(handle.db, 'municipality', ['placements:read']);
    const city2 = await makeApiKey(handle.db, 'municipality', ['placements:read']);
    const investor = await makeApiKey(handle.db, 'investor', ['placements:read']);
    const of = async (secret: string) =>
      (await call('/api/v1/placements', 'GET', { secret, query: `?year=${today.slice(0, 4)}` })).body!.data as { person: string; funding: string }[];
    const [a, b, c] = [await of(city1.secret), await of(city2.secret), await of(investor.secret)];
    expect(a).toHaveLength(2);
    expect(a[0]!.person).toBe(a[1]!.person);
    expect(b[0]!.person).toBe(a[0]!.person);
    expect(c[0]!.person).not.toBe(a[0]!.person);
    expect(JSON.stringify(a)).not.toMatch(/Geheim|Persoon|clientNumber/);
    const progress = await call('/api/v1/target-progress', 'GET', { secret: city1.secret });
    const streams = progress.body!.streams as { funding: string; counted: number; target: number }[];
    expect(streams.find((s) => s.funding === 'sib')!.counted).toBe(1);
    expect(streams.find((s) => s.funding === 'regular')!.target).toBe(50);
  });

  it('answers the SIB routes, and a missing contract with 404', async () => {
    const key = await makeApiKey(handle.db, 'investor', ['outcomes:read']);
    expect((await call('/api/v1/sib/ledger', 'GET', { secret: key.secret })).status).toBe(404);
    expect((await call('/api/v1/sib/report', 'GET', { secret: key.secret, query: '?period=2026-Q5' })).status).toBe(422);
  });

  it('gives places and occupations to any key', async () => {
    const key = await makeApiKey(handle.db, 'investor', ['outcomes:read']);
    const places = await call('/api/v1/places', 'GET', { secret: key.secret });
    expect((places.body!.data as unknown[]).length).toBeGreaterThan(10);
    const occupations = await call('/api/v1/occupations', 'GET', { secret: key.secret });
    expect((occupations.body!.data as { code: string; name: { de: string } }[]).find((o) => o.code === '82101')!.name.de).toBe('Altenpflegehelfer(in)');
  });
});

describe('open API: rate limit per key, in the database', () => {
  const before = process.env.API_RATE_LIMIT_PER_MINUTE;
  beforeEach(() => {
    process.env.API_RATE_LIMIT_PER_MINUTE = '3';
  });
  afterEach(() => {
    process.env.API_RATE_LIMIT_PER_MINUTE = before;
  });

  it('answers 429 with Retry-After past the limit, per key', async () => {
    const key = await makeApiKey(handle.db, 'municipality', ['vacancies:read']);
    const other = await makeApiKey(handle.db, 'municipality', ['vacancies:read']);
    for (let i = 0; i < 3; i++) expect((await call('/api/v1/places', 'GET', { secret: key.secret })).status).toBe(200);
    const limited = await call('/api/v1/places', 'GET', { secret: key.secret });
    expect(limited.status).toBe(429);
    const retry = Number(limited.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect((await call('/api/v1/places', 'GET', { secret: other.secret })).status).toBe(200);
  });
});

it('knows every scope', () => {
  expect([...apiScopes].sort()).toEqual([...new Set(Object.values(scopesOf).flat())].sort());
});
