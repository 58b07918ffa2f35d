import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { desc } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import type { SessionUser } from '@/lib/auth/current-user';

// What a page reads from the request, replaced: the session, the caller's address, the database;
// Next's redirect / forbidden / notFound throw, as they do in Next, so the test sees which one.
const mocked = vi.hoisted(() => ({
  user: null as SessionUser | null,
  db: null as DatabaseHandle['db'] | null,
}));
vi.mock('@/lib/auth/current-user', () => ({
  getCurrentUser: async () => mocked.user,
  currentSession: async () => (mocked.user ? { ok: true } : { ok: false, reason: 'idle' }),
}));
vi.mock('@/lib/request-origin', () => ({ requestOrigin: async () => '192.0.2.10' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-pathname': '/de/vacancies/7' }) }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
  forbidden: () => {
    throw new Error('forbidden');
  },
  notFound: () => {
    throw new Error('not found');
  },
}));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: async () => mocked.db }));

const { loadIdPage, loadPage } = await import('./load-page');
const { auditEvents } = await import('@/db/schema');
const { createTestDatabase, resetDatabase } = await import('@/db/testing');

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  mocked.db = handle.db;
});
afterAll(async () => handle?.close());
beforeEach(async () => {
  await resetDatabase(handle);
  mocked.user = null;
});

const params = (lng: string, id?: string) => Promise.resolve({ lng, id: id ?? '' });
const as = (role: SessionUser['role']): SessionUser => ({
  id: 31,
  role,
  email: `${role}@example.org`,
  name: `A ${role}`,
  employerId: role === 'employer' ? 5 : null,
  locale: role === 'employer' ? 'de' : 'nl',
  mustEnrolSecondFactor: false,
});

describe('loadPage: language -> session -> role', () => {
  it('sends a signed-out visitor to the sign-in page of the URL language, back to where they were, saying the session ran out', async () => {
    await expect(loadPage(params('de'), '/[lng]/vacancies')).rejects.toThrow('redirect /de/login?callbackUrl=%2Fde%2Fvacancies%2F7&expired=1');
  });

  it('refuses a role the access matrix does not give the page', async () => {
    mocked.user = as('employer');
    await expect(loadPage(params('de'), '/[lng]/job-seekers')).rejects.toThrow('forbidden');
    mocked.user = as('caseworker');
    await expect(loadPage(params('nl'), '/[lng]/admin/accounts')).rejects.toThrow('forbidden');
  });

  it('gives an allowed user the language, a translator of the namespace, the user and the database', async () => {
    mocked.user = as('employer');
    const page = await loadPage(params('de'), '/[lng]/vacancies', 'vacancies');
    expect(page.lng).toBe('de');
    expect(page.user).toBe(mocked.user);
    expect(page.db).toBe(handle.db);
    expect(page.t('common:appName')).toBe('Grenzeloos');
    expect(page.t('list.titleEmployer')).toBe('Unsere Stellenangebote');
  });

  it('reads an unknown language as Dutch', async () => {
    mocked.user = as('manager');
    expect((await loadPage(params('fr'), '/[lng]/targets')).lng).toBe('nl');
  });

  it('lets every signed-in role onto the home page, and nobody signed out', async () => {
    for (const role of ['admin', 'manager', 'caseworker', 'employer'] as const) {
      mocked.user = as(role);
      expect((await loadPage(params('nl'), '/[lng]')).user.role).toBe(role);
    }
    mocked.user = null;
    await expect(loadPage(params('nl'), '/[lng]')).rejects.toThrow(/^redirect \/nl\/login/);
  });

  it('fails loudly on a route the matrix does not know, instead of letting anyone in', async () => {
    mocked.user = as('admin');
    await expect(loadPage(params('nl'), '/[lng]/nowhere')).rejects.toThrow('not in the access matrix');
  });
});

describe('loadIdPage: ... -> id', () => {
  it('answers 404 for anything but a whole number within the integer range', async () => {
    mocked.user = as('caseworker');
    for (const bad of ['abc', '0', '-1', '1.5', '007', '2147483648', '']) {
      await expect(loadIdPage(params('nl', bad), '/[lng]/job-seekers/[id]')).rejects.toThrow('not found');
    }
    expect((await loadIdPage(params('nl', '2147483647'), '/[lng]/job-seekers/[id]')).id).toBe(2147483647);
  });

  it('checks the session and the role before the id, so a bad id tells a stranger nothing', async () => {
    await expect(loadIdPage(params('nl', 'abc'), '/[lng]/job-seekers/[id]')).rejects.toThrow(/^redirect /);
    mocked.user = as('employer');
    await expect(loadIdPage(params('de', 'abc'), '/[lng]/job-seekers/[id]')).rejects.toThrow('forbidden');
  });
});

describe('the view audit', () => {
  it('writes the row as the signed-in user, from the request address', async () => {
    mocked.user = as('caseworker');
    const page = await loadIdPage(params('nl', '12'), '/[lng]/job-seekers/[id]');
    await page.audit({ action: 'job_seeker.view', objectType: 'job_seeker', objectId: page.id, jobSeekerId: page.id });
    const [row] = await handle.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    expect(row).toMatchObject({
      actorId: 31,
      actorRole: 'caseworker',
      actorEmail: 'caseworker@example.org',
      action: 'job_seeker.view',
      objectType: 'job_seeker',
      objectId: '12',
      jobSeekerId: 12,
      origin: '192.0.2.10',
      result: 'ok',
    });
  });
});
