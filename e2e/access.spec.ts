import { expect, test, type APIResponse, type Page } from '@playwright/test';
import type { Role } from '@/db/schema/enums';
import { ALL_ROLES, mayOpen, pages, routeHandlers } from '@/lib/security/access-matrix';
import { signInAs, type Lng } from './helpers';
import { fillSample, placeholdersOf, readSampleIds } from './sample-ids';

/**
 * Walks every page of the access matrix (lib/security/access-matrix.ts) as a visitor and as
 * each demo role, in both languages: 200 where allowed, 403 where the role may not, a
 * redirect to the sign-in page for visitors. For pages with an ownership rule, the employer
 * gets the same 404 page for another company's id as for an id that does not exist.
 * New pages are covered by adding their entry (with a sample path) to the matrix.
 */

const languages: Lng[] = ['nl', 'de'];

function expectRedirect(response: APIResponse, to: RegExp, label: string) {
  expect([302, 303, 307, 308], `${label}: status`).toContain(response.status());
  const location = new URL(response.headers().location ?? '', 'http://localhost');
  expect(`${location.pathname}${location.search}`, `${label}: redirect target`).toMatch(to);
}

/** What a 404 shows, without per-request noise (nonces, the requested path in the payload). */
async function visibleNotFound(page: Page, path: string): Promise<{ status: number | undefined; title: string; main: string }> {
  const response = await page.goto(path);
  // Next streams the title after the body: read it once it has arrived, not while it is still empty.
  await expect(page).toHaveTitle(/\S/);
  return { status: response?.status(), title: await page.title(), main: await page.locator('main').innerText() };
}

for (const role of [null, ...ALL_ROLES] as (Role | null)[]) {
  test(`access matrix: every page and route handler as ${role ?? 'a visitor'}`, async ({ browser }) => {
    // Every page twice (both languages) plus every route handler: a minute on a busy machine.
    test.setTimeout(180_000);
    const context = await browser.newContext();
    const page = await context.newPage();
    if (role) await signInAs(page, 'nl', role);
    const ids = readSampleIds();

    for (const rule of pages) {
      for (const lng of languages) {
        const path = `/${lng}${fillSample(rule.sample, ids, 'own')}`;
        const label = `${role ?? 'visitor'} GET ${path}`;
        const response = await context.request.get(path, { maxRedirects: 0 });
        switch (mayOpen(rule.access, role)) {
          case 'allowed':
            expect(response.status(), label).toBe(rule.notFound ? 404 : 200);
            break;
          case 'refused':
            expect(response.status(), label).toBe(403);
            break;
          case 'sign-in':
            expectRedirect(response, new RegExp(`^/${lng}/login\\?callbackUrl=`), label);
            break;
          case 'home':
            expectRedirect(response, new RegExp(`^/${lng}$`), label);
            break;
        }

        if (rule.ownership === 'own-employer' && role === 'employer' && placeholdersOf(rule.sample).length > 0) {
          const foreign = await visibleNotFound(page, `/${lng}${fillSample(rule.sample, ids, 'foreign')}`);
          const missing = await visibleNotFound(page, `/${lng}${fillSample(rule.sample, ids, 'missing')}`);
          expect(foreign.status, `${label}: another company's id`).toBe(404);
          // Refusal and absence look the same: nothing tells that the other company's row exists.
          expect(foreign, `${label}: another company's id answers like a nonexistent one`).toEqual(missing);
        }
      }
    }

    // Route handlers answer with a status, never a sign-in page: 401 for visitors, 403 for other roles.
    for (const handler of routeHandlers) {
      if (!handler.sample) continue;
      const response = await context.request.get(handler.sample, { maxRedirects: 0 });
      const verdict = mayOpen(handler.access, role);
      const expected = verdict === 'allowed' || verdict === 'home' ? 200 : verdict === 'refused' ? 403 : 401;
      expect(response.status(), `${role ?? 'visitor'} GET ${handler.sample}`).toBe(expected);
    }
    await context.close();
  });
}
