import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages, listRouteHandlers } from '@/lib/testing/inventory';
import { actionRoles, actions, mayOpenPage, pageRoles, pages, routeHandlerRoles } from './access-matrix';

/**
 * The code takes its roles from the matrix, by name. These tests hold the names to the files
 * that use them, so that a rule changed in the matrix is the rule every page, action, handler
 * and menu entry enforces: who may do something is one edit.
 */
describe('the code asks the access matrix for its roles', () => {
  it('every page that checks a role asks for its own route', () => {
    for (const page of listPages()) {
      const source = readFileSync(page.file, 'utf8');
      if (!/requireRole\(|load(?:Id)?Page\(/.test(source)) continue;
      const asked = [...source.matchAll(/(?:requireRole\(lng, pageRoles\(|load(?:Id)?Page\(params, )'([^']+)'/g)].map((m) => m[1]);
      expect(asked, page.file).toEqual([page.route]);
      expect(source, `${page.file} names roles of its own`).not.toMatch(/requireRole\(lng, (?!pageRoles)/);
    }
  });

  it('every signed-in page opens through the page loader (language, session, role, id, view audit)', () => {
    const signedIn = listPages().filter((page) => page.file.includes('/(app)/'));
    expect(signedIn.length).toBeGreaterThan(20);
    for (const page of signedIn) {
      const source = readFileSync(page.file, 'utf8');
      expect(source, page.file).toMatch(/await load(?:Id)?Page\(params, '/);
      expect(source, `${page.file} checks the session itself`).not.toMatch(/require(?:Role|User)\(/);
    }
  });

  it('every route handler that checks a role asks for its own route', () => {
    for (const handler of listRouteHandlers()) {
      const source = readFileSync(handler.file, 'utf8');
      for (const m of source.matchAll(/routeHandlerRoles\('([^']+)'\)/g)) expect(m[1], handler.file).toBe(handler.route);
    }
  });

  it('every open-API route handler goes through apiRoute with its own route, for each method it exports', () => {
    const apiHandlers = listRouteHandlers().filter((h) => h.route.startsWith('/api/v1/') && h.route !== '/api/v1/openapi.json');
    expect(apiHandlers.length).toBeGreaterThan(5);
    for (const handler of apiHandlers) {
      const source = readFileSync(handler.file, 'utf8');
      const calls = [...source.matchAll(/apiRoute\(\s*request,\s*\{\s*route: '([^']+)',\s*method: '([A-Z]+)'/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(calls.sort(), handler.file).toEqual(handler.methods.map((m) => `${handler.route} ${m}`));
    }
  });

  it("every action's authorizedAction name is its own entry in the matrix", () => {
    for (const rule of actions) {
      const source = readFileSync(path.join(process.cwd(), `${rule.module}.ts`), 'utf8');
      const start = source.indexOf(`export async function ${rule.export}(`);
      expect(start, `${rule.module}#${rule.export}`).toBeGreaterThanOrEqual(0);
      const next = source.indexOf('\nexport ', start + 1);
      const body = source.slice(start, next === -1 ? undefined : next);
      const named = [...body.matchAll(/authorizedAction(?:<[^(]*>)?\(\s*\{\s*name: '([^']+)'/g)].map((m) => m[1]);
      expect(named, `${rule.module}#${rule.export}`).toEqual([rule.name]);
      expect(body, `${rule.module}#${rule.export} passes roles of its own`).not.toMatch(/authorizedAction\(\s*\{[^}]*\broles\b/);
    }
  });

  it('answers with the rule as written, and refuses a name it does not know', () => {
    for (const rule of actions) expect(actionRoles(rule.name)).toBe(rule.roles);
    for (const page of pages) if (Array.isArray(page.access)) expect(pageRoles(page.route)).toBe(page.access);
    expect(() => actionRoles('nothing.like_this')).toThrow(/not in the access matrix/);
    expect(() => pageRoles('/[lng]/login')).toThrow(/guest/);
    expect(() => routeHandlerRoles('/api/health')).toThrow(/public/);
    expect(mayOpenPage('/[lng]/admin/accounts', 'admin')).toBe(true);
    expect(mayOpenPage('/[lng]/admin/accounts', 'manager')).toBe(false);
  });
});
