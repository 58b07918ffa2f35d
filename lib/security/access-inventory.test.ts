import { describe, expect, it } from 'vitest';
import { inlineServerActions, listPages, listRouteHandlers, listServerActions, routeOf } from '@/lib/testing/inventory';
import { fillSample, MISSING_ID, placeholdersOf, sampleIdResolvers } from '@/e2e/sample-ids';
import { actions, pages, routeHandlers } from './access-matrix';

/**
 * The access matrix must list exactly what exists: a page, route handler or server action
 * that is missing from it has no stated access rule, and is therefore not tested.
 */
describe('access matrix is complete', () => {
  it('derives route patterns from file paths', () => {
    expect(routeOf(`${process.cwd()}/app/[lng]/(app)/admin/accounts/page.tsx`)).toBe('/[lng]/admin/accounts');
    expect(routeOf(`${process.cwd()}/app/[lng]/(app)/page.tsx`)).toBe('/[lng]');
    expect(routeOf(`${process.cwd()}/app/api/auth/[...nextauth]/route.ts`)).toBe('/api/auth/[...nextauth]');
  });

  it('lists every page (app/**/page.tsx), and no page that is gone', () => {
    const existing = listPages()
      .map((p) => p.route)
      .sort();
    const listed = pages.map((p) => p.route).sort();
    expect(existing.length).toBeGreaterThan(0);
    expect(
      existing.filter((r) => !listed.includes(r)),
      'pages missing from lib/security/access-matrix.ts',
    ).toEqual([]);
    expect(
      listed.filter((r) => !existing.includes(r)),
      'listed pages that do not exist',
    ).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('lists every route handler (app/**/route.ts) with its methods, and none that is gone', () => {
    const existing = listRouteHandlers()
      .map((r) => `${r.route} ${r.methods.join(',')}`)
      .sort();
    const listed = routeHandlers.map((r) => `${r.route} ${[...r.methods].sort().join(',')}`).sort();
    expect(existing.length).toBeGreaterThan(0);
    expect(existing).toEqual(listed);
  });

  it("lists every export of every 'use server' file, each an async function, and none that is gone", () => {
    const existing = listServerActions();
    expect(existing.length).toBeGreaterThan(0);
    // A 'use server' file may export only async functions (anything else breaks at run time).
    expect(existing.filter((e) => e.kind !== 'async').map((e) => `${e.module}#${e.export} (${e.kind})`)).toEqual([]);
    const found = existing.map((e) => `${e.module}#${e.export}`).sort();
    const listed = actions.map((a) => `${a.module}#${a.export}`).sort();
    expect(
      found.filter((k) => !listed.includes(k)),
      'server actions missing from lib/security/access-matrix.ts',
    ).toEqual([]);
    expect(
      listed.filter((k) => !found.includes(k)),
      'listed server actions that do not exist',
    ).toEqual([]);
  });

  it("has no inline 'use server' functions: actions live in lib/actions where the table names them", () => {
    expect(inlineServerActions()).toEqual([]);
  });

  it('gives every page a sample path that fits its route', () => {
    for (const page of pages) {
      const pattern = new RegExp(`^${page.route.replace('/[lng]', '').replace(/\[[^\]]+\]/g, '[^/]+')}(\\?.*)?$`);
      expect(page.sample.replace(/:[a-zA-Z]+/g, '1'), page.route).toMatch(pattern);
    }
  });

  it('has an e2e id resolver for every placeholder in a sample path, and own/foreign/missing ids for ownership pages', () => {
    for (const page of pages) {
      for (const name of placeholdersOf(page.sample)) expect(Object.keys(sampleIdResolvers), `${page.route} uses :${name}`).toContain(name);
    }
    const ids = { vacancyId: { own: 7, foreign: 9 } };
    expect(placeholdersOf('/vacancies/:vacancyId/edit')).toEqual(['vacancyId']);
    expect(fillSample('/vacancies/:vacancyId/edit', ids, 'own')).toBe('/vacancies/7/edit');
    expect(fillSample('/vacancies/:vacancyId', ids, 'foreign')).toBe('/vacancies/9');
    expect(fillSample('/vacancies/:vacancyId', ids, 'missing')).toBe(`/vacancies/${MISSING_ID}`);
    expect(() => fillSample('/job-seekers/:jobSeekerId', ids, 'own')).toThrow(/jobSeekerId/);
  });
});
